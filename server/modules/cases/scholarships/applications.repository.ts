import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/index.ts';
import { people } from '../../../platform/identity/identity.tables.ts';
import type { CaseRow } from '../case-access.ts';
import { casePeople, cases } from '../cases.tables.ts';
import { applicationsOf } from './calls.repository.ts';
import { scholarshipScores } from './scholarships.tables.ts';

export type ScoreRow = typeof scholarshipScores.$inferSelect;

/** A scholarship case, optionally locked for the caller's transaction. */
export async function findApplication(
  db: Db,
  caseId: string,
  options: { lock?: boolean } = {},
): Promise<CaseRow | undefined> {
  const query = db.select().from(cases).where(eq(cases.id, caseId));
  const [row] = options.lock ? await query.for('update') : await query;
  return row;
}

/** The applications of a call in some statuses, oldest first; locked when the award asks. */
export async function selectApplications(
  db: Db,
  callId: string,
  statuses: readonly string[],
  options: { lock?: boolean } = {},
): Promise<CaseRow[]> {
  const query = db
    .select()
    .from(cases)
    .where(and(applicationsOf(callId), inArray(cases.status, [...statuses])))
    .orderBy(asc(cases.openedAt), asc(cases.reference));
  return options.lock ? query.for('update') : query;
}

/** Writes new fields with a compare-and-set on the version (the row is locked by the caller). */
export async function updateApplicationFields(
  db: Db,
  row: CaseRow,
  fields: Record<string, unknown>,
): Promise<CaseRow | undefined> {
  const [updated] = await db
    .update(cases)
    .set({ fields, version: row.version + 1, updatedAt: new Date() })
    .where(and(eq(cases.id, row.id), eq(cases.version, row.version)))
    .returning();
  return updated;
}

/** One row per scorer and application: a second score by the same member replaces the first. */
export async function upsertScore(
  db: Db,
  values: {
    caseId: string;
    scorerId: string;
    scores: Record<string, number>;
    total: number;
    comment: string | null;
  },
): Promise<ScoreRow> {
  const [row] = await db
    .insert(scholarshipScores)
    .values(values)
    .onConflictDoUpdate({
      target: [scholarshipScores.caseId, scholarshipScores.scorerId],
      set: { scores: values.scores, total: values.total, comment: values.comment, updatedAt: new Date() },
    })
    .returning();
  if (!row) throw new Error('upsert returned no row');
  return row;
}

export type ScoreStats = { caseId: string; count: number; average: number };

/** How many members scored each application, and the average of their totals. */
export async function scoreStats(db: Db, caseIds: readonly string[]): Promise<Map<string, ScoreStats>> {
  if (caseIds.length === 0) return new Map();
  const rows = await db
    .select({
      caseId: scholarshipScores.caseId,
      count: sql<number>`count(*)::int`,
      average: sql<number>`avg(${scholarshipScores.total})::float8`,
    })
    .from(scholarshipScores)
    .where(inArray(scholarshipScores.caseId, [...caseIds]))
    .groupBy(scholarshipScores.caseId);
  return new Map(rows.map((row) => [row.caseId, row]));
}

/** The applicant's name for a letter: the applicant, else the client linked to the case. */
export async function applicantName(db: Db, caseId: string): Promise<string | null> {
  const rows = await db
    .select({ givenName: people.givenName, familyName: people.familyName, role: casePeople.role })
    .from(casePeople)
    .innerJoin(people, eq(people.id, casePeople.personId))
    .where(and(eq(casePeople.caseId, caseId), inArray(casePeople.role, ['applicant', 'client'])));
  const chosen = rows.find((row) => row.role === 'applicant') ?? rows[0];
  return chosen ? `${chosen.givenName} ${chosen.familyName}` : null;
}
