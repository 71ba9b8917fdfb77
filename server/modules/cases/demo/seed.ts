import { eq, sql } from 'drizzle-orm';
import { auditLog } from '../../../platform/audit/audit.tables.ts';
import type { RequestContext } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db/index.ts';
import { demoId } from '../../../platform/demo/demo-ids.ts';
import type { FileService } from '../../../platform/files/index.ts';
import { people } from '../../../platform/identity/identity.tables.ts';
import { brusselsToday } from '../case-view.ts';
import {
  caseAppointments,
  caseContacts,
  caseNotes,
  casePeople,
  caseReferenceCounters,
  caseReferrals,
  caseStatusHistory,
  cases,
  caseTasks,
} from '../cases.tables.ts';
import { scholarshipScores } from '../scholarships/scholarships.tables.ts';
import { type Plan, type PlannedCase, planCasesDemo } from './plan.ts';
import { type Created, findRefs, seedCalls, seedPartners } from './seed-refs.ts';

type AuditRow = typeof auditLog.$inferInsert;
type AuditDraft = Omit<AuditRow, 'actorLabel'>;

/** The audit row's actor, as recordAudit writes it (the seed bulk-inserts its rows instead). */
function auditActor(ctx: RequestContext): Pick<AuditRow, 'actorId' | 'actorLabel' | 'requestId'> {
  const system =
    'systemLabel' in ctx && typeof ctx.systemLabel === 'string' ? `system:${ctx.systemLabel}` : 'anonymous';
  return { actorId: ctx.actor?.id ?? null, actorLabel: ctx.actor?.email ?? system, requestId: ctx.requestId };
}

/** Inserts in slices (a statement has at most 65,535 parameters); returns how many rows went in. */
async function insertAll<T>(rows: readonly T[], insert: (slice: T[]) => Promise<unknown[]>): Promise<number> {
  let total = 0;
  for (let start = 0; start < rows.length; start += 500)
    total += (await insert(rows.slice(start, start + 500))).length;
  return total;
}

/**
 * Gives each case its reference from the year's counter, as the service does: one bump per
 * year of the whole block, so a case made later in the year continues after the demo's numbers.
 */
async function withReferences(
  db: Db,
  planned: PlannedCase[],
): Promise<(PlannedCase & { reference: string })[]> {
  const byYear = new Map<number, PlannedCase[]>();
  for (const row of [...planned].sort((a, b) => a.openedAt.getTime() - b.openedAt.getTime())) {
    // The year of the day it was opened in Brussels, as the service numbers a new case.
    const year = Number(brusselsToday(row.openedAt).slice(0, 4));
    byYear.set(year, [...(byYear.get(year) ?? []), row]);
  }
  const numbered: (PlannedCase & { reference: string })[] = [];
  for (const [year, rows] of byYear) {
    const [counter] = await db
      .insert(caseReferenceCounters)
      .values({ year, last: rows.length })
      .onConflictDoUpdate({
        target: caseReferenceCounters.year,
        set: { last: sql`${caseReferenceCounters.last} + ${rows.length}` },
      })
      .returning({ last: caseReferenceCounters.last });
    const first = (counter?.last ?? rows.length) - rows.length + 1;
    for (const [offset, row] of rows.entries()) {
      numbered.push({ ...row, reference: `D-${year}-${String(first + offset).padStart(6, '0')}` });
    }
  }
  return numbered;
}

