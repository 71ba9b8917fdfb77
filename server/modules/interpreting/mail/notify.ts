import { z } from 'zod';
import type { RequestContext } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db/index.ts';
import {
  MailAttachmentError,
  type MailAttachmentInput,
  MailDataError,
  type MailTemplate,
} from '../../../platform/mail/index.ts';
import type { Platform } from '../../../platform/platform.ts';
import { assignmentIcs, cancelledStatus, interpreterJob, mailLinks, requesterJob } from './mail-data.ts';
import {
  findAssignmentForMail,
  findCancelledWithRequest,
  findOfferForMail,
  findRequestForMail,
  type MailAssignmentRow,
  type MailRequestRow,
} from './notify.repository.ts';
import {
  interpreterCancelledMail,
  interpreterConfirmedMail,
  interpreterReminderMail,
  type OfferMailSchema,
  offerFilledMail,
  offerMail,
  requestCancelledMail,
  requestConfirmedMail,
  requesterReminderMail,
  requestReceivedMail,
  requestUnfilledMail,
} from './templates/index.ts';
import type { InterpreterMailSchema, RequesterMailSchema } from './templates/job-facts.ts';
import { translationDeliveredMail, translationOfferMail } from './templates/translation-mails.ts';
import { findTranslationJobForMail, findTranslationOfferForMail } from './translation-notify.repository.ts';

/** What happened, as the mails need it; ids only, the mail code reads the rest in `db`. */
export type InterpretingEvent =
  | { kind: 'request_received'; requestId: string }
  | { kind: 'request_confirmed'; requestId: string; assignmentId: string }
  | { kind: 'offer_sent'; offerId: string }
  | { kind: 'offer_filled'; offerId: string }
  | { kind: 'request_cancelled'; requestId: string }
  | { kind: 'request_unfilled'; requestId: string }
  /** A change of time or place took the job from this interpreter; the request is matched again. */
  | { kind: 'interpreter_released'; requestId: string; assignmentId: string }
  | { kind: 'translation_offer_sent'; offerId: string }
  | { kind: 'translation_delivered'; jobId: string };

type Outbox = {
  send<S extends z.ZodType<object>>(
    template: MailTemplate<S>,
    to: { email: string; locale: string | null },
    data: z.input<S>,
    attachments?: MailAttachmentInput[],
  ): Promise<void>;
  links: ReturnType<typeof mailLinks>;
};

/**
 * Queues the mails an event causes, in the caller's transaction (so they exist only if the write
 * commits), each in its recipient's language.
 */
export async function notifyInterpreting(
  db: Db,
  platform: Platform,
  ctx: RequestContext,
  event: InterpretingEvent,
): Promise<void> {
  const outbox = outboxFor(db, platform, ctx);
  switch (event.kind) {
    case 'request_received':
      return mailRequester(db, outbox, event.requestId, requestReceivedMail);
    case 'request_unfilled':
      return mailRequester(db, outbox, event.requestId, requestUnfilledMail);
    case 'request_confirmed':
      return mailConfirmed(db, outbox, event.requestId, event.assignmentId);
    case 'request_cancelled':
      return mailCancelled(db, outbox, event.requestId);
    case 'offer_sent':
    case 'offer_filled':
      return mailOffer(db, outbox, event.offerId, event.kind);
    case 'interpreter_released':
      return mailReleased(db, outbox, event.requestId, event.assignmentId);
    case 'translation_offer_sent':
      return mailTranslationOffer(db, outbox, event.offerId);
    case 'translation_delivered':
      return mailTranslationDelivered(db, outbox, event.jobId);
  }
}

/**
 * A mail that cannot be written (an address the outbox refuses, data a template refuses) is
 * logged and skipped: a booking must not fail because of one mail. These errors are thrown
 * before anything is written, so the caller's transaction stays usable.
 */
function outboxFor(db: Db, platform: Platform, ctx: RequestContext): Outbox {
  return {
    links: mailLinks(platform.env.BASE_URL),
    async send(template, to, data, attachments) {
      try {
        await platform.mail.sendTemplate(db, ctx, template, {
          to: to.email,
          locale: to.locale,
          data,
          attachments,
        });
      } catch (error) {
        if (
          !(
            error instanceof z.ZodError ||
            error instanceof MailDataError ||
            error instanceof MailAttachmentError
          )
        ) {
          throw error;
        }
        platform.logger.warn({ err: error, template: template.name }, 'interpreting mail skipped');
      }
    },
  };
}

function requesterOf(row: MailRequestRow): { email: string; locale: string | null; name: string } | null {
  if (!row.requesterEmail || !row.requesterName || row.requesterActive === false) return null;
  return { email: row.requesterEmail, locale: row.requesterLocale, name: row.requesterName };
}

async function toRequester(
  outbox: Outbox,
  row: MailRequestRow,
  template: MailTemplate<typeof RequesterMailSchema>,
  assignment: MailAssignmentRow | null,
  attachments?: MailAttachmentInput[],
): Promise<void> {
  const requester = requesterOf(row);
  if (!requester) return;
  const data = {
    name: requester.name,
    url: outbox.links.request(row.id),
    job: requesterJob(row, assignment),
  };
  await outbox.send(template, requester, data, attachments);
}

