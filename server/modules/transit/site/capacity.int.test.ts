import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../../../test/app.ts';
import { testEngine } from '../../../../test/database.ts';
import {
  bookDays,
  capDays,
  dayFromToday,
  occupancyDays,
  read,
  send,
  startSiteTest,
  type TransitPeople,
} from '../transit.test-support.ts';

type Day = {
  day: string;
  capacity: number;
  taken: number;
  free: number;
  outOfService: number;
  temporaryCap: { id: string; pitches: number; reason: string } | null;
};

/** Out-of-service pitches and temporary caps move the day pools, so the grid and the bookings agree. */
describe(`transit capacity of the days (${testEngine()})`, () => {
  let t: TestApp;
  let people: TransitPeople;
  let pitchIds: string[];

  beforeAll(async () => {
    ({ t, people, pitchIds } = await startSiteTest());
  });
  afterAll(() => t.close());

  const book = (arrival: number, departure: number, caravans = 1) =>
    bookDays(t, people, arrival, departure, caravans);
  const outOfService = (index: number, from: number, to: number) =>
    send(t.app, people.manager, `/api/transit/pitches/${pitchIds[index]}/out-of-service`, {
      fromDay: dayFromToday(from),
      toDay: dayFromToday(to),
      reason: 'kabel stuk',
    });
  const cap = (from: number, to: number, pitches: number, cookie = people.manager) =>
    capDays(t, cookie, from, to, pitches);
  const days = (from: number, to: number) => occupancyDays<Day>(t, people, from, to);

  it('lowers the days of an out-of-service period, so a booking gets a pitch or a clear FULL', async () => {
    for (const index of [20, 21, 22]) expect((await outOfService(index, 200, 203)).statusCode).toBe(201);
    expect((await days(200, 204)).map((d) => [d.capacity, d.outOfService])).toEqual([
      [22, 3],
      [22, 3],
      [22, 3],
      [25, 0],
    ]);
    expect((await book(200, 203, 22)).statusCode).toBe(201);
    const full = await book(201, 202);
    expect(full.json()).toMatchObject({ status: 409, code: 'TRANSIT.FULL' });
    expect(full.json().detail).toContain('is er geen enkele meer vrij');
    expect((await days(201, 202))[0]).toMatchObject({ capacity: 22, taken: 22, free: 0 });
    // Back in service: the days get their place back, and the next family gets that pitch.
    const grid = await read(
      t.app,
      people.supervisor,
      `/api/transit/occupancy?from=${dayFromToday(200)}&to=${dayFromToday(201)}`,
    );
    const period = grid
      .json()
      .pitches.find((p: { id: string }) => p.id === pitchIds[20])
      .allocations.find((a: { state: string }) => a.state === 'out_of_service');
    const back = await send(t.app, people.manager, `/api/transit/out-of-service/${period.id}`, {}, 'DELETE');
    expect(back.statusCode).toBe(204);
    expect((await days(200, 201))[0]).toMatchObject({ capacity: 23, outOfService: 2 });
    const last = await book(201, 202);
    expect(last.statusCode, last.body).toBe(201);
    expect(last.json().pitches[0].id).toBe(pitchIds[20]);
  });

  it('refuses out of service on a pitch a stay holds, naming the reservation, and changes nothing', async () => {
    const stay = (await book(210, 213)).json();
    const pitch = stay.pitches[0];
    const before = await days(210, 214);
    const refused = await send(t.app, people.manager, `/api/transit/pitches/${pitch.id}/out-of-service`, {
      fromDay: dayFromToday(212),
      toDay: dayFromToday(215),
      reason: 'herstelling',
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('TRANSIT.PITCH_TAKEN');
    expect(refused.json().detail).toContain(
      `Standplaats ${pitch.number} is in die dagen gegeven aan ${stay.reference} (${stay.partyName}`,
    );
    expect(await days(210, 214)).toEqual(before);
  });

  it('sets a temporary cap with its reason, shows it on the grid, and keeps bookings under it', async () => {
    expect((await book(220, 222, 12)).statusCode).toBe(201);
    const tooLow = await cap(219, 224, 10);
    expect(tooLow.statusCode).toBe(409);
    expect(tooLow.json().code).toBe('CAPACITY.BELOW_TAKEN');
    expect(tooLow.json().detail).toContain('Een plafond van 10 standplaatsen kan niet');
    expect(tooLow.json().detail).toContain('(12)');
    expect(tooLow.json().detail).toContain('moeten er eerst 2 vrijkomen');
    expect((await read(t.app, people.supervisor, '/api/transit/capacity')).json().items).toEqual([]);
    expect((await days(220, 221))[0]).toMatchObject({ capacity: 25, temporaryCap: null });

    const set = await cap(219, 224, 15);
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json()).toMatchObject({ pitches: 15, reason: 'COVID-maatregelen' });
    expect(set.json().days[1]).toMatchObject({ capacity: 15, taken: 12 });
    const grid = await days(218, 225);
    expect(grid.map((d) => d.capacity)).toEqual([25, 15, 15, 15, 15, 15, 25]);
    expect(grid[1]?.temporaryCap).toMatchObject({ pitches: 15, reason: 'COVID-maatregelen' });
    expect((await book(221, 222, 4)).json().code).toBe('TRANSIT.FULL');
    expect((await book(221, 222, 3)).statusCode).toBe(201);
    expect((await cap(223, 226, 20)).json().code).toBe('TRANSIT.CAP_OVERLAP');

    // With pitches out of service under the cap, the day has the fewer of the two.
    for (let i = 0; i < 12; i++) expect((await outOfService(i + 13, 223, 224)).statusCode).toBe(201);
    expect((await days(223, 224))[0]).toMatchObject({ capacity: 13, outOfService: 12 });

    const list = (await read(t.app, people.supervisor, '/api/transit/capacity')).json().items;
    expect(list).toHaveLength(1);
    const removed = await send(t.app, people.manager, `/api/transit/capacity/${list[0].id}`, {}, 'DELETE');
    expect(removed.statusCode).toBe(204);
    expect((await days(219, 224)).map((d) => d.capacity)).toEqual([25, 25, 25, 25, 13]);
  });

  it('keeps pools and pitches in step when bookings race pitches going out of service', async () => {
    const racers = [
      ...Array.from({ length: 12 }, () => book(240, 243, 2)),
      ...[0, 1, 2, 3, 4, 5].map((i) => outOfService(i, 241, 242)),
    ];
    const answers = await Promise.all(racers);
    // Every answer is a booking, an out-of-service period, or a clear refusal — never a 500.
    for (const answer of answers) expect([200, 201, 409], answer.body).toContain(answer.statusCode);
    const out = answers.slice(12).filter((a) => a.statusCode === 201).length;
    const grid = await read(
      t.app,
      people.supervisor,
      `/api/transit/occupancy?from=${dayFromToday(240)}&to=${dayFromToday(243)}`,
    );
    const { days: gridDays, pitches } = grid.json() as {
      days: Day[];
      pitches: { allocations: { state: string; fromDay: string; toDay: string }[] }[];
    };
    const given = (day: string) =>
      pitches
        .flatMap((p) => p.allocations)
        .filter((a) => a.state !== 'out_of_service' && a.fromDay <= day && day < a.toDay).length;
    for (const d of gridDays) {
      expect(d.taken, d.day).toBe(given(d.day));
      expect(d.taken).toBeLessThanOrEqual(d.capacity);
    }
    expect(gridDays[1]).toMatchObject({ outOfService: out, capacity: 25 - out });
  });

  it('refuses a cap in the past, a backwards range, a supervisor, and a running cap’s removal', async () => {
    expect((await cap(-1, 3, 15)).json()).toMatchObject({ status: 422, code: 'TRANSIT.PAST_DAYS' });
    expect((await cap(5, 5, 15)).statusCode).toBe(400);
    expect((await cap(5, 6, 15, people.supervisor)).statusCode).toBe(403);
    const running = await cap(0, 2, 24);
    expect(running.statusCode, running.body).toBe(200);
    const removal = await send(
      t.app,
      people.manager,
      `/api/transit/capacity/${running.json().id}`,
      {},
      'DELETE',
    );
    expect(removal.json()).toMatchObject({ status: 409, code: 'TRANSIT.CAP_IN_EFFECT' });
  });
});
