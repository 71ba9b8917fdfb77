import { describe, expect, it } from 'vitest';
import type { Registration } from '../../../contracts/offerfeest.ts';
import type { ProblemFacts } from '../../../contracts/problem.ts';
import { ApiError } from '../../lib/api-client.ts';
import { centsToInput, checkInOutcome, refusedStatus, toCents } from './format.ts';

const registration = (status: Registration['status']): Registration => ({
  id: '7d7f8c4e-5a4b-4a57-9f1e-0a0f4e0c1b2a',
  code: 'OF-7K2M-QX4P',
  slotId: '1b1f8c4e-5a4b-4a57-9f1e-0a0f4e0c1b2a',
  slotStart: '2027-05-16T07:00:00Z',
  siteName: 'Slachthuis Zele',
  name: 'Amina El Idrissi',
  phone: '+32 470 00 00 00',
  email: null,
  language: 'ar',
  species: 'sheep',
  animals: 1,
  herdNumber: 'BE12345678',
  status,
  position: null,
  createdAt: '2027-04-01T10:00:00Z',
  checkedInAt: status === 'checked_in' ? '2027-05-16T07:01:00Z' : null,
});

const refused = (status: number, code: string, detail?: string, facts?: ProblemFacts) =>
  new ApiError(
    status,
    { type: 'about:blank', title: code, status, code, requestId: 'r1', detail, ...(facts ? { facts } : {}) },
    code,
  );

describe('amounts typed in euro', () => {
  it('reads comma and point, refuses what is not an amount, and writes back', () => {
    expect(toCents('25,50')).toBe(2550);
    expect(toCents('€ 30')).toBe(3000);
    expect(toCents('2,555')).toBeNull();
    expect(toCents('abc')).toBeNull();
    expect(centsToInput(2550)).toBe('25,50');
    expect(centsToInput(3000)).toBe('30');
  });
});

describe('the answer of a scan at the slaughterhouse door', () => {
  it('is OK for a code just checked in', () => {
    const outcome = checkInOutcome({ registration: registration('checked_in') });
    expect(outcome).toMatchObject({ tone: 'ok', title: 'checkIn.ok' });
    expect(outcome.registration?.code).toBe('OF-7K2M-QX4P');
  });

  it('is "another day" for the server’s WRONG_DAY and "unknown" for a missing code', () => {
    expect(checkInOutcome({ error: refused(409, 'OFFERFEEST.WRONG_DAY') }).title).toBe('checkIn.otherDay');
    expect(checkInOutcome({ error: refused(404, 'OFFERFEEST.NOT_FOUND') }).title).toBe('checkIn.unknown');
  });

  it('reads the status the server names in the facts when it refuses the step', () => {
    // As server/modules/offerfeest/registrations/status-changes.ts sends them.
    const notAllowed = (status: string) =>
      refused(409, 'OFFERFEEST.TRANSITION_NOT_ALLOWED', `the registration is ${status}`, { status });
    expect(checkInOutcome({ error: notAllowed('waitlisted') })).toMatchObject({
      tone: 'warn',
      title: 'checkIn.waitlisted',
    });
    expect(checkInOutcome({ error: notAllowed('cancelled') })).toMatchObject({
      tone: 'bad',
      title: 'checkIn.cancelled',
    });
    expect(checkInOutcome({ error: notAllowed('checked_in') }).title).toBe('checkIn.already');
    expect(refusedStatus(notAllowed('archived'))).toBeNull();
    // The detail's words alone are not read: without facts the scan is just refused.
    const wordsOnly = refused(409, 'OFFERFEEST.TRANSITION_NOT_ALLOWED', 'the registration is waitlisted');
    expect(refusedStatus(wordsOnly)).toBeNull();
    expect(checkInOutcome({ error: wordsOnly })).toMatchObject({
      title: 'checkIn.refused',
      extra: 'the registration is waitlisted',
    });
  });

  it('shows the server’s words when nothing known fits', () => {
    const other = checkInOutcome({ error: refused(403, 'AUTH.FORBIDDEN', 'not allowed') });
    expect(other).toMatchObject({ tone: 'bad', title: 'checkIn.refused', extra: 'not allowed' });
    expect(checkInOutcome({ error: new Error('network') }).title).toBe('checkIn.refused');
  });
});
