import { count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CASE_FIELD_SCHEMAS,
  CASE_STATUSES,
  CASE_TYPES,
  type CaseType,
  isClosedStatus,
} from '../../../../contracts/case-types.ts';
import { normaliseKbo } from '../../../../contracts/people.ts';
import { createTestDatabase } from '../../../../test/database.ts';
import { auditLog } from '../../../platform/audit/audit.tables.ts';
import { systemContext } from '../../../platform/context.ts';
import { type Database, queryRows } from '../../../platform/db/index.ts';
import { seedDemoData } from '../../../platform/demo/index.ts';
import { organisations, teams } from '../../../platform/identity/identity.tables.ts';
import { createLogger } from '../../../platform/logger.ts';
import { CASE_DEFINITIONS } from '../case-types/index.ts';
import { caseReferenceCounters, caseStatusHistory, cases, caseTasks } from '../cases.tables.ts';
import { anonymiseExpiredCases } from '../retention/anonymise.ts';
import { scholarshipCalls, scholarshipScores } from '../scholarships/scholarships.tables.ts';
import { seedCasesDemo } from './seed.ts';

const ctx = systemContext('demo:cases');

describe('cases demo data', () => {
  let database: Database;
  let first: Record<string, number>;
  let seconds: number;
  beforeAll(async () => {
    database = await createTestDatabase();
    await seedDemoData({ database, logger: createLogger({ LOG_LEVEL: 'silent' }) });
    const started = performance.now();
    first = await seedCasesDemo(database.db, ctx);
    seconds = (performance.now() - started) / 1000;
    console.info(`cases demo seed: ${seconds.toFixed(2)} s`, first);
  }, 120_000);
  afterAll(() => database.close());

  it('creates over two hundred cases of every type in both teams, quickly', async () => {
    const db = database.db;
    const byType = await db.select({ type: cases.type, n: count() }).from(cases).groupBy(cases.type);
    const total = byType.reduce((sum, row) => sum + row.n, 0);
    expect(total).toBeGreaterThanOrEqual(200);
    expect(first.cases).toBe(total);
    expect(byType.map((row) => row.type).sort()).toEqual([...CASE_TYPES].sort());
    const byTeam = await db
      .select({ name: teams.name, n: count() })
      .from(cases)
      .innerJoin(teams, eq(teams.id, cases.teamId))
      .groupBy(teams.name);
    expect(byTeam.map((row) => row.name).sort()).toEqual(['Team Onthaal Noord', 'Team Onthaal Zuid']);
    expect(byTeam.every((row) => row.n >= 80)).toBe(true);
    expect(seconds).toBeLessThan(20);
  });

  it('keeps every case valid: fields, status, closing date, reference', async () => {
    const rows = await database.db.select().from(cases);
    for (const row of rows) {
      const type = row.type as CaseType;
      const parsed = CASE_FIELD_SCHEMAS[type].strict().safeParse(row.fields);
      expect(parsed.success, `${row.reference} fields`).toBe(true);
      expect(Object.keys(CASE_STATUSES[type]), row.reference).toContain(row.status);
      expect(row.closedAt !== null, `${row.reference} closedAt`).toBe(isClosedStatus(type, row.status));
      expect(row.reference).toMatch(/^D-\d{4}-\d{6}$/);
    }
    const counters = await database.db.select().from(caseReferenceCounters);
    for (const row of rows) {
      const [, year, number] = row.reference.split('-');
      const counter = counters.find((c) => c.year === Number(year));
      // The counter is past every demo number: the next case made by hand cannot collide.
      expect(counter?.last ?? 0).toBeGreaterThanOrEqual(Number(number));
    }
    const statuses = new Set(rows.map((row) => `${row.type}:${row.status}`));
    expect(statuses.size).toBeGreaterThanOrEqual(25);
    expect(rows.filter((row) => row.origin === 'portal').length).toBeGreaterThanOrEqual(3);
    expect(rows.every((row) => row.publicCodeHash === null)).toBe(true);
  });

  it('records a status history that ends in each case status and follows the machine', async () => {
    const history = await database.db
      .select()
      .from(caseStatusHistory)
      .orderBy(caseStatusHistory.caseId, caseStatusHistory.at);
    const rows = await database.db
      .select({ id: cases.id, type: cases.type, status: cases.status })
      .from(cases);
    const byCase = new Map<string, typeof history>();
    for (const step of history) byCase.set(step.caseId, [...(byCase.get(step.caseId) ?? []), step]);
    for (const row of rows) {
      const steps = byCase.get(row.id) ?? [];
      const definition = CASE_DEFINITIONS[row.type as CaseType];
      expect(steps[0]?.toStatus).toBe(definition.initial);
      expect(steps.at(-1)?.toStatus).toBe(row.status);
      for (const [index, step] of steps.entries()) {
        expect(step.fromStatus).toBe(index === 0 ? null : steps[index - 1]?.toStatus);
      }
    }
  });

  it('has deadlines, overdue tasks, a scholarship call with scores, partners and old closed cases', async () => {
    const db = database.db;
    const keys = await queryRows<{ key: string; n: number }>(
      db,
      sql`select deadline_key as key, count(*)::int as n from case_tasks where deadline_key is not null group by deadline_key`,
    );
    const byKey = Object.fromEntries(keys.map((row) => [row.key, row.n]));
    for (const key of ['naric_decision', 'missing_documents', 'school_start'])
      expect(byKey[key], key).toBeGreaterThan(0);
    const [overdue] = await db
      .select({ n: count() })
      .from(caseTasks)
      .where(sql`${caseTasks.doneAt} is null and ${caseTasks.dueOn} < current_date`);
    expect(overdue?.n).toBeGreaterThan(0);
    const [call] = await db
      .select()
      .from(scholarshipCalls)
      .where(eq(scholarshipCalls.academicYear, '2026-2027'));
    expect(call).toMatchObject({ budgetCents: 888_000, grantCents: 29_600 });
    expect(['open', 'closed']).toContain(call?.status);
    const linked = await queryRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from cases where fields->>'callId' = ${call?.id ?? ''}`,
    );
    expect(linked[0]?.n).toBeGreaterThanOrEqual(15);
    const [scores] = await db.select({ n: count() }).from(scholarshipScores);
    expect(scores?.n).toBeGreaterThan(5);
    const partners = await db
      .select()
      .from(organisations)
      .where(
        sql`${organisations.name} in ('CVO Gent','OCMW Gent','VDAB Gent','Huis van het Nederlands Gent')`,
      );
    expect(partners).toHaveLength(4);
    for (const org of await db.select().from(organisations)) {
      if (org.kboNumber) expect(normaliseKbo(org.kboNumber)).toBe(org.kboNumber);
    }
    // Closed longer ago than the type keeps them: the retention job has work.
    const stale = await db.select({ id: cases.id, type: cases.type, closedAt: cases.closedAt }).from(cases);
    const due = stale.filter((row) => {
      if (!row.closedAt) return false;
      const limit = new Date();
      limit.setUTCMonth(limit.getUTCMonth() - CASE_DEFINITIONS[row.type as CaseType].retentionMonths);
      return row.closedAt < limit;
    });
    expect(due.length).toBeGreaterThanOrEqual(3);
  });

  it('gives the retention job closed cases to anonymise', async () => {
    const report = await anonymiseExpiredCases(database.db, new Date());
    expect(report.failed).toBe(0);
    expect(report.anonymised).toBeGreaterThanOrEqual(5);
  });

  it('audits every case once and adds nothing on a second run', async () => {
    const db = database.db;
    const [created] = await db
      .select({ n: count() })
      .from(auditLog)
      .where(eq(auditLog.action, 'case.created'));
    expect(created?.n).toBe(first.cases);
    const before = await Promise.all([
      db.select({ n: count() }).from(cases),
      db.select({ n: count() }).from(auditLog),
    ]);
    const second = await seedCasesDemo(db, ctx);
    expect(Object.values(second).every((n) => n === 0)).toBe(true);
    const after = await Promise.all([
      db.select({ n: count() }).from(cases),
      db.select({ n: count() }).from(auditLog),
    ]);
    expect(after).toEqual(before);
  });
});
