import { eq, sql } from 'drizzle-orm';
import { recordAudit } from '../../../platform/audit/index.ts';
import type { RequestContext } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db/index.ts';
import { demoId } from '../../../platform/demo/demo-ids.ts';
import { seededRandom } from '../../../platform/demo/index.ts';
import { users } from '../../../platform/identity/identity.tables.ts';
import { brusselsDate } from '../brussels-time.ts';
import { assignments, charges, interpretingRequests, offers, timesheets } from '../interpreting.tables.ts';
import { demoCharges } from './demo-charges.ts';
import { type DemoMonth, demoMonth, type Requester } from './demo-month.ts';
import { seedAgencyRequester } from './seed-agency.ts';
import { insertCounted, type RegisterEntry, seedInterpreters } from './seed-interpreters.ts';
import { seedRequesters } from './seed-requesters.ts';

/**
 * Synthetic interpreting data for the demo, after the platform's demo seed: requesting
 * organisations with units, 69 interpreters over 30 languages, and a month of requests (two weeks
 * back, two ahead of today) with assignments, offers and timesheets. Fixed ids (`demoId`) make a
 * second run create nothing; the month is only written when none of it exists yet, because it is
 * drawn around the day of the run and another day would draw other, overlapping, jobs.
 */
export async function seedInterpretingDemo(db: Db, ctx: RequestContext): Promise<Record<string, number>> {
  return seedInterpretingDemoAt(db, ctx, new Date());
}

export async function seedInterpretingDemoAt(
  db: Db,
  ctx: RequestContext,
  now: Date,
): Promise<Record<string, number>> {
  return db.transaction(async (tx) => {
    const report: Record<string, number> = {};
    const requesters = await seedRequesters(tx, report);
    await seedAgencyRequester(tx, report);
    const register = await seedInterpreters(tx, report, now);
    const month = await seedMonth(tx, report, { now, requesters, register });
    report.requests = month;
    for (const [entity, created] of Object.entries(report)) {
      // One summary row per table: the rows are synthetic and their ids derive from fixed names.
      if (created > 0) {
        await recordAudit(tx, ctx, {
          action: 'demo.seeded',
          entity: `interpreting.${entity}`,
          after: { created },
        });
      }
    }
    return report;
  });
}

async function seedMonth(
  db: Db,
  report: Record<string, number>,
  input: { now: Date; requesters: Requester[]; register: RegisterEntry[] },
): Promise<number> {
  const [seeded] = await db
    .select({ id: interpretingRequests.id })
    .from(interpretingRequests)
    .where(eq(interpretingRequests.id, demoId('interpreting:request:0')));
  if (seeded || input.requesters.length === 0 || input.register.length === 0) return 0;
  const today = brusselsDate(input.now);
  const [requester] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.id, demoId('user:requester')));
  const month = demoMonth({
    random: seededRandom(2027_0112),
    today,
    now: input.now,
    interpreters: input.register,
    requesters: input.requesters,
    requesterUserId: requester?.id ?? null,
  });
  return writeMonth(db, report, month, `T-${today.slice(0, 4)}-`);
}

async function writeMonth(
  db: Db,
  report: Record<string, number>,
  month: DemoMonth,
  prefix: string,
): Promise<number> {
  const reference = sql`${prefix}::text || lpad(nextval('interpreting_request_reference_seq')::text, 6, '0')`;
  const requests = await insertCounted(
    month.requests,
    async (chunk) =>
      (
        await db
          .insert(interpretingRequests)
          .values(chunk.map((r) => ({ ...r, reference })))
          .returning({ id: interpretingRequests.id })
      ).length,
  );
  // No ON CONFLICT below: an overlap must fail loudly (exclusion constraint), not vanish.
  report.assignments = await insertCounted(
    month.assignments,
    async (chunk) => (await db.insert(assignments).values(chunk).returning({ id: assignments.id })).length,
  );
  report.offers = await insertCounted(
    month.offers,
    async (chunk) => (await db.insert(offers).values(chunk).returning({ id: offers.id })).length,
  );
  report.timesheets = await insertCounted(
    month.timesheets,
    async (chunk) =>
      (await db.insert(timesheets).values(chunk).returning({ id: timesheets.assignmentId })).length,
  );
  const approved = demoCharges(month);
  report.charges = approved.length
    ? (await db.insert(charges).values(approved).returning({ id: charges.id })).length
    : 0;
  return requests;
}
