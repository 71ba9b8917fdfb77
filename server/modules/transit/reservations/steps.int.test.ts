import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../../../test/app.ts';
import { testEngine } from '../../../../test/database.ts';
import { listAudit } from '../../../platform/audit/index.ts';
import {
  booking,
  dayFromToday,
  insertPrepayment,
  read,
  send,
  startTransitTest,
  type TransitPeople,
} from '../transit.test-support.ts';

type Detail = { id: string; status: string; version: number; pitches: { id: string; number: number }[] };

/** The state machine of a reservation, short of the money (see stay-money.int.test.ts). */
describe(`transit reservation steps (${testEngine()})`, () => {
  let t: TestApp;
  let people: TransitPeople;

  beforeAll(async () => {
    ({ t, people } = await startTransitTest());
  });
  afterAll(() => t.close());

  const step = (id: string, name: string, body: object = {}, cookie = people.supervisor) =>
    send(t.app, cookie, `/api/transit/reservations/${id}/${name}`, body);

  async function book(arrival: number, departure: number, caravans = 1): Promise<Detail> {
    const response = await send(
      t.app,
      people.supervisor,
      '/api/transit/reservations',
      booking({ arrival: dayFromToday(arrival), departure: dayFromToday(departure), caravans }),
    );
    expect(response.statusCode, response.body).toBe(201);
    return response.json();
  }

  async function confirmed(arrival: number, departure: number, caravans = 1): Promise<Detail> {
    const created = await book(arrival, departure, caravans);
    await insertPrepayment(t.platform.database.db, created.id);
    const response = await step(created.id, 'confirm', { travellers: [{ name: 'Jan Test' }] });
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  }

  async function freeOn(day: number): Promise<number> {
    const url = `/api/transit/occupancy?from=${dayFromToday(day)}&to=${dayFromToday(day + 1)}`;
    return (await read(t.app, people.supervisor, url)).json().days[0].free;
  }

  it('confirms only with a traveller and a prepayment', async () => {
    const created = await book(2, 5);
    const noTraveller = await step(created.id, 'confirm');
    expect(noTraveller.json()).toMatchObject({ status: 409, code: 'TRANSIT.TRAVELLERS_MISSING' });
    const noMoney = await step(created.id, 'confirm', { travellers: [{ name: 'Maria Test' }] });
    expect(noMoney.json()).toMatchObject({ status: 409, code: 'TRANSIT.PREPAYMENT_MISSING' });
    await insertPrepayment(t.platform.database.db, created.id);
    const done = await step(created.id, 'confirm', { travellers: [{ name: 'Kevin Test' }] });
    expect(done.json()).toMatchObject({ status: 'confirmed', holdExpiresAt: null });
    expect(done.json().travellers).toHaveLength(1);
  });

  it('lets in only a confirmed reservation, with a start reading for every pitch', async () => {
    const provisional = await book(0, 2);
    const refused = await step(provisional.id, 'check-in');
    expect(refused.json()).toMatchObject({
      status: 409,
      code: 'TRANSIT.CHECK_IN_TRAVELLERS_MISSING',
      detail: 'Nog niet bevestigd: registreer eerst de reizigers en bevestig de reservatie.',
    });
    const early = await confirmed(2, 4);
    expect((await step(early.id, 'check-in', { meterReadings: [] })).json()).toMatchObject({
      status: 409,
      code: 'TRANSIT.CHECK_IN_BEFORE_ARRIVAL',
    });
    const stay = await confirmed(0, 3, 2);
    const oneReading = [{ pitchId: stay.pitches[0]?.id, kwh: 100 }];
    const missing = await step(stay.id, 'check-in', { meterReadings: oneReading });
    expect(missing.json()).toMatchObject({ status: 422, code: 'TRANSIT.METER_READINGS' });
    const readings = stay.pitches.map((p) => ({ pitchId: p.id, kwh: 100 + p.number }));
    const inside = await step(stay.id, 'check-in', { meterReadings: readings });
    expect(inside.json()).toMatchObject({ status: 'checked_in', actions: ['extend', 'check-out', 'evict'] });
    expect(inside.json().meterReadings).toHaveLength(2);
  });

  it('extends on the same pitches up to the maximum stay, and refuses a pitch given meanwhile', async () => {
    const stay = await confirmed(10, 15);
    const extended = await step(stay.id, 'extend', { departure: dayFromToday(20) });
    expect(extended.json()).toMatchObject({
      status: 'confirmed',
      departure: dayFromToday(20),
      pitches: stay.pitches,
    });
    const tooLong = await step(stay.id, 'extend', { departure: dayFromToday(32) });
    expect(tooLong.json()).toMatchObject({ status: 422, code: 'TRANSIT.STAY_TOO_LONG' });
    const pitch = stay.pitches[0]?.id;
    const outOfService = await send(t.app, people.manager, `/api/transit/pitches/${pitch}/out-of-service`, {
      fromDay: dayFromToday(20),
      toDay: dayFromToday(22),
      reason: 'cable repair',
    });
    expect(outOfService.statusCode, outOfService.body).toBe(201);
    const before = await freeOn(20);
    const taken = await step(stay.id, 'extend', { departure: dayFromToday(22) });
    expect(taken.json()).toMatchObject({ status: 409, code: 'TRANSIT.PITCH_TAKEN' });
    expect(await freeOn(20)).toBe(before);
  });

  it('cancels and marks no-shows, giving pitches and places back', async () => {
    const before = await freeOn(30);
    const a = await book(30, 32, 4);
    expect(await freeOn(30)).toBe(before - 4);
    const cancelled = await step(a.id, 'cancel', { reason: 'plans changed' });
    expect(cancelled.json()).toMatchObject({
      status: 'cancelled',
      pitches: [],
      endReason: 'plans changed',
      actions: [],
    });
    expect(await freeOn(30)).toBe(before);
    const b = await confirmed(30, 31, 2);
    expect((await step(b.id, 'no-show', { reason: 'did not come' })).json().status).toBe('no_show');
    expect(await freeOn(30)).toBe(before);
    const again = await step(a.id, 'cancel', { reason: 'twice' });
    expect(again.json()).toMatchObject({ status: 409, code: 'TRANSIT.TRANSITION_NOT_ALLOWED' });
  });

  it('refuses a stale version, a counsellor, a bad id and a bad body', async () => {
    const created = await book(40, 41);
    const stale = await step(created.id, 'cancel', { reason: 'stale one', version: created.version + 1 });
    expect(stale.json()).toMatchObject({ status: 409, code: 'TRANSIT.STALE' });
    expect((await step(created.id, 'cancel', { reason: 'nope' }, people.counsellor)).statusCode).toBe(403);
    expect((await step('x1', 'cancel', { reason: 'bad id' })).statusCode).toBe(400);
    expect((await step(created.id, 'cancel', {})).statusCode).toBe(400);
    expect((await step(created.id, 'extend', { departure: 'tomorrow' })).statusCode).toBe(400);
  });

  it('replaces the travellers and audits the read', async () => {
    const created = await book(45, 47);
    const url = `/api/transit/reservations/${created.id}/travellers`;
    const body = { travellers: [{ name: 'Anna Test', birthDate: '2015-04-01' }, { name: 'Tom Test' }] };
    const replaced = await send(t.app, people.supervisor, url, body, 'PUT');
    expect(
      replaced
        .json()
        .travellers.map((x: { name: string }) => x.name)
        .sort(),
    ).toEqual(['Anna Test', 'Tom Test']);
    expect((await send(t.app, people.counsellor, url, body, 'PUT')).statusCode).toBe(403);
    await read(t.app, people.supervisor, `/api/transit/reservations/${created.id}`);
    const audit = await listAudit(t.platform.database.db, {
      entityId: created.id,
      action: 'transit.reservation.read',
      limit: 10,
      offset: 0,
    });
    expect(audit.total).toBe(1);
  });
});
