import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../../../test/app.ts';
import { testEngine } from '../../../../test/database.ts';
import {
  booking,
  dayFromToday,
  insertPrepayment,
  read,
  send,
  startTransitTest,
  type TransitPeople,
} from '../transit.test-support.ts';

type Pitch = {
  id: string;
  number: number;
  meterId: string;
  allocations: { state: string; reference: string | null }[];
};

/** The site's views and settings: grid, today, pitches, out of service, incidents, parties. */
describe(`transit site (${testEngine()})`, () => {
  let t: TestApp;
  let people: TransitPeople;

  beforeAll(async () => {
    ({ t, people } = await startTransitTest());
  });
  afterAll(() => t.close());

  const get = (url: string, cookie = people.supervisor) => read(t.app, cookie, url);

  async function book(arrival: number, departure: number, caravans = 1) {
    const body = booking({ arrival: dayFromToday(arrival), departure: dayFromToday(departure), caravans });
    const response = await send(t.app, people.supervisor, '/api/transit/reservations', body);
    expect(response.statusCode, response.body).toBe(201);
    return response.json();
  }

  it('has 25 pitches in clusters of five with their meters', async () => {
    const { items } = (await get('/api/transit/pitches')).json();
    expect(items).toHaveLength(25);
    expect(items[24]).toMatchObject({ number: 25, cluster: 5, meterId: 'DT-M-25', active: true });
    expect((await get('/api/transit/pitches', people.counsellor)).statusCode).toBe(403);
  });

  it('shows held, reserved, occupied and out-of-service pitches on the grid', async () => {
    const held = await book(0, 3);
    const reserved = await book(0, 2);
    await insertPrepayment(t.platform.database.db, reserved.id);
    const travellers = [{ name: 'Nora Test' }];
    await send(t.app, people.supervisor, `/api/transit/reservations/${reserved.id}/confirm`, { travellers });
    const onSite = await book(0, 1);
    await insertPrepayment(t.platform.database.db, onSite.id);
    await send(t.app, people.supervisor, `/api/transit/reservations/${onSite.id}/confirm`, { travellers });
    const readings = onSite.pitches.map((p: { id: string }) => ({ pitchId: p.id, kwh: 10 }));
    const checkIn = await send(t.app, people.supervisor, `/api/transit/reservations/${onSite.id}/check-in`, {
      meterReadings: readings,
    });
    expect(checkIn.statusCode, checkIn.body).toBe(200);
    const spare = (await get('/api/transit/pitches')).json().items[20];
    const oos = await send(t.app, people.manager, `/api/transit/pitches/${spare.id}/out-of-service`, {
      fromDay: dayFromToday(0),
      toDay: dayFromToday(2),
      reason: 'flooded',
    });
    expect(oos.statusCode, oos.body).toBe(201);
    const grid = (await get(`/api/transit/occupancy?from=${dayFromToday(0)}&to=${dayFromToday(7)}`)).json();
    const stateOf = (reference: string) =>
      grid.pitches
        .flatMap((p: Pitch) => p.allocations)
        .find((a: Pitch['allocations'][number]) => a.reference === reference)?.state;
    expect(stateOf(held.reference)).toBe('held');
    expect(stateOf(reserved.reference)).toBe('reserved');
    expect(stateOf(onSite.reference)).toBe('occupied');
    expect(grid.pitches.find((p: Pitch) => p.id === spare.id).allocations[0].state).toBe('out_of_service');
    // The pitch out of service lowers the day: 24 places, 3 given.
    expect(grid.days[0]).toMatchObject({
      capacity: 24,
      taken: 3,
      free: 21,
      outOfService: 1,
      temporaryCap: null,
    });
    expect(grid.days).toHaveLength(7);

    const today = (await get('/api/transit/today')).json();
    expect(today.arrivals.map((r: { reference: string }) => r.reference).sort()).toEqual(
      [held.reference, reserved.reference].sort(),
    );
    expect(today.onSite.map((r: { reference: string }) => r.reference)).toEqual([onSite.reference]);
    // Each arrival says whether it may check in, and if not, why (a stable code per reason).
    const refusalOf = (reference: string) =>
      today.arrivals.find((r: { reference: string }) => r.reference === reference)?.checkInRefusal;
    expect(refusalOf(held.reference)).toMatchObject({ code: 'TRANSIT.CHECK_IN_TRAVELLERS_MISSING' });
    expect(refusalOf(reserved.reference)).toBeNull();
  });

  it('refuses a grid over 92 days or backwards, and a counsellor', async () => {
    expect(
      (await get(`/api/transit/occupancy?from=${dayFromToday(0)}&to=${dayFromToday(93)}`)).statusCode,
    ).toBe(400);
    expect(
      (await get(`/api/transit/occupancy?from=${dayFromToday(3)}&to=${dayFromToday(1)}`)).statusCode,
    ).toBe(400);
    expect((await get('/api/transit/occupancy?from=x&to=y')).statusCode).toBe(400);
    const url = `/api/transit/occupancy?from=${dayFromToday(0)}&to=${dayFromToday(1)}`;
    expect((await get(url, people.counsellor)).statusCode).toBe(403);
    expect((await get('/api/transit/today', people.counsellor)).statusCode).toBe(403);
  });

  it('refuses out of service on a pitch a stay holds, and puts one back', async () => {
    const stay = await book(50, 52);
    const pitch = stay.pitches[0].id;
    const url = `/api/transit/pitches/${pitch}/out-of-service`;
    const body = { fromDay: dayFromToday(51), toDay: dayFromToday(53), reason: 'repairs' };
    expect((await send(t.app, people.manager, url, body)).json()).toMatchObject({
      code: 'TRANSIT.PITCH_TAKEN',
    });
    // A site supervisor may put a pitch out of service, so is refused for the stay, not the role.
    expect((await send(t.app, people.supervisor, url, body)).json()).toMatchObject({
      status: 409,
      code: 'TRANSIT.PITCH_TAKEN',
    });
    expect((await send(t.app, people.counsellor, url, body)).statusCode).toBe(403);
    const later = await send(t.app, people.manager, url, { ...body, fromDay: dayFromToday(52) });
    expect(later.statusCode).toBe(201);
    const back = await send(
      t.app,
      people.manager,
      `/api/transit/out-of-service/${later.json().id}`,
      {},
      'DELETE',
    );
    expect(back.statusCode).toBe(204);
    const unknown = await send(
      t.app,
      people.manager,
      `/api/transit/out-of-service/${later.json().id}`,
      {},
      'DELETE',
    );
    expect(unknown.statusCode).toBe(404);
    const bad = await send(t.app, people.manager, '/api/transit/pitches/nope/out-of-service', body);
    expect(bad.statusCode).toBe(400);
  });

  it('records incidents and lists them by reservation', async () => {
    const stay = await book(60, 61);
    const incident = {
      reservationId: stay.id,
      kind: 'damage',
      description: 'broken tap',
      damageCents: 2_500,
    };
    const created = await send(t.app, people.supervisor, '/api/transit/incidents', incident);
    expect(created.statusCode, created.body).toBe(201);
    const list = (await get(`/api/transit/incidents?reservationId=${stay.id}`)).json();
    expect(list.items).toEqual([expect.objectContaining({ description: 'broken tap', damageCents: 2_500 })]);
    expect((await send(t.app, people.counsellor, '/api/transit/incidents', incident)).statusCode).toBe(403);
    expect(
      (await send(t.app, people.supervisor, '/api/transit/incidents', { kind: 'fire' })).statusCode,
    ).toBe(400);
    expect((await get('/api/transit/incidents?reservationId=1')).statusCode).toBe(400);
  });
});
