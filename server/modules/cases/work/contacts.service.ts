import { desc, eq } from 'drizzle-orm';
import { type CaseContact, CONTACT_CHANNELS, type CreateContact } from '../../../../contracts/case-work.ts';
import type { RequestContext } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db/index.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import { openCaseForWork, recordCaseEvent, touchCase } from '../case-access.ts';
import { caseContacts } from '../cases.tables.ts';
import { type Names, refOf, userNames } from './work.repository.ts';
import { actorOf } from './work-guards.ts';

type ContactRow = typeof caseContacts.$inferSelect;

// A clock a little ahead on the client's side is not a contact in the future.
const CLOCK_SKEW_MS = 5 * 60 * 1000;

const channelOf = (value: string) => CONTACT_CHANNELS.find((channel) => channel === value) ?? 'phone';

function toContact(row: ContactRow, names: Names): CaseContact {
  return {
    id: row.id,
    caseId: row.caseId,
    channel: channelOf(row.channel),
    direction: row.direction === 'out' ? 'out' : 'in',
    at: row.at.toISOString(),
    summary: row.summary,
    minutes: row.minutes,
    by: refOf(names, row.byUserId),
    createdAt: row.createdAt.toISOString(),
  };
}

/** The contact log, newest contact first. */
export async function listContacts(db: Db, ctx: RequestContext, caseId: string): Promise<CaseContact[]> {
  await openCaseForWork(db, ctx, caseId);
  const rows = await db
    .select()
    .from(caseContacts)
    .where(eq(caseContacts.caseId, caseId))
    .orderBy(desc(caseContacts.at), desc(caseContacts.createdAt));
  const names = await userNames(
    db,
    rows.map((row) => row.byUserId),
  );
  return rows.map((row) => toContact(row, names));
}

/** Logs a contact; the audit row keeps the channel and time, not the summary (it may be personal). */
export async function logContact(
  db: Db,
  ctx: RequestContext,
  caseId: string,
  input: CreateContact,
): Promise<CaseContact> {
  await openCaseForWork(db, ctx, caseId, { write: true });
  const actor = actorOf(ctx);
  const at = input.at ? new Date(input.at) : new Date();
  if (at.getTime() > Date.now() + CLOCK_SKEW_MS) {
    throw new AppError('COMMON.VALIDATION_FAILED', 'a contact is logged after it happened', {
      fieldErrors: [{ path: 'at', message: 'lies in the future' }],
    });
  }
  const row = await db.transaction(async (tx) => {
    const [inserted] = await tx
      .insert(caseContacts)
      .values({
        caseId,
        channel: input.channel,
        direction: input.direction,
        at,
        summary: input.summary,
        minutes: input.minutes ?? null,
        byUserId: actor.id,
      })
      .returning();
    if (!inserted) throw new Error('insert returned no row');
    await recordCaseEvent(tx, ctx, caseId, 'case.contact.logged', {
      contactId: inserted.id,
      channel: inserted.channel,
      direction: inserted.direction,
      at: inserted.at,
      minutes: inserted.minutes,
    });
    await touchCase(tx, caseId);
    return inserted;
  });
  return toContact(row, new Map([[actor.id, actor.name]]));
}
