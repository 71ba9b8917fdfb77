import { and, eq, isNotNull, isNull, lt, type SQL, sql } from 'drizzle-orm';
import type { CaseType } from '../../../../contracts/case-types.ts';
import { type Db, sqlState } from '../../../platform/db/index.ts';
import { people, users } from '../../../platform/identity/identity.tables.ts';
import {
  caseAppointments,
  caseContacts,
  caseDocuments,
  caseNotes,
  casePeople,
  caseReferrals,
  caseStatusHistory,
  cases,
  caseTasks,
} from '../cases.tables.ts';
import { scholarshipScores } from '../scholarships/scholarships.tables.ts';

/** The start of a Brussels calendar day, as an instant the database compares with timestamptz. */
const brusselsMidnight = (day: string): SQL => sql`(${day}::date::timestamp at time zone 'Europe/Brussels')`;

/** Ids of the cases of one type closed before the cutoff day and not anonymised yet. */
export async function expiredCaseIds(db: Db, type: CaseType, cutoffDay: string): Promise<string[]> {
  const rows = await db
    .select({ id: cases.id })
    .from(cases)
    .where(
      and(
        eq(cases.type, type),
        isNotNull(cases.closedAt),
        isNull(cases.anonymisedAt),
        lt(cases.closedAt, brusselsMidnight(cutoffDay)),
      ),
    )
    .orderBy(cases.closedAt);
  return rows.map((row) => row.id);
}

export type LockedCase = { id: string; type: string; fields: Record<string, unknown> };

/** Locks a case that still waits for anonymisation; null when another run was first. */
export async function lockCaseToAnonymise(db: Db, caseId: string): Promise<LockedCase | null> {
  const [row] = await db
    .select({ id: cases.id, type: cases.type, fields: cases.fields })
    .from(cases)
    .where(and(eq(cases.id, caseId), isNull(cases.anonymisedAt), isNotNull(cases.closedAt)))
    .for('update');
  return row ?? null;
}

/** Removes the case's links to people; answers the people that were linked. */
export async function unlinkPeople(db: Db, caseId: string): Promise<string[]> {
  const rows = await db
    .delete(casePeople)
    .where(eq(casePeople.caseId, caseId))
    .returning({ personId: casePeople.personId });
  return rows.map((row) => row.personId);
}

/**
 * Deletes those of the given people that nothing refers to any more: no other case and no user
 * account. Each delete runs in a savepoint, so a reference from a table added later (a foreign
 * key we do not know here) keeps the person instead of failing the whole anonymisation.
 */
export async function deleteOrphanPeople(db: Db, personIds: readonly string[]): Promise<number> {
  let deleted = 0;
  for (const personId of personIds) {
    try {
      const rows = await db.transaction(async (savepoint) =>
        savepoint
          .delete(people)
          .where(
            and(
              eq(people.id, personId),
              sql`not exists (select 1 from ${casePeople} where ${casePeople.personId} = ${personId})`,
              sql`not exists (select 1 from ${users} where ${users.personId} = ${personId})`,
            ),
          )
          .returning({ id: people.id }),
      );
      deleted += rows.length;
    } catch (error) {
      if (sqlState(error) !== '23503') throw error;
    }
  }
  return deleted;
}

export type ClearedCounts = { notes: number; contacts: number; documents: number };

/** Deletes or blanks every free text and link a case holds besides its fields and title. */
export async function clearCaseContent(db: Db, caseId: string): Promise<ClearedCounts> {
  const counts = await deleteCaseContent(db, caseId);
  await blankFreeText(db, caseId);
  return counts;
}

/** Notes, the contact log and the document links go entirely. */
async function deleteCaseContent(db: Db, caseId: string): Promise<ClearedCounts> {
  const notes = await db
    .delete(caseNotes)
    .where(eq(caseNotes.caseId, caseId))
    .returning({ id: caseNotes.id });
  const contacts = await db
    .delete(caseContacts)
    .where(eq(caseContacts.caseId, caseId))
    .returning({ id: caseContacts.id });
  const documents = await db
    .delete(caseDocuments)
    .where(eq(caseDocuments.caseId, caseId))
    .returning({ id: caseDocuments.id });
  return { notes: notes.length, contacts: contacts.length, documents: documents.length };
}

/** What the figures count stays (dates, statuses, deadline keys); the free text in it goes. */
async function blankFreeText(db: Db, caseId: string): Promise<void> {
  const now = new Date();
  await db
    .update(caseAppointments)
    .set({ notes: null, location: null, updatedAt: now })
    .where(eq(caseAppointments.caseId, caseId));
  await db
    .update(caseTasks)
    .set({ title: ANONYMISED_TASK_TITLE, updatedAt: now })
    .where(eq(caseTasks.caseId, caseId));
  await db
    .update(caseReferrals)
    .set({ reason: null, updatedAt: now })
    .where(eq(caseReferrals.caseId, caseId));
  // The history rows stay (the figures count time in status); only their free-text reason goes.
  await db.update(caseStatusHistory).set({ reason: null }).where(eq(caseStatusHistory.caseId, caseId));
  await db
    .update(scholarshipScores)
    .set({ comment: null, updatedAt: now })
    .where(eq(scholarshipScores.caseId, caseId));
}

export const ANONYMISED_TITLE = 'Geanonimiseerd dossier';
export const ANONYMISED_TASK_TITLE = 'Taak (geanonimiseerd)';

/** The last step: the case keeps its reference, type, status, dates and the counted fields. */
export async function markAnonymised(
  db: Db,
  caseId: string,
  keptFields: Record<string, unknown>,
): Promise<void> {
  await db
    .update(cases)
    .set({
      fields: keptFields,
      title: ANONYMISED_TITLE,
      publicCodeHash: null,
      anonymisedAt: sql`now()`,
      updatedAt: sql`now()`,
      version: sql`${cases.version} + 1`,
    })
    .where(eq(cases.id, caseId));
}
