import { count, desc, eq } from 'drizzle-orm';
import type { OutboxMail } from '../../../contracts/platform.ts';
import type { Db } from '../db/index.ts';
import { mailOutbox, type OutboxStatus } from './mail.tables.ts';
import { isMailTemplateName, MAIL_TEMPLATES } from './templates/index.ts';

export type OutboxFilter = { status?: OutboxStatus | undefined; limit: number; offset: number };

/**
 * Lists the outbox, newest first. The body of a mail that carries a credential (a reset or
 * set-password link) is shown only when `revealSecrets`: otherwise a reader of the outbox could
 * ask a reset for a more powerful account and take it over with the link.
 */
export async function listOutbox(
  db: Db,
  filter: OutboxFilter,
  viewer: { revealSecrets: boolean },
): Promise<{ items: OutboxMail[]; total: number }> {
  const where = filter.status ? eq(mailOutbox.status, filter.status) : undefined;
  const [rows, [totalRow]] = await Promise.all([
    db
      .select()
      .from(mailOutbox)
      .where(where)
      .orderBy(desc(mailOutbox.createdAt), desc(mailOutbox.id))
      .limit(filter.limit)
      .offset(filter.offset),
    db.select({ total: count() }).from(mailOutbox).where(where),
  ]);
  const items = rows.map((row): OutboxMail => {
    // A platform template's own flag wins; a module's template recorded its flag when queued.
    const secret = isMailTemplateName(row.template) ? MAIL_TEMPLATES[row.template].secret : row.secret;
    const bodyHidden = secret && !viewer.revealSecrets;
    return {
      id: row.id,
      createdAt: row.createdAt.toISOString(),
      recipient: row.recipient,
      locale: row.locale,
      template: row.template,
      subject: row.subject,
      textBody: bodyHidden ? null : row.textBody,
      bodyHidden,
      status: row.status,
      attempts: row.attempts,
      lastError: row.lastError,
      sentAt: row.sentAt?.toISOString() ?? null,
      messageId: row.messageId,
    };
  });
  return { items, total: totalRow?.total ?? 0 };
}
