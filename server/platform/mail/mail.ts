import type { FastifyBaseLogger } from 'fastify';
import { z } from 'zod';
import { recordAudit } from '../audit/index.ts';
import type { RequestContext } from '../context.ts';
import type { Database, Db } from '../db/index.ts';
import type { Env } from '../env.ts';
import type { Jobs } from '../jobs/index.ts';
import { encodeAttachments, type MailAttachmentInput } from './attachments.ts';
import { type DeliveryReport, deliverPendingMail } from './delivery.ts';
import { mailOutbox, type OutboxStatus } from './mail.tables.ts';
import {
  type Brand,
  isMailTemplateName,
  MAIL_TEMPLATES,
  type MailTemplate,
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
  attachments?: readonly MailAttachmentInput[];
};

/** A mail from a template object a module defined itself (the platform cannot list those). */
export type TemplateMessage<S extends z.ZodType<object>> = {
  to: string;
  locale?: string | null;
  data: z.input<S>;
  /** Stored inline with the mail (small files only: see attachments.ts). */
  attachments?: readonly MailAttachmentInput[];
};

export type Mail = {
  /**
   * Renders a template and queues it in the outbox, inside `db` (pass the transaction of the
   * write that causes the mail: then the mail exists only if that write commits), with an audit
   * row. With SMTP_URL set it is 'pending' and a job delivers it; without, it is 'held' and stays
   * readable in the outbox.
   */
  send(db: Db, ctx: RequestContext, message: MailMessage): Promise<{ id: string }>;
  /**
   * The same for a template made with `defineTemplate` outside the platform (a module's own
   * mails): its `name` is stored as the outbox row's template. Data is validated by its schema.
   */
  sendTemplate<S extends z.ZodType<object>>(
    db: Db,
    ctx: RequestContext,
    template: MailTemplate<S>,
    message: TemplateMessage<S>,
  ): Promise<{ id: string }>;
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

  const queue = (db: Db, ctx: RequestContext, input: QueueInput) =>
    queueMail(
      { db, ctx, brand, status: env.SMTP_URL ? 'pending' : 'held', onPending: requestDelivery },
      input,
    );

  return {
    send: (db, ctx, { template, ...message }) =>
      queue(db, ctx, { ...message, template: MAIL_TEMPLATES[template] }),
    async sendTemplate(db, ctx, template, message) {
      // A module's template may not pass for a platform one: the outbox trusts those names.
      const platformTemplate: unknown = isMailTemplateName(template.name)
        ? MAIL_TEMPLATES[template.name]
        : template;
      if (platformTemplate !== template) {
        throw new Error(`mail: template name '${template.name}' belongs to the platform`);
      }
      return queue(db, ctx, { ...message, template });
    },
    deliverPending: () => deliverPendingMail(deps),
  };
}

/** Any template, seen only through what queueing needs; its data is checked when rendered. */
type QueueInput = {
  template: Pick<MailTemplate<z.ZodType<object>>, 'name' | 'renderUnknown' | 'secret'>;
  to: string;
  locale?: string | null | undefined;
  data: unknown;
  attachments?: readonly MailAttachmentInput[] | undefined;
};

type QueueDeps = { db: Db; ctx: RequestContext; brand: Brand; status: OutboxStatus; onPending: () => void };

async function queueMail(deps: QueueDeps, input: QueueInput): Promise<{ id: string }> {
  const { db, ctx, status } = deps;
  const recipient = RecipientSchema.parse(input.to);
  const rendered = input.template.renderUnknown(input.locale, input.data, deps.brand);
  const attachments = encodeAttachments(input.attachments);
  const template = input.template.name;
  const [row] = await db
    .insert(mailOutbox)
    .values({
      recipient,
      locale: rendered.locale,
      template,
      subject: rendered.subject,
      textBody: rendered.text,
      htmlBody: rendered.html,
      status,
      attachments,
      secret: input.template.secret,
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
      template,
      locale: rendered.locale,
      subject: rendered.subject,
      status,
      ...(attachments.length ? { attachments: attachments.map((a) => a.filename) } : {}),
    },
  });
  if (status === 'pending') deps.onPending();
  return { id: row.id };
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
