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

/** Booking rules through the real HTTP app: length, the past, stays per year, the site's capacity. */
describe(`transit reservations (${testEngine()})`, () => {
  let t: TestApp;
  let people: TransitPeople;

  beforeAll(async () => {
    ({ t, people } = await startTransitTest());
  });
  afterAll(() => t.close());

  const book = (body: object, cookie = people.supervisor) =>
    send(t.app, cookie, '/api/transit/reservations', body);

  it('books a provisional stay with a hold, pitches and a reference', async () => {
    const response = await book(
      booking({ arrival: dayFromToday(3), departure: dayFromToday(10), caravans: 3 }),
    );
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body).toMatchObject({ status: 'provisional', nights: 7, caravans: 3 });
    expect(body.reference).toMatch(/^DT-\d{4}-\d{4}$/u);
    expect(body.pitches.map((p: { number: number }) => p.number)).toEqual([1, 2, 3]);
    const hold = Date.parse(body.holdExpiresAt) - Date.now();
    expect(hold).toBeGreaterThan(47 * 3_600_000);
    expect(hold).toBeLessThanOrEqual(48 * 3_600_000);
    const detail = await read(t.app, people.supervisor, `/api/transit/reservations/${body.id}`);
    expect(detail.json()).toMatchObject({ staysThisYear: 1, actions: ['confirm', 'cancel', 'no-show'] });
  });

  it('refuses a stay of 22 nights with the rule in the message, and accepts 21', async () => {
    const tooLong = await book(booking({ arrival: dayFromToday(40), departure: dayFromToday(62) }));
    expect(tooLong.statusCode).toBe(422);
    expect(tooLong.json()).toMatchObject({
      code: 'TRANSIT.STAY_TOO_LONG',
      detail: 'Een verblijf duurt hoogstens 21 dagen; deze aanvraag telt 22 dagen.',
    });
    expect((await book(booking({ arrival: dayFromToday(40), departure: dayFromToday(61) }))).statusCode).toBe(
      201,
    );
  });

  it('refuses an arrival in the past', async () => {
    const response = await book(booking({ arrival: dayFromToday(-1), departure: dayFromToday(2) }));
    expect(response.statusCode).toBe(422);
    expect(response.json().code).toBe('TRANSIT.PAST_DAYS');
  });

  it('gives a party five stays in a calendar year and refuses the sixth, recognising it through spelling', async () => {
    const year = Number(dayFromToday(0).slice(0, 4)) + 1;
    const party = { partyName: 'Familie Lefèvre', phone: '+32 470 99 88 77' };
    for (let i = 0; i < 5; i++) {
      const arrival = `${year}-0${i + 1}-10`;
      const response = await book({ ...booking({ arrival, departure: `${year}-0${i + 1}-12` }), ...party });
      expect(response.statusCode, response.body).toBe(201);
    }
    const sixth = await book({
      ...booking({ arrival: `${year}-07-01`, departure: `${year}-07-03` }),
      partyName: 'LEFEVRE',
      phone: '0470/99.88.77',
    });
    expect(sixth.statusCode).toBe(422);
    expect(sixth.json()).toMatchObject({
      code: 'TRANSIT.TOO_MANY_STAYS',
      detail: `Een familie mag hoogstens 5 keer per kalenderjaar verblijven; deze familie heeft in ${year} al 5 verblijven.`,
    });
    const parties = await read(t.app, people.supervisor, '/api/transit/parties?q=lef');
    expect(parties.json().items).toEqual([expect.objectContaining({ name: 'Familie Lefèvre' })]);
  });

  it('fills the 25 pitches and then answers FULL naming the day', async () => {
    const arrival = dayFromToday(100);
    const departure = dayFromToday(103);
    for (const caravans of [10, 10, 5]) {
      expect((await book(booking({ arrival, departure, caravans }))).statusCode).toBe(201);
    }
    const full = await book(booking({ arrival: dayFromToday(102), departure: dayFromToday(104) }));
    expect(full.statusCode).toBe(409);
    expect(full.json()).toMatchObject({ code: 'TRANSIT.FULL' });
    const [y, m, d] = dayFromToday(102).split('-');
    expect(full.json().detail).toBe(
      `Het terrein is vol: 1 standplaats gevraagd, maar op ${d}/${m}/${y} is er geen enkele meer vrij.`,
    );
    expect((await book(booking({ arrival: departure, departure: dayFromToday(104) }))).statusCode).toBe(201);
  });

  it('keeps to a temporary cap of 15: the 16th caravan is refused', async () => {
    const fromDay = dayFromToday(120);
    const toDay = dayFromToday(125);
    const reason = 'COVID-maatregelen';
    const cap = await send(t.app, people.manager, '/api/transit/capacity', {
      fromDay,
      toDay,
      pitches: 15,
      reason,
    });
    expect(cap.statusCode, cap.body).toBe(200);
    expect((await book(booking({ arrival: fromDay, departure: toDay, caravans: 15 }))).statusCode).toBe(201);
    const sixteenth = await book(booking({ arrival: dayFromToday(121), departure: dayFromToday(122) }));
    expect(sixteenth.json()).toMatchObject({ code: 'TRANSIT.FULL' });
    // After the cap the site has its 25 pitches again.
    const after = await book(booking({ arrival: toDay, departure: dayFromToday(126), caravans: 25 }));
    expect(after.statusCode, after.body).toBe(201);
    const lower = await send(t.app, people.manager, '/api/transit/capacity', {
      fromDay,
      toDay,
      pitches: 10,
      reason,
    });
    expect(lower.json()).toMatchObject({ status: 409, code: 'TRANSIT.CAP_OVERLAP' });
    const supervisorCap = await send(t.app, people.supervisor, '/api/transit/capacity', {
      fromDay,
      toDay,
      pitches: 20,
      reason,
    });
    expect(supervisorCap.statusCode).toBe(403);
  });

  it('refuses a counsellor, bad ids and a departure before the arrival', async () => {
    const body = booking({ arrival: dayFromToday(5), departure: dayFromToday(6) });
    expect((await book(body, people.counsellor)).statusCode).toBe(403);
    expect((await read(t.app, people.counsellor, '/api/transit/reservations')).statusCode).toBe(403);
    expect((await read(t.app, people.supervisor, '/api/transit/reservations/not-a-uuid')).statusCode).toBe(
      400,
    );
    const missing = await read(
      t.app,
      people.supervisor,
      '/api/transit/reservations/00000000-0000-4000-8000-000000000000',
    );
    expect(missing.statusCode).toBe(404);
    const backwards = await book(booking({ arrival: dayFromToday(6), departure: dayFromToday(5) }));
    expect([400, 422]).toContain(backwards.statusCode);
    expect((await book({ ...body, caravans: 0 })).statusCode).toBe(400);
  });

  it('lists reservations by status and name', async () => {
    const response = await read(
      t.app,
      people.supervisor,
      '/api/transit/reservations?status=provisional&q=lef',
    );
    expect(response.statusCode).toBe(200);
    expect(response.json().total).toBe(5);
  });
});