async function writeCases(db: Db, plan: Plan, report: Record<string, number>): Promise<AuditDraft[]> {
  const rows = await withReferences(db, plan.cases);
  report.cases = await insertAll(rows, (slice) => db.insert(cases).values(slice).returning({ id: cases.id }));
  report.casePeople = await insertAll(plan.casePeople, (slice) =>
    db.insert(casePeople).values(slice).returning({ id: casePeople.caseId }),
  );
  report.statusHistory = await insertAll(plan.history, (slice) =>
    db.insert(caseStatusHistory).values(slice).returning({ id: caseStatusHistory.id }),
  );
  report.tasks = await insertAll(plan.tasks, (slice) =>
    db.insert(caseTasks).values(slice).returning({ id: caseTasks.id }),
  );
  report.notes = await insertAll(plan.notes, (slice) =>
    db.insert(caseNotes).values(slice).returning({ id: caseNotes.id }),
  );
  report.contacts = await insertAll(plan.contacts, (slice) =>
    db.insert(caseContacts).values(slice).returning({ id: caseContacts.id }),
  );
  report.appointments = await insertAll(plan.appointments, (slice) =>
    db.insert(caseAppointments).values(slice).returning({ id: caseAppointments.id }),
  );
  report.referrals = await insertAll(plan.referrals, (slice) =>
    db.insert(caseReferrals).values(slice).returning({ id: caseReferrals.id }),
  );
  report.scholarshipScores = await insertAll(plan.scores, (slice) =>
    db.insert(scholarshipScores).values(slice).returning({ id: scholarshipScores.id }),
  );
  return rows.map((row) => ({
    action: 'case.created',
    entity: 'case',
    entityId: row.id,
    after: {
      reference: row.reference,
      type: row.type,
      status: row.status,
      teamId: row.teamId,
      assigneeId: row.assigneeId,
      origin: row.origin,
      openedAt: row.openedAt.toISOString(),
    },
  }));
}

/** One row per created case, person, organisation and call; one summary row per other table. */
async function writeAudit(db: Db, ctx: RequestContext, rows: AuditDraft[]): Promise<void> {
  const actor = auditActor(ctx);
  await insertAll(rows, (slice) =>
    db
      .insert(auditLog)
      .values(slice.map((row) => ({ ...row, ...actor })))
      .returning({ id: auditLog.id }),
  );
}

/**
 * Synthetic case-management data for the demo, after the platform's demo seed: 235 cases of the
 * five types over the two guidance teams, with their people, status history, deadlines, tasks,
 * notes, contacts, appointments, referrals, two UCT scholarship calls and committee scores.
 * The cases are drawn around the day of the run, so they are written only when none of them
 * exists yet (a second run adds nothing); everything happens in one transaction.
 */
export async function seedCasesDemo(
  db: Db,
  ctx: RequestContext,
  _files?: FileService,
): Promise<Record<string, number>> {
  return seedCasesDemoAt(db, ctx, new Date());
}

export async function seedCasesDemoAt(
  db: Db,
  ctx: RequestContext,
  now: Date,
): Promise<Record<string, number>> {
  return db.transaction(async (tx) => {
    // Two processes seeding at once (two app instances booting) take turns: the second finds the first's cases.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('wegwijs.cases.demo'))`);
    const created: Created = { organisations: [], calls: [] };
    const refs = await findRefs(tx);
    const partners = await seedPartners(tx, created);
    const calls = await seedCalls(tx, brusselsToday(now), created);
    const report: Record<string, number> = {
      organisations: created.organisations.length,
      scholarshipCalls: created.calls.length,
      people: 0,
      cases: 0,
    };
    const audit: AuditDraft[] = [
      ...created.organisations.map((row) => ({
        action: 'organisation.created',
        entity: 'organisation',
        entityId: row.id,
        after: row,
      })),
      ...created.calls.map((row) => ({
        action: 'scholarship_call.created',
        entity: 'scholarship_call',
        entityId: row.id,
        after: row,
      })),
    ];
    const [seeded] = await tx
      .select({ id: cases.id })
      .from(cases)
      .where(eq(cases.id, demoId('cases:case:0')));
    if (!seeded) {
      const plan = planCasesDemo(now, { ...refs, partners }, calls);
      const personIds: string[] = [];
      report.people = await insertAll(plan.people, async (slice) => {
        const rows = await tx.insert(people).values(slice).onConflictDoNothing().returning({ id: people.id });
        personIds.push(...rows.map((row) => row.id));
        return rows;
      });
      audit.push(
        ...personIds.map((id) => ({
          action: 'person.created',
          entity: 'person',
          entityId: id,
          after: { source: 'demo' },
        })),
      );
      audit.push(...(await writeCases(tx, plan, report)));
      for (const [table, count] of Object.entries(report)) {
        if (count > 0 && !['organisations', 'scholarshipCalls', 'people', 'cases'].includes(table)) {
          audit.push({ action: 'demo.seeded', entity: `cases.${table}`, after: { created: count } });
        }
      }
    }
    await writeAudit(tx, ctx, audit);
    return report;
  });
}
