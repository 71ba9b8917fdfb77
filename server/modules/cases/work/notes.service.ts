import { desc, eq } from 'drizzle-orm';
import type { CaseNote, CreateNote } from '../../../../contracts/case-work.ts';
import type { Actor, RequestContext } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db/index.ts';
import { hasPermission } from '../../../platform/identity/index.ts';
import { type CaseRow, openCaseForWork, recordCaseEvent, touchCase } from '../case-access.ts';
import { caseNotes } from '../cases.tables.ts';
import { type Names, refOf, userNames } from './work.repository.ts';
import { actorOf } from './work-guards.ts';

type NoteRow = typeof caseNotes.$inferSelect;

/**
 * Who reads a confidential note in full: its author, the case's assignee and holders of
 * `cases.confidential`. Everyone else who may see the case learns only that it exists.
 */
export function mayReadConfidential(
  actor: Actor,
  caseRow: Pick<CaseRow, 'assigneeId'>,
  note: NoteRow,
): boolean {
  return (
    note.authorId === actor.id ||
    caseRow.assigneeId === actor.id ||
    hasPermission(actor.roles, 'cases.confidential')
  );
}

function toNote(row: NoteRow, names: Names, readable: boolean): CaseNote {
  const author = refOf(names, row.authorId);
  const createdAt = row.createdAt.toISOString();
  if (row.confidentiality === 'confidential' && !readable) {
    return { id: row.id, confidentiality: 'confidential', author, createdAt, hidden: true };
  }
  const confidentiality = row.confidentiality === 'confidential' ? 'confidential' : 'standard';
  return { id: row.id, confidentiality, body: row.body, author, createdAt, hidden: false };
}

/** The notes, newest first; confidential ones the reader may not read come without their body. */
export async function listNotes(db: Db, ctx: RequestContext, caseId: string): Promise<CaseNote[]> {
  const caseRow = await openCaseForWork(db, ctx, caseId);
  const actor = actorOf(ctx);
  const rows = await db
    .select()
    .from(caseNotes)
    .where(eq(caseNotes.caseId, caseId))
    .orderBy(desc(caseNotes.createdAt), desc(caseNotes.id));
  const names = await userNames(
    db,
    rows.map((row) => row.authorId),
  );
  return rows.map((row) => toNote(row, names, mayReadConfidential(actor, caseRow, row)));
}

/** Adds a note; the audit row (and so the timeline) never holds a note's text. */
export async function addNote(
  db: Db,
  ctx: RequestContext,
  caseId: string,
  input: CreateNote,
): Promise<CaseNote> {
  await openCaseForWork(db, ctx, caseId, { write: true });
  const actor = actorOf(ctx);
  const row = await db.transaction(async (tx) => {
    const [inserted] = await tx
      .insert(caseNotes)
      .values({ caseId, body: input.body, confidentiality: input.confidentiality, authorId: actor.id })
      .returning();
    if (!inserted) throw new Error('insert returned no row');
    await recordCaseEvent(tx, ctx, caseId, 'case.note.added', {
      noteId: inserted.id,
      confidentiality: inserted.confidentiality,
    });
    await touchCase(tx, caseId);
    return inserted;
  });
  return toNote(row, new Map([[actor.id, actor.name]]), true);
}
