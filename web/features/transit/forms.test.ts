import { describe, expect, it } from 'vitest';
import { buildReadings, buildReservation, buildTravellers, draftNights, filledRows, toKwh } from './forms.ts';
import { buildStepBody, emptyStepDraft } from './step-body.ts';

const draft = {
  partyName: 'Familie Janssens',
  phone: '+32 470 12 34 56',
  caravans: '2',
  vehicles: '1',
  arrival: '2026-12-01',
  departure: '2026-12-08',
  notes: '',
};
const PITCH = '00000000-0000-4000-8000-000000000001';

describe('transit forms', () => {
  it('builds a reservation body with numbers and leaves the 21-day rule to the server', () => {
    const built = buildReservation({ ...draft, departure: '2026-12-23' });
    expect(built).toEqual({
      ok: true,
      body: expect.objectContaining({
        caravans: 2,
        vehicles: 1,
        arrival: '2026-12-01',
        departure: '2026-12-23',
      }),
    });
    expect(draftNights({ arrival: '2026-12-01', departure: '2026-12-23' })).toBe(22);
    expect(draftNights({ arrival: '2026-12-01', departure: '' })).toBeNull();
  });

  it('names each wrong field of a reservation', () => {
    const built = buildReservation({
      ...draft,
      partyName: ' ',
      phone: 'bel me',
      caravans: '0',
      vehicles: 'x',
      departure: '2026-12-01',
    });
    expect(built.ok ? {} : built.errors).toEqual({
      partyName: 'invalid.partyName',
      phone: 'invalid.phone',
      caravans: 'invalid.caravans',
      vehicles: 'invalid.vehicles',
      departure: 'invalid.departure',
    });
  });

  it('requires a meter reading for every allocated pitch', () => {
    expect(toKwh('1234,5')).toBe(1234.5);
    expect(toKwh('-3')).toBeNull();
    expect(buildReadings([PITCH], { [PITCH]: '100' })).toEqual({
      ok: true,
      body: [{ pitchId: PITCH, kwh: 100 }],
    });
    expect(buildReadings([PITCH], {})).toEqual({ ok: false, errors: { [PITCH]: 'invalid.kwh' } });
  });

  it('keeps only filled traveller rows and checks each', () => {
    const rows = [
      { name: 'Anna Janssens', birthDate: '2015-04-02', documentNumber: '' },
      { name: '', birthDate: '', documentNumber: '' },
    ];
    expect(filledRows(rows)).toHaveLength(1);
    expect(buildTravellers(filledRows(rows))).toEqual({
      ok: true,
      body: [{ name: 'Anna Janssens', birthDate: '2015-04-02' }],
    });
    expect(buildTravellers([{ name: 'A', birthDate: '2015-02-30', documentNumber: '' }])).toEqual({
      ok: false,
      errors: { '0.name': 'invalid.travellers', '0.birthDate': 'invalid.day' },
    });
  });

  it('builds each step’s body with the version', () => {
    const ctx = { pitchIds: [PITCH], version: 4, departure: '2026-12-08' };
    const confirm = { ...emptyStepDraft('2026-12-08', true), received: true, method: 'card', amount: '200' };
    confirm.travellers = [{ name: 'Anna Janssens', birthDate: '', documentNumber: '' }];
    expect(buildStepBody('confirm', confirm, ctx)).toEqual({
      ok: true,
      body: {
        travellers: [{ name: 'Anna Janssens' }],
        prepayment: { method: 'card', amountCents: 20000 },
        version: 4,
      },
    });
    const checkIn = { ...emptyStepDraft('2026-12-08', false), readings: { [PITCH]: '1500' } };
    expect(buildStepBody('check-in', checkIn, ctx)).toEqual({
      ok: true,
      body: { meterReadings: [{ pitchId: PITCH, kwh: 1500 }], version: 4 },
    });
    expect(buildStepBody('cancel', emptyStepDraft('2026-12-08', false), ctx)).toEqual({
      ok: false,
      errors: { reason: 'invalid.reason' },
    });
    expect(buildStepBody('extend', emptyStepDraft('2026-12-08', false), ctx).ok).toBe(false);
    expect(buildStepBody('extend', emptyStepDraft('2026-12-10', false), ctx)).toEqual({
      ok: true,
      body: { departure: '2026-12-10', version: 4 },
    });
  });
});
