import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../../../test/app.ts';
import { testEngine } from '../../../../test/database.ts';
import { systemContext } from '../../../platform/context.ts';
import {
  booking,
  dayFromToday,
  read,
  send,
  startTransitTest,
  type TransitPeople,
} from '../transit.test-support.ts';
import { addMonths } from './days.ts';
import { anonymiseOldStays, expireHolds } from './housekeeping.ts';

/** The sweeps: holds that run out, and stays past their retention. */
describe(`transit housekeeping (${testEngine()})`, () => {
  let t: TestApp;
  let people: TransitPeople;
  const ctx = systemContext('test');

  beforeAll(async () => {
    ({ t, people } = await startTransitTest());
  });
  afterAll(() => t.close());

  const free = async (day: string) =>
    (await read(t.app, people.supervisor, `/api/transit/occupancy?from=${day}&to=${dayFromToday(6)}`)).json()
      .days[0].free;

  it('sends a provisional reservation back to requested when its hold runs out, and can hold it again', async () => {
    const arrival = dayFromToday(5);
    const body = booking({ arrival, departure: dayFromToday(6), caravans: 3 });
    const created = (await send(t.app, people.supervisor, '/api/transit/reservations', body)).json();
    const { db } = t.platform.database;
    expect(await expireHolds(db, ctx, new Date(Date.now() + 47 * 3_600_000))).toBe(0);
    expect(await free(arrival)).toBe(22);
    expect(await expireHolds(db, ctx, new Date(Date.now() + 49 * 3_600_000))).toBe(1);
    expect(await expireHolds(db, ctx, new Date(Date.now() + 49 * 3_600_000))).toBe(0);
    expect(await free(arrival)).toBe(25);
    const detail = (await read(t.app, people.supervisor, `/api/transit/reservations/${created.id}`)).json();
    expect(detail).toMatchObject({
      status: 'requested',
      pitches: [],
      holdExpiresAt: null,
      actions: ['hold', 'cancel'],
    });
    const held = await send(t.app, people.supervisor, `/api/transit/reservations/${created.id}/hold`, {});
    expect(held.json()).toMatchObject({ status: 'provisional' });
    expect(held.json().pitches).toHaveLength(3);
    expect(await free(arrival)).toBe(22);
  });

  it('anonymises a stay 24 months after its departure, and its party once nothing is left', async () => {
    const body = booking({ arrival: dayFromToday(8), departure: dayFromToday(9), partyName: 'Familie Oudt' });
    const created = (await send(t.app, people.supervisor, '/api/transit/reservations', body)).json();
    await send(
      t.app,
      people.supervisor,
      `/api/transit/reservations/${created.id}/travellers`,
      { travellers: [{ name: 'Lisa Oudt' }] },
      'PUT',
    );
    const { db } = t.platform.database;
    const early = await anonymiseOldStays(db, t.platform.params, ctx, addMonths(dayFromToday(9), 23));
    expect(early.reservations).toBe(0);
    const report = await anonymiseOldStays(db, t.platform.params, ctx, addMonths(dayFromToday(10), 24));
    expect(report.reservations).toBeGreaterThanOrEqual(1);
    const detail = (await read(t.app, people.supervisor, `/api/transit/reservations/${created.id}`)).json();
    expect(detail).toMatchObject({ partyName: null, phone: null, travellers: [], staysThisYear: 1 });
    const parties = (await read(t.app, people.supervisor, '/api/transit/parties?q=Oudt')).json();
    expect(parties.items).toEqual([]);
  });
});
