import { count, countDistinct, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/app.ts';
import { signIn } from '../../../../test/factories.ts';
import { auditLog } from '../../../platform/audit/audit.tables.ts';
import { systemContext } from '../../../platform/context.ts';
import { queryRows } from '../../../platform/db/index.ts';
import { demoId } from '../../../platform/demo/demo-ids.ts';
import { DEMO_PASSWORD, seedDemoData } from '../../../platform/demo/index.ts';
import { DEFAULT_MATCH_PARAMS } from '../dispatch/dispatch-params.ts';
import { rankCandidates } from '../dispatch/ranking.service.ts';
import {
  assignments,
  interpreterLanguages,
  interpreters,
  interpretingRequests,
  requestingOrganisations,
} from '../interpreting.tables.ts';
import { seedInterpretingDemo } from './seed.ts';

describe('interpreting demo data', () => {
  let t: TestApp;
  let first: Record<string, number>;
  let seconds: number;
  beforeAll(async () => {
    t = await createTestApp();
    await seedDemoData(t.platform);
    const started = performance.now();
    first = await seedInterpretingDemo(t.platform.database.db, systemContext('demo:interpreting'));
    seconds = (performance.now() - started) / 1000;
  });
  afterAll(() => t.close());

  it('meets the issue minimums, quickly', async () => {
    const db = t.platform.database.db;
    const [[orgs], [register], [languages], [requests]] = await Promise.all([
      db.select({ n: count() }).from(requestingOrganisations),
      db.select({ n: count() }).from(interpreters),
      db.select({ n: countDistinct(interpreterLanguages.language) }).from(interpreterLanguages),
      db
        .select({ n: count(), days: countDistinct(sql`${interpretingRequests.startsAt}::date`) })
        .from(interpretingRequests),
    ]);
    expect(orgs?.n).toBeGreaterThanOrEqual(15);
    expect(register?.n).toBeGreaterThanOrEqual(60);
    expect(languages?.n).toBeGreaterThanOrEqual(25);
    expect(requests?.n).toBeGreaterThanOrEqual(200);
    expect(requests?.days).toBeGreaterThanOrEqual(18);
    expect(first.assignments).toBeGreaterThan(100);
    expect(first.timesheets).toBeGreaterThan(30);
    expect(seconds).toBeLessThan(10);
  });

  it('gives every language at least two interpreters', async () => {
    const rows = await queryRows<{ language: string; n: number }>(
      t.platform.database.db,
      sql`select language, count(distinct interpreter_id)::int as n from interpreter_languages group by language`,
    );
    expect(rows.filter((row) => row.n < 2)).toEqual([]);
  });

  it('has every kind of request the portals show, and the hospital books several', async () => {
    const db = t.platform.database.db;
    const statuses = await db
      .select({ status: interpretingRequests.status, n: count() })
      .from(interpretingRequests)
      .groupBy(interpretingRequests.status);
    const by = Object.fromEntries(statuses.map((row) => [row.status, row.n]));
    for (const status of ['submitted', 'offered', 'assigned', 'performed', 'approved', 'cancelled']) {
      expect(by[status], status).toBeGreaterThan(0);
    }
    const [hospital] = await db
      .select({ n: count() })
      .from(interpretingRequests)
      .where(eq(interpretingRequests.organisationId, demoId('organisation:hospital')));
    expect(hospital?.n).toBeGreaterThanOrEqual(10);
    const [linked] = await db
      .select({ id: interpreters.id })
      .from(interpreters)
      .where(eq(interpreters.userId, demoId('user:interpreter')));
    expect(linked).toBeDefined();
    const [own] = await db
      .select({ n: count() })
      .from(assignments)
      .where(eq(assignments.interpreterId, linked?.id ?? ''));
    expect(own?.n).toBeGreaterThanOrEqual(5);
  });

  it('charges exactly the approved sessions, with the published tariff', async () => {
    const rows = await queryRows<{ status: string; charged: number; cents: number }>(
      t.platform.database.db,
      sql`select r.status, count(c.id)::int as charged, coalesce(min(c.amount_cents), 0)::int as cents
          from interpreting_requests r left join interpreting_charges c on c.request_id = r.id
          where r.status in ('approved', 'performed') group by r.status`,
    );
    const by = Object.fromEntries(rows.map((row) => [row.status, row]));
    expect(by.performed?.charged).toBe(0);
    expect(by.approved?.charged).toBe(first.charges);
    expect(by.approved?.cents).toBeGreaterThan(0);
  });

  it('gives the dispatcher ranked candidates and the demo interpreter her offers', async () => {
    const db = t.platform.database.db;
    const open = await queryRows<{ id: string }>(
      db,
      sql`select id from interpreting_requests where status = 'submitted' and starts_at > now() order by id`,
    );
    expect(open.length).toBeGreaterThanOrEqual(10);
    const sample = open.slice(0, 16);
    const ranked = await Promise.all(sample.map((r) => rankCandidates(db, DEFAULT_MATCH_PARAMS, r.id)));
    const withCandidates = ranked.filter((list) => (list?.length ?? 0) > 0).length;
    expect(withCandidates / sample.length).toBeGreaterThan(0.5);
    const cookie = await signIn(t.app, 'interpreter@demo.wegwijs.test', DEMO_PASSWORD);
    const offers = await t.app.inject({ url: '/api/interpreting/offers?status=open', headers: { cookie } });
    expect(offers.statusCode).toBe(200);
    expect(offers.json().length).toBeGreaterThanOrEqual(1);
  });

  it('never double-books: no two active busy ranges of one interpreter overlap', async () => {
    const rows = await queryRows<{ n: number }>(
      t.platform.database.db,
      sql`select count(*)::int as n from interpreting_assignments a join interpreting_assignments b
          on a.interpreter_id = b.interpreter_id and a.id < b.id
          where a.status = 'active' and b.status = 'active'
            and tstzrange(a.busy_from, a.ends_at, '[)') && tstzrange(b.busy_from, b.ends_at, '[)')`,
    );
    expect(rows[0]?.n).toBe(0);
  });

  it('creates nothing on a second run and audits the first one', async () => {
    const db = t.platform.database.db;
    const [before] = await db.select({ n: count() }).from(auditLog);
    const second = await seedInterpretingDemo(db, systemContext('demo:interpreting'));
    expect(Object.values(second).every((n) => n === 0)).toBe(true);
    const [after] = await db.select({ n: count() }).from(auditLog);
    expect(after?.n).toBe(before?.n);
    const [seeded] = await db.select({ n: count() }).from(auditLog).where(eq(auditLog.action, 'demo.seeded'));
    expect(seeded?.n).toBe(Object.values(first).filter((n) => n > 0).length);
  });
});
