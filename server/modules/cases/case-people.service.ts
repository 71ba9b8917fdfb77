import { and, eq } from 'drizzle-orm';
import type { LinkCasePerson } from '../../../contracts/cases.ts';
import { CreatePersonRequestSchema } from '../../../contracts/people.ts';
import type { RequestContext } from '../../platform/context.ts';
import { type Db, sqlState } from '../../platform/db/index.ts';
import { AppError } from '../../platform/http/app-error.ts';
import { createPerson } from '../../platform/identity/index.ts';
import { openCaseForWork, recordCaseEvent, touchCase } from './case-access.ts';
import { selectCasePeople } from './cases.repository.ts';
import { casePeople } from './cases.tables.ts';

type LinkedPerson = Awaited<ReturnType<typeof selectCasePeople>>[number];

export async function listCasePeople(db: Db, ctx: RequestContext, caseId: string): Promise<LinkedPerson[]> {
  await openCaseForWork(db, ctx, caseId);
  return selectCasePeople(db, caseId);
}

/** Links an existing person or a new one (a family member, the other parent) to the case. */
export async function linkCasePerson(
  db: Db,
  ctx: RequestContext,
  caseId: string,
  input: LinkCasePerson,
): Promise<LinkedPerson[]> {
  await openCaseForWork(db, ctx, caseId, { write: true });
  await db.transaction(async (tx) => {
    const personId = input.person
      ? (await createPerson(tx, ctx, CreatePersonRequestSchema.parse(input.person))).id
      : (input.personId ?? '');
    const inserted = await tx
      .insert(casePeople)
      .values({ caseId, personId, role: input.role })
      .onConflictDoNothing()
      .returning()
      .catch((error: unknown) => {
        // The foreign key, not a check first: a person deleted meanwhile is refused all the same.
        if (sqlState(error) === '23503') throw new AppError('CASES.UNKNOWN_PERSON');
        throw error;
      });
    if (inserted.length === 0)
      throw new AppError('COMMON.CONFLICT', 'This person is already linked to the case');
    await recordCaseEvent(tx, ctx, caseId, 'case.person.linked', { personId, role: input.role });
    await touchCase(tx, caseId);
  });
  return selectCasePeople(db, caseId);
}

export async function unlinkCasePerson(
  db: Db,
  ctx: RequestContext,
  caseId: string,
  personId: string,
): Promise<void> {
  await openCaseForWork(db, ctx, caseId, { write: true });
  await db.transaction(async (tx) => {
    const removed = await tx
      .delete(casePeople)
      .where(and(eq(casePeople.caseId, caseId), eq(casePeople.personId, personId)))
      .returning();
    if (removed.length === 0) throw new AppError('COMMON.NOT_FOUND', 'This person is not linked to the case');
    await recordCaseEvent(tx, ctx, caseId, 'case.person.unlinked', { personId });
    await touchCase(tx, caseId);
  });
}
