import { describe, expect, it } from 'vitest';
import { checkInRefusal } from './check-in-refusal.ts';

describe('checkInRefusal', () => {
  const ready = {
    status: 'confirmed',
    arrival: '2027-03-01',
    travellers: 2,
    prepaid: true,
    today: '2027-03-01',
  };
  const codeOf = (change: Partial<typeof ready>) => checkInRefusal({ ...ready, ...change })?.code ?? null;

  it('lets a confirmed party in from its arrival day', () => {
    expect(codeOf({})).toBeNull();
    expect(codeOf({ today: '2027-03-04' })).toBeNull();
  });

  it('gives one code per reason', () => {
    expect(codeOf({ today: '2027-02-28' })).toBe('TRANSIT.CHECK_IN_BEFORE_ARRIVAL');
    expect(codeOf({ status: 'provisional', travellers: 0, prepaid: false })).toBe(
      'TRANSIT.CHECK_IN_TRAVELLERS_MISSING',
    );
    expect(codeOf({ status: 'provisional', prepaid: false })).toBe('TRANSIT.CHECK_IN_PREPAYMENT_MISSING');
    expect(codeOf({ status: 'provisional' })).toBe('TRANSIT.CHECK_IN_NOT_CONFIRMED');
    expect(codeOf({ status: 'requested', travellers: 0 })).toBe('TRANSIT.CHECK_IN_NOT_CONFIRMED');
    expect(codeOf({ status: 'cancelled' })).toBe('TRANSIT.NO_RESERVATION');
    expect(codeOf({ status: 'checked_in' })).toBe('TRANSIT.TRANSITION_NOT_ALLOWED');
  });

  it('names the arrival day in Dutch', () => {
    expect(checkInRefusal({ ...ready, today: '2027-02-27' })?.detail).toBe(
      'De aankomst is pas op 01/03/2027; inchecken kan vanaf die dag.',
    );
  });
});
