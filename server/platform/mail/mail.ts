import type { FastifyBaseLogger } from 'fastify';
import { z } from 'zod';
import { recordAudit } from '../audit/index.ts';
import type { RequestContext } from '../context.ts';
import type { Database, Db } from '../db/index.ts';
import type { Env } from '../env.ts';
import type { Jobs } from '../jobs/index.ts';
import { type DeliveryReport, deliverPendingMail } from './delivery.ts';
import { mailOutbox, type OutboxStatus } from './mail.tables.ts';
import {
  type Brand,
  MAIL_TEMPLATES,
  type MailTemplateData,
  type MailTemplateName,
} from './templates/index.ts';

/** One mail to queue: a template with exactly the data it reads. */
export type MailMessage = {
  [N in MailTemplateName]: { template: N; data: MailTemplateData<N> };
}[MailTemplateName] & {
  to: string;
  /** The recipient's language; a template without that translation is sent in Dutch. */
  locale?: string | null;
};

export type Mail = {
  /**
   * Renders a template and queues it in the outbox, inside `db` (pass the transaction of the
   * write that causes the mail: then the mail exists only if that write commits), with an audit
   * row. With SMTP_URL set it is 'pending' and a job delivers it; without, it is 'held' and stays
   * readable in the outbox.
   */
  send(db: Db, ctx: RequestContext, message: MailMessage): Promise<{ id: string }>;
  /** Delivers what is due now, in this process (the 'mail.deliver' job calls the same). */
  deliverPending(): Promise<DeliveryReport>;
};

export type MailDeps = {
  env: Pick<Env, 'SMTP_URL' | 'MAIL_FROM' | 'BRAND_NAME' | 'BRAND_COLOR'>;
  database: Database;
  logger: FastifyBaseLogger;
  jobs: Jobs;
};

export const DELIVER_JOB = 'mail.deliver';
/** Gives the sender's transaction time to commit before the job looks for the new row. */
const DELIVER_DELAY_SECONDS = 2;
const RecipientSchema = z.string().trim().toLowerCase().email().max(254);

/** Builds platform.mail and, when jobs run, registers delivery on send and every minute. */
export async function createMail(deps: MailDeps): Promise<Mail> {
  const { env, jobs, logger } = deps;
  const brand: Brand = { name: env.BRAND_NAME, color: env.BRAND_COLOR };
  await registerDeliveryJob(deps);

  const requestDelivery = () => {
    // Not awaited: on PGlite the job insert waits for the caller's open transaction to end.
    jobs
      .send(DELIVER_JOB, {}, { startAfter: DELIVER_DELAY_SECONDS })
      .catch((error: unknown) => logger.error({ err: error }, 'mail: could not queue delivery'));
  };

  return {
    async send(db, ctx, message) {
      const recipient = RecipientSchema.parse(message.to);
      const rendered = MAIL_TEMPLATES[message.template].renderUnknown(message.locale, message.data, brand);
      const status: OutboxStatus = env.SMTP_URL ? 'pending' : 'held';
      const [row] = await db
        .insert(mailOutbox)
        .values({
          recipient,
          locale: rendered.locale,
          template: message.template,
          subject: rendered.subject,
          textBody: rendered.text,
          htmlBody: rendered.html,
          status,
        })
        .returning({ id: mailOutbox.id });
      if (!row) throw new Error('mail: outbox insert returned no row');
      // The body can hold a one-time link: the audit keeps who, what and the subject only.
      await recordAudit(db, ctx, {
        action: 'mail.queued',
        entity: 'mail',
        entityId: row.id,
        after: {
          recipient,
          template: message.template,
          locale: rendered.locale,
          subject: rendered.subject,
          status,
        },
      });
      if (status === 'pending') requestDelivery();
      return { id: row.id };
    },
    deliverPending: () => deliverPendingMail(deps),
  };
}

async function registerDeliveryJob(deps: MailDeps): Promise<void> {
  const { jobs, env } = deps;
  if (!jobs.enabled) return;
  // Each run is a sweep of every due row, so one waiting run is enough however many mails queue up.
  await jobs.register(DELIVER_JOB, async () => void (await deliverPendingMail(deps)), {
    policy: 'short',
    retryLimit: 0,
  });
  // The schedule is stored in the database: remove it when this deployment has no SMTP.
  if (env.SMTP_URL) await jobs.schedule(DELIVER_JOB, '* * * * *');
  else await jobs.unschedule(DELIVER_JOB);
}