async function toInterpreter(
  outbox: Outbox,
  row: MailRequestRow,
  template: MailTemplate<typeof InterpreterMailSchema>,
  assignment: MailAssignmentRow,
  attachments?: MailAttachmentInput[],
): Promise<void> {
  const times = { startsAt: assignment.assignmentStartsAt, endsAt: assignment.assignmentEndsAt };
  const data = {
    name: assignment.interpreterGivenName,
    url: outbox.links.agenda,
    job: interpreterJob(row, times),
  };
  const to = { email: assignment.interpreterEmail, locale: assignment.interpreterLocale };
  await outbox.send(template, to, data, attachments);
}

async function mailRequester(
  db: Db,
  outbox: Outbox,
  requestId: string,
  template: MailTemplate<typeof RequesterMailSchema>,
): Promise<void> {
  const row = await findRequestForMail(db, requestId);
  if (row) await toRequester(outbox, row, template, null);
}

async function mailConfirmed(db: Db, outbox: Outbox, requestId: string, assignmentId: string): Promise<void> {
  const [row, assignment] = [
    await findRequestForMail(db, requestId),
    await findAssignmentForMail(db, assignmentId),
  ];
  if (!row || !assignment) return;
  const ics = assignmentIcs(row, assignment, 'confirmed');
  await toRequester(outbox, row, requestConfirmedMail, assignment, [ics]);
  await toInterpreter(outbox, row, interpreterConfirmedMail, assignment, [ics]);
}

async function mailCancelled(db: Db, outbox: Outbox, requestId: string): Promise<void> {
  const row = await findRequestForMail(db, requestId);
  if (!row) return;
  const assignment = await findCancelledWithRequest(db, requestId);
  await toRequester(outbox, row, requestCancelledMail, null);
  if (!assignment) return;
  // The cancelled event (same UID, higher SEQUENCE) updates the entry the confirmation added.
  await toInterpreter(outbox, row, interpreterCancelledMail, assignment, [
    assignmentIcs(row, assignment, cancelledStatus(row)),
  ]);
}

function translationFacts(row: {
  reference: string;
  sourceLanguage: string;
  targetLanguage: string;
  words: number;
  deadline: string;
}) {
  const { reference, sourceLanguage, targetLanguage, words, deadline } = row;
  return { reference, sourceLanguage, targetLanguage, words, deadline };
}

async function mailTranslationOffer(db: Db, outbox: Outbox, offerId: string): Promise<void> {
  const row = await findTranslationOfferForMail(db, offerId);
  if (row?.offerStatus !== 'open') return;
  await outbox.send(translationOfferMail, row, {
    name: row.name,
    url: outbox.links.translations,
    job: translationFacts(row),
  });
}

async function mailTranslationDelivered(db: Db, outbox: Outbox, jobId: string): Promise<void> {
  const row = await findTranslationJobForMail(db, jobId);
  if (!row?.active) return;
  await outbox.send(translationDeliveredMail, row, {
    name: row.name,
    url: outbox.links.translations,
    job: translationFacts(row),
  });
}

/** The job moved (time or place) and is no longer hers: the cancelled entry updates her calendar. */
async function mailReleased(db: Db, outbox: Outbox, requestId: string, assignmentId: string): Promise<void> {
  const [row, assignment] = [
    await findRequestForMail(db, requestId),
    await findAssignmentForMail(db, assignmentId),
  ];
  if (!row || !assignment) return;
  await toInterpreter(outbox, row, interpreterCancelledMail, assignment, [
    assignmentIcs(row, assignment, 'cancelled'),
  ]);
}

/** An offer to answer, or the news that a colleague took it. The winner gets no "filled" mail. */
async function mailOffer(
  db: Db,
  outbox: Outbox,
  offerId: string,
  kind: 'offer_sent' | 'offer_filled',
): Promise<void> {
  const offer = await findOfferForMail(db, offerId);
  if (!offer || (kind === 'offer_filled' && offer.offerStatus === 'accepted')) return;
  const row = await findRequestForMail(db, offer.requestId);
  if (!row) return;
  const to = { email: offer.interpreterEmail, locale: offer.interpreterLocale };
  const job = interpreterJob(row, row);
  if (kind === 'offer_filled') {
    await outbox.send(offerFilledMail, to, {
      name: offer.interpreterGivenName,
      url: outbox.links.offers,
      job,
    });
    return;
  }
  const data: z.input<typeof OfferMailSchema> = {
    name: offer.interpreterGivenName,
    url: outbox.links.offers,
    job,
    expiresAt: offer.expiresAt,
  };
  await outbox.send(offerMail, to, data);
}

/** The day-before reminder of one assignment, to the requester and the interpreter. */
export async function remindAssignment(
  db: Db,
  platform: Platform,
  ctx: RequestContext,
  assignmentId: string,
): Promise<boolean> {
  const assignment = await findAssignmentForMail(db, assignmentId);
  if (assignment?.assignmentStatus !== 'active') return false;
  const row = await findRequestForMail(db, assignment.requestId);
  if (!row) return false;
  const outbox = outboxFor(db, platform, ctx);
  await toRequester(outbox, row, requesterReminderMail, assignment);
  await toInterpreter(outbox, row, interpreterReminderMail, assignment);
  return true;
}
