import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../../../test/app.ts';
import { auditLog } from '../../../platform/audit/audit.tables.ts';
import { type Db, queryRows } from '../../../platform/db/index.ts';
import { assignments, interpretingRequests, offers } from '../interpreting.tables.ts';
import { createDispatchWorld, type DispatchWorld, insertRequest } from './dispatch.test-support.ts';
import { expireOffersAndEscalate, sendAutomaticOffers } from './offer-jobs.ts';

describe('dispatch: offer rounds, accept, decline, expiry and escalation', () => {
  let w: DispatchWorld;
  let t: TestApp;
  let db: Db;
  let org: string;
  let dispatcher: string;
  let requester: string;
  const id = (name: string) => w.id(name);
  const cookieOf = (name: string) => w.cookieOf(name);
  const call: DispatchWorld['call'] = (...args) => w.call(...args);

  beforeAll(async () => {
    w = await createDispatchWorld([
      { name: 'tr1', languages: ['tr'] },
      { name: 'tr2', languages: ['tr'] },
      { name: 'prs1', languages: ['prs'] },
      { name: 'prs2', languages: ['prs'] },
      { name: 'bg1', languages: ['bg'] },
      { name: 'bg2', languages: ['bg'] },
    ]);
    ({ t, db, org, dispatcher, requester } = w);
  });
  afterAll(() => t.close());

  it('offers: the first accept wins, the second is told the job is filled', async () => {
    const request = await insertRequest(db, {
      organisationId: org,
      start: '2027-01-12T12:00:00Z',
      language: 'tr',
    });
    const sent = await call(dispatcher, 'POST', `/requests/${request.id}/offers`, {
      interpreterIds: [id('tr1'), id('tr2')],
    });
    expect(sent.statusCode).toBe(201);
    expect(sent.json().round).toBe(1);
    const twice = await call(dispatcher, 'POST', `/requests/${request.id}/offers`, {
      interpreterIds: [id('tr1')],
    });
    expect(twice.json().code).toBe('INTERPRETING.NO_CANDIDATES');
    const byTolk = new Map<string, string>(
      sent.json().offers.map((o: { interpreterId: string; id: string }) => [o.interpreterId, o.id]),
    );
    const offer1 = byTolk.get(id('tr1')) ?? '';
    const offer2 = byTolk.get(id('tr2')) ?? '';

    const mine = (await call(cookieOf('tr1'), 'GET', '/offers?status=open')).json();
    expect(mine.map((o: { id: string }) => o.id)).toEqual([offer1]);
    expect(mine[0].job).toMatchObject({
      language: 'tr',
      mode: 'on_site',
      durationMinutes: 60,
      clientReference: 'K-17',
    });
    expect((await call(requester, 'GET', '/offers')).statusCode).toBe(403);
    expect((await call(cookieOf('tr1'), 'POST', `/offers/${offer2}/accept`)).statusCode).toBe(404);
    expect((await call(dispatcher, 'POST', `/offers/${offer1}/accept`)).statusCode).toBe(403);

    const won = await call(cookieOf('tr1'), 'POST', `/offers/${offer1}/accept`);
    expect(won.statusCode).toBe(200);
    expect(won.json().assignment).toMatchObject({ interpreterId: id('tr1'), source: 'offer' });
    const lost = await call(cookieOf('tr2'), 'POST', `/offers/${offer2}/accept`);
    expect(lost.statusCode).toBe(409);
    expect(lost.json().code).toBe('INTERPRETING.OFFER_FILLED');
    const statuses = await db
      .select({ id: offers.id, status: offers.status })
      .from(offers)
      .where(eq(offers.requestId, request.id));
    expect(new Map(statuses.map((s) => [s.id, s.status]))).toEqual(
      new Map([
        [offer1, 'accepted'],
        [offer2, 'filled'],
      ]),
    );
    const count = await db.select().from(assignments).where(eq(assignments.requestId, request.id));
    expect(count).toHaveLength(1);
  });
  it('refuses an expired offer, and a declined one cannot be accepted', async () => {
    const request = await insertRequest(db, {
      organisationId: org,
      start: '2027-01-13T12:00:00Z',
      language: 'tr',
    });
    const sent = (
      await call(dispatcher, 'POST', `/requests/${request.id}/offers`, {
        interpreterIds: [id('tr1'), id('tr2')],
      })
    ).json();
    const [first, second] = sent.offers as { id: string; interpreterId: string }[];
    await db
      .update(offers)
      .set({ expiresAt: new Date(Date.now() - 60_000) })
      .where(eq(offers.id, first?.id ?? ''));
    const owner = (o?: { interpreterId: string }) =>
      o?.interpreterId === id('tr1') ? cookieOf('tr1') : cookieOf('tr2');
    const expired = await call(owner(first), 'POST', `/offers/${first?.id}/accept`);
    expect(expired.json().code).toBe('INTERPRETING.OFFER_EXPIRED');

    const declined = await call(owner(second), 'POST', `/offers/${second?.id}/decline`, { reason: 'ziek' });
    expect(declined.statusCode).toBe(200);
    expect(declined.json().status).toBe('declined');
    expect((await call(owner(second), 'POST', `/offers/${second?.id}/accept`)).statusCode).toBe(409);
  });
  it('escalates to the next tier when a round expires, then gives up as unfilled', async () => {
    const request = await insertRequest(db, {
      organisationId: org,
      start: '2027-01-15T08:00:00Z',
      language: 'prs',
    });
    const first = (await call(dispatcher, 'POST', `/requests/${request.id}/offers`, { top: 1 })).json();
    expect(first.offers).toHaveLength(1);
    const firstTolk = first.offers[0].interpreterId;

    const later = new Date(Date.now() + 3 * 3_600_000);
    const report = await expireOffersAndEscalate(t.platform, later);
    expect(report.requests[request.id]).toBe('next_round');
    const round2 = await db
      .select()
      .from(offers)
      .where(and(eq(offers.requestId, request.id), eq(offers.round, 2)));
    expect(round2.map((o) => o.interpreterId)).toEqual([firstTolk === id('prs1') ? id('prs2') : id('prs1')]);

    const end = await expireOffersAndEscalate(t.platform, new Date(later.getTime() + 3 * 3_600_000));
    expect(end.requests[request.id]).toBe('unfilled');
    const [row] = await db.select().from(interpretingRequests).where(eq(interpretingRequests.id, request.id));
    expect(row?.status).toBe('unfilled');
    const trail = await db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.entityId, request.id));
    expect(trail.map((a) => a.action)).toEqual(
      expect.arrayContaining(['interpreting.request.escalated', 'interpreting.request.unfilled']),
    );
    const expiredAudit = await queryRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from audit_log where action = 'interpreting.offer.expired' and after->>'requestId' = ${request.id} and after ? 'breakdown'`,
    );
    expect(expiredAudit[0]?.n).toBe(2);
  });
  it('hands the request back to the dispatcher when its automatic offers are off', async () => {
    const request = await insertRequest(db, {
      organisationId: org,
      start: '2027-01-18T08:00:00Z',
      language: 'prs',
    });
    expect(
      (await call(requester, 'PATCH', `/requests/${request.id}/auto-offers`, { enabled: false })).statusCode,
    ).toBe(403);
    const off = await call(dispatcher, 'PATCH', `/requests/${request.id}/auto-offers`, { enabled: false });
    expect(off.json()).toEqual({ id: request.id, autoOffers: false });
    await call(dispatcher, 'POST', `/requests/${request.id}/offers`, { top: 1 });
    const report = await expireOffersAndEscalate(t.platform, new Date(Date.now() + 3 * 3_600_000));
    expect(report.requests[request.id]).toBe('to_dispatcher');
    const [row] = await db.select().from(interpretingRequests).where(eq(interpretingRequests.id, request.id));
    expect(row?.status).toBe('submitted');
  });

  it('sends the first automatic round to the top candidates, once, and only when switched on', async () => {
    const request = await insertRequest(db, {
      organisationId: org,
      start: '2027-01-20T08:00:00Z',
      language: 'bg',
    });
    expect(await sendAutomaticOffers(t.platform, request.id)).toBe(2);
    expect(await sendAutomaticOffers(t.platform, request.id)).toBe(0);
    const [row] = await db.select().from(interpretingRequests).where(eq(interpretingRequests.id, request.id));
    expect(row).toMatchObject({ status: 'offered', offerRound: 1 });

    const all = (await call(dispatcher, 'GET', `/offers?requestId=${request.id}`)).json();
    expect(all.map((o: { interpreterId: string }) => o.interpreterId).sort()).toEqual(
      [id('bg1'), id('bg2')].sort(),
    );
    const mine = (await call(cookieOf('bg1'), 'GET', `/offers?requestId=${request.id}`)).json();
    expect(mine.map((o: { interpreterId: string }) => o.interpreterId)).toEqual([id('bg1')]);
    const theirs = all.find((o: { interpreterId: string }) => o.interpreterId === id('bg2'));
    expect((await call(cookieOf('bg1'), 'POST', `/offers/${theirs.id}/decline`, {})).statusCode).toBe(404);

    const manual = await insertRequest(db, {
      organisationId: org,
      start: '2027-01-21T08:00:00Z',
      language: 'bg',
    });
    await call(dispatcher, 'PATCH', `/requests/${manual.id}/auto-offers`, { enabled: false });
    expect(await sendAutomaticOffers(t.platform, manual.id)).toBe(0);
    const nobody = await insertRequest(db, {
      organisationId: org,
      start: '2027-01-21T08:00:00Z',
      language: 'sw',
    });
    expect(await sendAutomaticOffers(t.platform, nobody.id)).toBe(0);
    const none = await call(dispatcher, 'POST', `/requests/${nobody.id}/offers`, { top: 3 });
    expect(none.json().code).toBe('INTERPRETING.NO_CANDIDATES');
  });
});
