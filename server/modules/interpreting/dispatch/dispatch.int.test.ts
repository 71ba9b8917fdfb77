import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../../../test/app.ts';
import { auditLog } from '../../../platform/audit/audit.tables.ts';
import { systemContext } from '../../../platform/context.ts';
import { type Db, sqlState } from '../../../platform/db/index.ts';
import {
  assignments,
  interpretingRequests,
  organisationInterpreterPreferences,
} from '../interpreting.tables.ts';
import { createDispatchWorld, type DispatchWorld, insertRequest, OOSTENDE } from './dispatch.test-support.ts';
import { DEFAULT_MATCH_PARAMS, MATCHING_PARAM, matchParamsOn } from './dispatch-params.ts';

describe('dispatch: candidates, why not, direct assignment, busy ranges', () => {
  let w: DispatchWorld;
  let t: TestApp;
  let db: Db;
  let org: string;
  let dispatcher: string;
  let requester: string;
  const id = (name: string) => w.id(name);
  const call: DispatchWorld['call'] = (...args) => w.call(...args);

  beforeAll(async () => {
    w = await createDispatchWorld([
      { name: 'amina', languages: ['ar'] },
      { name: 'youssef', languages: ['ar'], home: OOSTENDE },
      { name: 'banned', languages: ['ar'] },
      { name: 'french', languages: ['fr'] },
      { name: 'tr1', languages: ['tr'] },
    ]);
    ({ t, db, org, dispatcher, requester } = w);
    await db
      .insert(organisationInterpreterPreferences)
      .values({ organisationId: org, interpreterId: id('banned'), kind: 'banned' });
  });
  afterAll(() => t.close());

  it('ranks the eligible interpreters with reasons and leaves out the banned and the wrong language', async () => {
    // Youssef interpreted for this client before: continuity outweighs his longer trip.
    const earlier = await insertRequest(db, { organisationId: org, start: '2027-01-05T08:00:00Z' });
    expect(
      (await call(dispatcher, 'POST', `/requests/${earlier.id}/assign`, { interpreterId: id('youssef') }))
        .statusCode,
    ).toBe(201);
    const request = await insertRequest(db, { organisationId: org, start: '2027-01-12T08:00:00Z' });

    const response = await call(dispatcher, 'GET', `/requests/${request.id}/candidates`);
    expect(response.statusCode).toBe(200);
    const list: {
      interpreterId: string;
      score: number;
      reasons: { key: string }[];
      interpreter: { code: string };
    }[] = response.json();
    expect(list.map((c) => c.interpreterId).sort()).toEqual([id('amina'), id('youssef')].sort());
    expect(list[0]?.interpreterId).toBe(id('youssef'));
    expect(list.map((c) => c.score)).toEqual([...list.map((c) => c.score)].sort((a, b) => b - a));
    expect(list[0]?.reasons.map((r) => r.key)).toContain('interpreting.reason.same_client');
    expect(list[1]?.reasons.map((r) => r.key)).toContain('interpreting.reason.travel_distance');
    expect(list[0]?.interpreter.code).toMatch(/^T-/);

    expect((await call(requester, 'GET', `/requests/${request.id}/candidates`)).statusCode).toBe(403);
    expect(
      (await call(dispatcher, 'GET', `/requests/00000000-0000-4000-8000-000000000000/candidates`)).statusCode,
    ).toBe(404);
  });
  it('explains why an interpreter is not eligible', async () => {
    const request = await insertRequest(db, { organisationId: org, start: '2027-01-13T08:00:00Z' });
    const banned = (
      await call(dispatcher, 'GET', `/requests/${request.id}/candidates/${id('banned')}`)
    ).json();
    expect(banned).toMatchObject({ interpreterId: id('banned'), eligible: false });
    expect(banned.failures.map((f: { rule: string }) => f.rule)).toEqual(['banned']);
    const french = (
      await call(dispatcher, 'GET', `/requests/${request.id}/candidates/${id('french')}`)
    ).json();
    expect(french.failures.map((f: { rule: string }) => f.rule)).toEqual(['language']);
    const amina = (await call(dispatcher, 'GET', `/requests/${request.id}/candidates/${id('amina')}`)).json();
    expect(amina).toEqual({ interpreterId: id('amina'), eligible: true, failures: [] });

    const all: { interpreterId: string; eligible: boolean }[] = (
      await call(dispatcher, 'GET', `/requests/${request.id}/eligibility`)
    ).json();
    expect(
      all
        .filter((e) => e.eligible)
        .map((e) => e.interpreterId)
        .sort(),
    ).toEqual([id('amina'), id('youssef')].sort());
    expect(all.find((e) => e.interpreterId === id('tr1'))?.eligible).toBe(false);
  });
  it('assigns directly after a re-check, refuses requesters and ineligible interpreters', async () => {
    const request = await insertRequest(db, { organisationId: org, start: '2027-01-14T08:00:00Z' });
    const url = `/requests/${request.id}/assign`;
    expect((await call(requester, 'POST', url, { interpreterId: id('amina') })).statusCode).toBe(403);
    const refused = await call(dispatcher, 'POST', url, { interpreterId: id('banned') });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'INTERPRETING.INTERPRETER_NOT_ELIGIBLE' });
    expect(refused.json().detail).toContain('banned');

    const ok = await call(dispatcher, 'POST', url, { interpreterId: id('amina') });
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({
      requestId: request.id,
      interpreterId: id('amina'),
      source: 'assigned',
    });
    expect(ok.json().breakdown).toHaveProperty('fairness');
    const [row] = await db.select().from(interpretingRequests).where(eq(interpretingRequests.id, request.id));
    expect(row?.status).toBe('assigned');
    expect(row?.confirmedAt).not.toBeNull();
    const [audit] = await db
      .select()
      .from(auditLog)
      .where(
        and(eq(auditLog.entityId, ok.json().id), eq(auditLog.action, 'interpreting.assignment.assigned')),
      );
    expect(audit?.after).toMatchObject({ source: 'assigned', breakdown: ok.json().breakdown });

    const again = await call(dispatcher, 'POST', url, { interpreterId: id('youssef') });
    expect(again.json().code).toBe('INTERPRETING.INVALID_STATUS');
    // Amina is now busy 09:00-10:00: an overlapping request is not hers to take.
    const clash = await insertRequest(db, {
      organisationId: org,
      start: '2027-01-14T08:30:00Z',
      mode: 'phone',
    });
    const busy = await call(dispatcher, 'POST', `/requests/${clash.id}/assign`, {
      interpreterId: id('amina'),
    });
    expect(busy.json().code).toBe('INTERPRETING.INTERPRETER_NOT_ELIGIBLE');
    expect(busy.json().detail).toContain('overlap');
  });
  it('moves the busy range of the job that follows a new one', async () => {
    const late = await insertRequest(db, {
      organisationId: org,
      start: '2027-01-19T13:00:00Z',
      place: OOSTENDE,
    });
    const lateAssign = (
      await call(dispatcher, 'POST', `/requests/${late.id}/assign`, { interpreterId: id('youssef') })
    ).json();
    expect(lateAssign.travelBeforeMinutes).toBe(0);
    const early = await insertRequest(db, { organisationId: org, start: '2027-01-19T08:00:00Z' });
    expect(
      (await call(dispatcher, 'POST', `/requests/${early.id}/assign`, { interpreterId: id('youssef') }))
        .statusCode,
    ).toBe(201);
    const [moved] = await db.select().from(assignments).where(eq(assignments.id, lateAssign.id));
    expect(moved?.travelBeforeMinutes).toBeGreaterThan(60);
    expect(moved?.busyFrom.getTime()).toBe(
      (moved?.startsAt.getTime() ?? 0) - (moved?.travelBeforeMinutes ?? 0) * 60_000,
    );
  });
  it('the database refuses overlapping busy ranges, travel included (23P01)', async () => {
    const tolkId = id('french');
    const a = await insertRequest(db, { organisationId: org, start: '2027-02-01T08:00:00Z', language: 'fr' });
    const b = await insertRequest(db, { organisationId: org, start: '2027-02-01T09:10:00Z', language: 'fr' });
    const row = (requestId: string, start: string, end: string, travel: number) => ({
      requestId,
      interpreterId: tolkId,
      startsAt: new Date(start),
      endsAt: new Date(end),
      travelBeforeMinutes: travel,
      busyFrom: new Date(Date.parse(start) - travel * 60_000),
      source: 'assigned',
    });
    await db.insert(assignments).values(row(a.id, '2027-02-01T08:00:00Z', '2027-02-01T09:00:00Z', 0));
    const clash = await db
      .insert(assignments)
      .values(row(b.id, '2027-02-01T09:10:00Z', '2027-02-01T10:00:00Z', 20))
      .catch((e: unknown) => e);
    expect(sqlState(clash)).toBe('23P01');
    // Exactly the travel time between them fits: the ranges are half-open.
    await db.insert(assignments).values(row(b.id, '2027-02-01T09:10:00Z', '2027-02-01T10:00:00Z', 10));
  });

  it('reads the ranking rules valid on the request day, with the published default before any value', async () => {
    expect(await matchParamsOn(db, '2019-06-01')).toEqual(DEFAULT_MATCH_PARAMS);
    expect(await matchParamsOn(db, '2027-01-12')).toEqual(DEFAULT_MATCH_PARAMS);
    const changed = { ...DEFAULT_MATCH_PARAMS, travelReferenceKm: 25 };
    await t.platform.params.set(db, systemContext('test'), {
      key: MATCHING_PARAM,
      value: changed,
      validFrom: '2031-01-01',
    });
    expect(await matchParamsOn(db, '2031-03-01')).toEqual(changed);
    expect(await matchParamsOn(db, '2030-12-31')).toEqual(DEFAULT_MATCH_PARAMS);
  });
});
