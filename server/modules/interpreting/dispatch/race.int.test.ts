import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, ORIGIN, type TestApp } from '../../../../test/app.ts';
import { insertOrganisation, insertUser, signIn } from '../../../../test/factories.ts';
import { sqlState } from '../../../platform/db/index.ts';
import { assignments, interpretingRequests, offers } from '../interpreting.tables.ts';
import { insertInterpreter } from './dispatch.test-support.ts';

const onPostgres = Boolean(process.env.TEST_DATABASE_URL);
const RACERS = 200;

if (!onPostgres) {
  console.info('dispatch race test skipped: it needs real PostgreSQL (set TEST_DATABASE_URL)');
}

/**
 * 200 interpreters' worth of accepts at once, all for one interpreter: 200 requests at
 * overlapping times, each with an open offer to her. PGlite runs one transaction at a time, so
 * only PostgreSQL can show that the locks and the exclusion constraint hold under a real race.
 */
describe.skipIf(!onPostgres)('race: 200 concurrent accepts of overlapping offers (PostgreSQL only)', () => {
  let t: TestApp;
  let cookie: string;
  let interpreterId: string;
  let offerIds: string[];

  beforeAll(async () => {
    t = await createTestApp();
    const db = t.platform.database.db;
    const org = (await insertOrganisation(db)).id;
    const user = await insertUser(db, { roles: ['interpreter'] });
    interpreterId = (await insertInterpreter(db, { userId: user.id })).id;
    cookie = await signIn(t.app, user.email);
    const base = Date.parse('2027-03-02T08:00:00Z');
    const requests = await db
      .insert(interpretingRequests)
      .values(
        Array.from({ length: RACERS }, (_, i) => ({
          reference: `T-RACE-${String(i).padStart(4, '0')}-${interpreterId.slice(0, 6)}`,
          organisationId: org,
          status: 'offered',
          mode: 'video',
          language: 'ar',
          // Every request overlaps every other one: starts spread over 50 minutes, each 60 long.
          startsAt: new Date(base + (i % 50) * 60_000),
          endsAt: new Date(base + (i % 50) * 60_000 + 3_600_000),
          sector: 'health',
          conversationType: 'medical_consultation',
          clientReference: `R-${i}`,
          offerRound: 1,
        })),
      )
      .returning({ id: interpretingRequests.id });
    const inserted = await db
      .insert(offers)
      .values(
        requests.map((r) => ({
          requestId: r.id,
          interpreterId,
          round: 1,
          expiresAt: new Date(Date.now() + 3_600_000),
        })),
      )
      .returning({ id: offers.id });
    offerIds = inserted.map((o) => o.id);
  });
  afterAll(() => t?.close());

  it('ends in exactly one assignment; every other accept is a 409', async () => {
    const responses = await Promise.all(
      offerIds.map((id) =>
        t.app.inject({
          method: 'POST',
          url: `/api/interpreting/offers/${id}/accept`,
          headers: { cookie, origin: ORIGIN },
        }),
      ),
    );
    const statuses = responses.map((r) => r.statusCode);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(RACERS - 1);
    const codes = new Set(responses.filter((r) => r.statusCode === 409).map((r) => r.json().code));
    expect(
      [...codes].every((c) =>
        ['INTERPRETING.INTERPRETER_NOT_ELIGIBLE', 'INTERPRETING.SLOT_TAKEN'].includes(c),
      ),
    ).toBe(true);
    const booked = await t.platform.database.db
      .select()
      .from(assignments)
      .where(eq(assignments.interpreterId, interpreterId));
    expect(booked).toHaveLength(1);
    const accepted = await t.platform.database.db.select().from(offers).where(eq(offers.status, 'accepted'));
    expect(accepted.map((o) => o.requestId)).toEqual([booked[0]?.requestId]);
  });

  it('the exclusion constraint alone refuses all but one of 20 concurrent overlapping inserts', async () => {
    const db = t.platform.database.db;
    const other = await insertInterpreter(db);
    // Requests nobody holds yet, so only the busy ranges can clash (not the one-per-request index).
    const requests = await db
      .select({ id: interpretingRequests.id })
      .from(interpretingRequests)
      .where(
        sql`not exists (select 1 from interpreting_assignments a where a.request_id = ${interpretingRequests.id})`,
      )
      .limit(20);
    expect(requests).toHaveLength(20);
    const base = Date.parse('2027-03-09T08:00:00Z');
    const results = await Promise.allSettled(
      requests.map((r, i) =>
        db.insert(assignments).values({
          requestId: r.id,
          interpreterId: other.id,
          startsAt: new Date(base + i * 60_000),
          endsAt: new Date(base + i * 60_000 + 3_600_000),
          travelBeforeMinutes: 15,
          busyFrom: new Date(base + i * 60_000 - 15 * 60_000),
          source: 'assigned',
        }),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = results.flatMap((r) => (r.status === 'rejected' ? [sqlState(r.reason)] : []));
    // Without the application's row lock, two inserts may each wait for the other's commit:
    // PostgreSQL then aborts one as a deadlock (40P01) instead of a conflict (23P01). Either way
    // the database refused it.
    expect(refused).toHaveLength(requests.length - 1);
    for (const state of refused) expect(['23P01', '40P01']).toContain(state);
  }, 120_000);
});
