import { boolean, index, integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { timestamptz } from '../db/columns.ts';

/** A file sent with a mail (e.g. the .ics of a confirmed booking), kept inline: they are small. */
export type MailAttachment = { filename: string; contentType: string; content: string };

export type OutboxStatus = 'pending' | 'sent' | 'failed' | 'held';

/** Every mail the system sends, kept readable; without SMTP it stays here with status 'held'. */
export const mailOutbox = pgTable(
  'mail_outbox',
  {
    id: uuid().primaryKey().defaultRandom(),
    createdAt: timestamptz().notNull().defaultNow(),
    recipient: text().notNull(),
    locale: text().notNull(),
    template: text().notNull(),
    subject: text().notNull(),
    textBody: text().notNull(),
    htmlBody: text(),
    status: text().$type<OutboxStatus>().notNull().default('pending'),
    attempts: integer().notNull().default(0),
    lastError: text(),
    sentAt: timestamptz(),
    messageId: text(),
    /** When delivery may be tried (again): now at first, later after each failed attempt. */
    nextAttemptAt: timestamptz().notNull().defaultNow(),
    attachments: jsonb().$type<MailAttachment[]>().notNull().default([]),
    /** The template carries a credential: its body is shown to administrators only. */
    secret: boolean().notNull().default(true),
  },
  (t) => [
    index('mail_outbox_status_idx').on(t.status, t.createdAt),
    index('mail_outbox_due_idx').on(t.status, t.nextAttemptAt),
  ],
);
