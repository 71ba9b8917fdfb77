import { asc, eq, like } from 'drizzle-orm';
import type { Db } from '../../../platform/db/index.ts';
import { teams } from '../../../platform/identity/identity.tables.ts';
import { caseDocuments, caseNotes, cases, caseTasks } from '../cases.tables.ts';
import { scholarshipCalls } from '../scholarships/scholarships.tables.ts';

/** The queries of the portal's forms and status page; the case itself is made by the core service. */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;

/** A team by its exact name (or its id, when the parameter holds one). */
export async function selectTeamByName(db: Db, nameOrId: string): Promise<string | undefined> {
  const where = UUID.test(nameOrId) ? eq(teams.id, nameOrId) : eq(teams.name, nameOrId);
  const [row] = await db.select({ id: teams.id }).from(teams).where(where);
  return row?.id;
}

/** The first team, by name, whose name starts with `prefix` (LIKE wildcards in it are escaped). */
export async function selectFirstTeamStartingWith(db: Db, prefix: string): Promise<string | undefined> {
  const pattern = `${prefix.replace(/[\\%_]/gu, (c) => `\\${c}`)}%`;
  const [row] = await db
    .select({ id: teams.id })
    .from(teams)
    .where(like(teams.name, pattern))
    .orderBy(asc(teams.name))
    .limit(1);
  return row?.id;
}

/** Only what the form needs to know about a call: whether it takes applications today. */
export async function selectScholarshipCall(db: Db, id: string) {
  const [row] = await db
    .select({
      id: scholarshipCalls.id,
      status: scholarshipCalls.status,
      opensOn: scholarshipCalls.opensOn,
      closesOn: scholarshipCalls.closesOn,
    })
    .from(scholarshipCalls)
    .where(eq(scholarshipCalls.id, id));
  return row;
}

/** The case a status code stands for: only the columns the public may see. */
export async function selectCaseByCodeHash(db: Db, hash: string) {
  const [row] = await db
    .select({
      reference: cases.reference,
      type: cases.type,
      status: cases.status,
      language: cases.language,
      openedAt: cases.openedAt,
      updatedAt: cases.updatedAt,
      closedAt: cases.closedAt,
    })
    .from(cases)
    .where(eq(cases.publicCodeHash, hash));
  return row;
}

export async function insertCaseDocument(
  db: Db,
  values: { caseId: string; fileId: string; title: string; checklistItem: string },
): Promise<string> {
  const [row] = await db.insert(caseDocuments).values(values).returning({ id: caseDocuments.id });
  if (!row) throw new Error('insert returned no row');
  return row.id;
}

export async function insertCaseTask(
  db: Db,
  values: { caseId: string; title: string; dueOn: string },
): Promise<string> {
  const [row] = await db.insert(caseTasks).values(values).returning({ id: caseTasks.id });
  if (!row) throw new Error('insert returned no row');
  return row.id;
}

export async function insertCaseNote(db: Db, values: { caseId: string; body: string }): Promise<string> {
  const [row] = await db
    .insert(caseNotes)
    .values({ ...values, confidentiality: 'standard' })
    .returning({ id: caseNotes.id });
  if (!row) throw new Error('insert returned no row');
  return row.id;
}
