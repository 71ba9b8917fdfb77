import { recordAudit } from '../../../platform/audit/index.ts';
import type { Actor, RequestContext } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db/index.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import { hasPermission } from '../../../platform/identity/permissions.ts';
import { calendarUrl, feedKey, issueDerivedToken, nextIssueTime, recoverFeedToken } from './calendar-link.ts';
import {
  findInterpreter,
  findInterpreterForUpdate,
  type InterpreterRow,
  setFeedToken,
} from './interpreters.repository.ts';

export type CalendarConfig = { dataDir: string; baseUrl: string };

/** The feed URL is a credential: only the interpreter herself and admins see or renew it. */
export function maySeeCalendar(actor: Actor, row: Pick<InterpreterRow, 'userId'>): boolean {
  return actor.roles.includes('admin') || (row.userId !== null && row.userId === actor.id);
}

/**
 * The interpreter's feed URL. The first visit issues the token (compare-and-set, so that two
 * first visits agree); later visits rebuild the same URL from the stored issue time.
 */
export async function currentCalendarUrl(
  db: Db,
  ctx: RequestContext,
  row: InterpreterRow,
  config: CalendarConfig,
): Promise<string> {
  const key = await feedKey(config.dataDir);
  const token = recoverFeedToken(key, row.id, row);
  if (token) return calendarUrl(config.baseUrl, row.id, token);
  const issue = issueDerivedToken(key, row.id, nextIssueTime(row.feedTokenIssuedAt));
  const stored = await db.transaction(async (tx) => {
    const won = await setFeedToken(tx, row.id, issue, row.feedTokenHash);
    if (won) {
      await recordAudit(tx, ctx, {
        action: 'interpreter.calendar_token_issued',
        entity: 'interpreter',
        entityId: row.id,
      });
    }
    return won;
  });
  if (stored) return calendarUrl(config.baseUrl, row.id, issue.token);
  // Someone else issued one in the meantime: show theirs.
  const fresh = await findInterpreter(db, row.id);
  const theirs = fresh ? recoverFeedToken(key, row.id, fresh) : null;
  if (!theirs) throw new Error('calendar token could not be issued');
  return calendarUrl(config.baseUrl, row.id, theirs);
}

/** A new secret URL; the old one stops working at once. */
export async function rotateCalendarToken(
  db: Db,
  ctx: RequestContext,
  actor: Actor,
  interpreterId: string,
  config: CalendarConfig,
): Promise<{ calendarUrl: string; issuedAt: string }> {
  const key = await feedKey(config.dataDir);
  return db.transaction(async (tx) => {
    const row = await findInterpreterForUpdate(tx, interpreterId);
    if (!row) throw new AppError('INTERPRETING.INTERPRETER_NOT_FOUND');
    if (!maySeeCalendar(actor, row)) {
      if (hasPermission(actor.roles, 'interpreting.dispatch')) {
        throw new AppError(
          'COMMON.FORBIDDEN',
          'only the interpreter herself or an admin renews the calendar link',
        );
      }
      throw new AppError('INTERPRETING.INTERPRETER_NOT_FOUND');
    }
    const issue = issueDerivedToken(key, row.id, nextIssueTime(row.feedTokenIssuedAt));
    if (!(await setFeedToken(tx, row.id, issue, row.feedTokenHash))) {
      throw new Error('calendar token changed under a row lock');
    }
    await recordAudit(tx, ctx, {
      action: 'interpreter.calendar_token_rotated',
      entity: 'interpreter',
      entityId: row.id,
      after: { issuedAt: issue.issuedAt.toISOString() },
    });
    return {
      calendarUrl: calendarUrl(config.baseUrl, row.id, issue.token),
      issuedAt: issue.issuedAt.toISOString(),
    };
  });
}
