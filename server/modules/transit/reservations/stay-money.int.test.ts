import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../../../test/app.ts';
import { testEngine } from '../../../../test/database.ts';
import {
  booking,
  dayFromToday,
  read,
  send,
  startTransitTest,
  type TransitPeople,
} from '../transit.test-support.ts';

/**
 * A whole stay with its money: these steps call the billing work (recordPayment, createFinalBill),
 * so they live apart from the state-machine tests.
 */
describe(`transit stay with money (${testEngine()})`, () => {
  let t: TestApp;
  let people: TransitPeople;

  beforeAll(async () => {
    ({ t, people } = await startTransitTest());
  });
  afterAll(() => t.close());

  const step = (id: string, name: string, body: object = {}) =>
    send(t.app, people.supervisor, `/api/transit/reservations/${id}/${name}`, body);

  async function onSite(departure: number, caravans = 1) {
    const body = booking({ arrival: dayFromToday(0), departure: dayFromToday(departure), caravans });
    const created = (await send(t.app, people.supervisor, '/api/transit/reservations', body)).json();
    const confirmed = await step(created.id, 'confirm', {
      travellers: [{ name: 'Eva Test' }],
      prepayment: { method: 'cash' },
    });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.json().payments).toEqual([
      expect.objectContaining({ kind: 'prepayment', amountCents: 20_000 }),
    ]);
    const readings = created.pitches.map((p: { id: string }) => ({ pitchId: p.id, kwh: 1_000 }));
    const inside = await step(created.id, 'check-in', {
      meterReadings: readings,
      deposit: { method: 'card' },
    });
    expect(inside.statusCode, inside.body).toBe(200);
    return { ...created, readings };
  }

  it('checks out early, gives the later nights back, bills and settles', async () => {
    const stay = await onSite(5, 2);
    const low = stay.readings.map((r: { pitchId: string }) => ({ pitchId: r.pitchId, kwh: 999 }));
    expect((await step(stay.id, 'check-out', { meterReadings: low })).json()).toMatchObject({
      status: 422,
      code: 'TRANSIT.METER_READINGS',
    });
    const end = stay.readings.map((r: { pitchId: string }) => ({ pitchId: r.pitchId, kwh: 1_020 }));
    const out = await step(stay.id, 'check-out', { meterReadings: end });
    expect(out.statusCode, out.body).toBe(200);
    expect(out.json()).toMatchObject({
      status: 'checked_out',
      departure: dayFromToday(1),
      actions: ['settle'],
    });
    expect(out.json().bill).not.toBeNull();
    const grid = (
      await read(
        t.app,
        people.supervisor,
        `/api/transit/occupancy?from=${dayFromToday(1)}&to=${dayFromToday(2)}`,
      )
    ).json();
    expect(grid.days[0].taken).toBe(0);
    const settled = await step(stay.id, 'settle', { method: 'cash' });
    expect(settled.json()).toMatchObject({ status: 'settled', actions: [] });
    const balance = out.json().bill.balanceCents;
    const last = settled.json().payments.at(-1);
    // €300 received (prepayment and deposit) against one night of two caravans and 40 kWh: paid back.
    expect(balance).toBeLessThan(0);
    expect(last).toMatchObject({ kind: 'refund', amountCents: balance });
  });

  it('evicts: the nights after today go back and the bill is made', async () => {
    const stay = await onSite(6);
    const evicted = await step(stay.id, 'evict', { reason: 'breach of article 12 of the regulation' });
    expect(evicted.statusCode, evicted.body).toBe(200);
    expect(evicted.json()).toMatchObject({ status: 'evicted', departure: dayFromToday(1) });
    expect(evicted.json().bill).not.toBeNull();
    expect((await step(stay.id, 'check-out', {})).json().code).toBe('TRANSIT.TRANSITION_NOT_ALLOWED');
  });
});
