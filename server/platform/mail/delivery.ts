import { and, asc, eq, lte, notInArray, type SQL } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import nodemailer from 'nodemailer';
import { recordAudit } from '../audit/index.ts';
import { systemContext } from '../context.ts';
import type { Database, Db } from '../db/index.ts';
import type { Env } from '../env.ts';
import { decodeAttachments } from './attachments.ts';
import { mailOutbox } from './mail.tables.ts';

export type DeliveryDeps = {
  env: Pick<Env, 'SMTP_URL' | 'MAIL_FROM'>;
  database: Database;
  logger: FastifyBaseLogger;
};

export type DeliveryReport = { sent: number; retrying: number; failed: number };

/**
 * The wait before attempt n+1, in seconds after attempt n failed: at once, then 1 min, 5 min,
 * 15 min and 1 hour, so a long outage is not met with a retry every minute.
 */
export const ATTEMPT_AFTER_SECONDS = [0, 60, 300, 900, 3600] as const;
/** After this many failed attempts a mail is 'failed' and no longer tried. */
export const MAX_ATTEMPTS = ATTEMPT_AFTER_SECONDS.length;
const BATCH_LIMIT = 100;

type Transport = ReturnType<typeof nodemailer.createTransport>;
type Outcome = { id: string; result: keyof DeliveryReport };

/**
 * Sends every pending mail that is due, one row per transaction. The row stays locked
 * (FOR UPDATE SKIP LOCKED) while it is handed to SMTP, so two processes never send the same mail.
 * Without SMTP_URL nothing is pending, and nothing is done.
 */
export async function deliverPendingMail(
  deps: DeliveryDeps,
  options: { now?: Date; limit?: number } = {},
): Promise<DeliveryReport> {
  const report: DeliveryReport = { sent: 0, retrying: 0, failed: 0 };
  const { SMTP_URL, MAIL_FROM } = deps.env;
  if (!SMTP_URL) return report;
  const now = options.now ?? new Date();
  // Timeouts stay well under the first retry step, so a hung server cannot hold a row for long.
  const transport = nodemailer.createTransport({
    url: SMTP_URL,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  try {
    const done: string[] = [];
    while (done.length < (options.limit ?? BATCH_LIMIT)) {
      const outcome = await deliverNext(deps, transport, { from: MAIL_FROM, now, skip: done });
      if (!outcome) break;
      done.push(outcome.id);
      report[outcome.result] += 1;
    }
  } finally {
    transport.close();
  }
  if (report.sent + report.retrying + report.failed > 0) deps.logger.info({ mail: report }, 'mail delivered');
  return report;
}

function due(now: Date): SQL {
  return lte(mailOutbox.nextAttemptAt, now);
}

async function deliverNext(
  deps: DeliveryDeps,
  transport: Transport,
  run: { from: string; now: Date; skip: string[] },
): Promise<Outcome | null> {
  return deps.database.db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(mailOutbox)
      .where(
        and(
          eq(mailOutbox.status, 'pending'),
          due(run.now),
          run.skip.length ? notInArray(mailOutbox.id, run.skip) : undefined,
        ),
      )
      .orderBy(asc(mailOutbox.nextAttemptAt), asc(mailOutbox.createdAt))
      .limit(1)
      .for('update', { skipLocked: true });
    if (!row) return null;
    const attempts = row.attempts + 1;
    try {
      const info = await transport.sendMail({
        from: run.from,
        to: row.recipient,
        subject: row.subject,
        text: row.textBody,
        ...(row.htmlBody ? { html: row.htmlBody } : {}),
        ...(row.attachments.length ? { attachments: decodeAttachments(row.attachments) } : {}),
      });
      await markSent(tx, row.id, { attempts, messageId: info.messageId });
      return { id: row.id, result: 'sent' };
    } catch (error) {
      const failed = attempts >= MAX_ATTEMPTS;
      const lastError = describeError(error);
      const waitSeconds = ATTEMPT_AFTER_SECONDS[attempts] ?? 0;
      const nextAttemptAt = new Date(run.now.getTime() + waitSeconds * 1000);
      await markAttemptFailed(tx, row.id, { attempts, lastError, failed, nextAttemptAt });
      deps.logger.warn({ mailId: row.id, attempts, lastError }, 'mail: delivery attempt failed');
      return { id: row.id, result: failed ? 'failed' : 'retrying' };
    }
  });
}

const context = systemContext('mail.deliver');

async function markSent(tx: Db, id: string, input: { attempts: number; messageId: string }): Promise<void> {
  await tx
    .update(mailOutbox)
    .set({
      status: 'sent',
      sentAt: new Date(),
      messageId: input.messageId,
      attempts: input.attempts,
      lastError: null,
    })
    .where(eq(mailOutbox.id, id));
  await recordAudit(tx, context, {
    action: 'mail.sent',
    entity: 'mail',
    entityId: id,
    after: { status: 'sent', attempts: input.attempts, messageId: input.messageId },
  });
}

async function markAttemptFailed(
  tx: Db,
  id: string,
  input: { attempts: number; lastError: string; failed: boolean; nextAttemptAt: Date },
): Promise<void> {
  const status = input.failed ? 'failed' : 'pending';
  await tx
    .update(mailOutbox)
    .set({ status, attempts: input.attempts, lastError: input.lastError, nextAttemptAt: input.nextAttemptAt })
    .where(eq(mailOutbox.id, id));
  await recordAudit(tx, context, {
    action: input.failed ? 'mail.failed' : 'mail.attempt_failed',
    entity: 'mail',
    entityId: id,
    after: { status, attempts: input.attempts, lastError: input.lastError },
  });
}

function describeError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.slice(0, 1000);
}
