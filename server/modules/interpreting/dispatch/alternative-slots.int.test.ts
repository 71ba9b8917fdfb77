import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { interpretingRequests } from '../interpreting.tables.ts';
import { createDispatchWorld, type DispatchWorld, insertRequest } from './dispatch.test-support.ts';

describe('dispatch: alternative slots', () => {
  let w: DispatchWorld;

  beforeAll(async () => {
    w = await createDispatchWorld([{ name: 'Uzma', languages: ['ur'] }]);
  });
  afterAll(() => w.t.close());

  /** Uzma, the only Urdu interpreter, is busy at 10:00; the new request asks 10:00, or else 14:00 or 10:30. */
  async function busyMorning(day: string) {
    const busy = await insertRequest(w.db, {
      organisationId: w.org,
      start: `${day}T09:00:00Z`,
      language: 'ur',
    });
    expect(
      (await w.call(w.dispatcher, 'POST', `/requests/${busy.id}/assign`, { interpreterId: w.id('Uzma') }))
        .statusCode,
    ).toBe(201);
    const request = await insertRequest(w.db, {
      organisationId: w.org,
      start: `${day}T09:00:00Z`,
      language: 'ur',
    });
    const slots = [{ start: `${day}T13:00:00.000Z` }, { start: `${day}T09:30:00.000Z` }];
    await w.db
      .update(interpretingRequests)
      .set({ alternativeSlots: slots })
      .where(eq(interpretingRequests.id, request.id));
    return request;
  }

  it('ranks the alternative slots when nobody fits the primary one, each candidate naming its slot', async () => {
    const request = await busyMorning('2027-03-09');
    const answer = await w.call(w.dispatcher, 'GET', `/requests/${request.id}/candidates`);
    expect(answer.statusCode).toBe(200);
    const candidates = answer.json();
    // 14:00 fits; 10:30 still overlaps her 10:00–11:00 job.
    expect(candidates).toHaveLength(1);
    expect(candidates[0]).toMatchObject({
      interpreterId: w.id('Uzma'),
      slot: 0,
      slotStart: '2027-03-09T13:00:00.000Z',
    });
  });

  it('assigns in the chosen slot: the request moves there and keeps its old start as an alternative', async () => {
    const request = await busyMorning('2027-03-10');
    const without = await w.call(w.dispatcher, 'POST', `/requests/${request.id}/assign`, {
      interpreterId: w.id('Uzma'),
    });
    expect(without.statusCode).toBe(409);
    const busySlot = await w.call(w.dispatcher, 'POST', `/requests/${request.id}/assign`, {
      interpreterId: w.id('Uzma'),
      slot: 1,
    });
    expect(busySlot.statusCode).toBe(409);
    const [unmoved] = await w.db
      .select()
      .from(interpretingRequests)
      .where(eq(interpretingRequests.id, request.id));
    expect(unmoved?.startsAt.toISOString()).toBe('2027-03-10T09:00:00.000Z');

    const missing = await w.call(w.dispatcher, 'POST', `/requests/${request.id}/assign`, {
      interpreterId: w.id('Uzma'),
      slot: 5,
    });
    expect(missing.statusCode).toBe(400);

    const assigned = await w.call(w.dispatcher, 'POST', `/requests/${request.id}/assign`, {
      interpreterId: w.id('Uzma'),
      slot: 0,
    });
    expect(assigned.statusCode, assigned.body).toBe(201);
    expect(assigned.json()).toMatchObject({
      start: '2027-03-10T13:00:00.000Z',
      end: '2027-03-10T14:00:00.000Z',
    });
    const [moved] = await w.db
      .select()
      .from(interpretingRequests)
      .where(eq(interpretingRequests.id, request.id));
    expect(moved?.startsAt.toISOString()).toBe('2027-03-10T13:00:00.000Z');
    expect(moved?.status).toBe('assigned');
    expect(moved?.alternativeSlots).toEqual([
      { start: '2027-03-10T09:00:00.000Z' },
      { start: '2027-03-10T09:30:00.000Z' },
    ]);
  });

  it('keeps the primary slot’s candidates when someone fits it', async () => {
    const request = await insertRequest(w.db, {
      organisationId: w.org,
      start: '2027-03-11T09:00:00Z',
      language: 'ur',
    });
    await w.db
      .update(interpretingRequests)
      .set({ alternativeSlots: [{ start: '2027-03-11T13:00:00.000Z' }] })
      .where(eq(interpretingRequests.id, request.id));
    const [candidate] = (await w.call(w.dispatcher, 'GET', `/requests/${request.id}/candidates`)).json();
    expect(candidate.interpreterId).toBe(w.id('Uzma'));
    expect(candidate.slot).toBeUndefined();
  });
});
