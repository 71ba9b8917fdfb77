import { INTERPRETING_MODES, type InterpretingMode } from '../../../../contracts/interpreting.ts';
import type { MailAttachmentInput } from '../../../platform/mail/index.ts';
import { buildInterpreterFeed, type FeedAssignmentStatus } from '../calendar/feed.ts';
import type { MailAssignmentRow, MailRequestRow } from './notify.repository.ts';
import type { InterpreterMail, RequesterMail } from './templates/job-facts.ts';

/** Where the mails link to in the web app. */
export function mailLinks(baseUrl: string) {
  const base = baseUrl.replace(/\/+$/, '');
  return {
    request: (requestId: string) => `${base}/app/interpreting/requests/${encodeURIComponent(requestId)}`,
    offers: `${base}/app/interpreting/offers`,
    agenda: `${base}/app/interpreting/agenda`,
    translations: `${base}/app/interpreting/translations`,
  };
}

function modeOf(value: string): InterpretingMode {
  // The column is text with a CHECK upstream; an unknown value reads as on site, like the feed.
  return INTERPRETING_MODES.find((mode) => mode === value) ?? 'on_site';
}

function httpsUrl(value: string | null): string | null {
  return value && URL.canParse(value) && new URL(value).protocol === 'https:' ? value : null;
}

type Times = { startsAt: Date; endsAt: Date };

function baseJob(row: MailRequestRow, times: Times) {
  return {
    reference: row.reference,
    mode: modeOf(row.mode),
    language: row.language,
    variant: row.variant,
    startsAt: times.startsAt,
    endsAt: times.endsAt,
  };
}

/** The requester's view: her own pseudonymous reference, the interpreter by first name and code. */
export function requesterJob(
  row: MailRequestRow,
  assignment: MailAssignmentRow | null,
): RequesterMail['job'] {
  const times = assignment
    ? { startsAt: assignment.assignmentStartsAt, endsAt: assignment.assignmentEndsAt }
    : row;
  return {
    ...baseJob(row, times),
    clientReference: row.clientReference,
    interpreter: assignment
      ? { givenName: assignment.interpreterGivenName, code: assignment.interpreterCode }
      : null,
  };
}

/** The interpreter's view: where to be or what to call, and for which organisation. */
export function interpreterJob(row: MailRequestRow, times: Times): InterpreterMail['job'] {
  return {
    ...baseJob(row, times),
    organisationName: row.organisationName,
    address: row.address,
    room: row.room,
    phoneNumber: row.phoneNumber,
    videoLink: httpsUrl(row.videoLink),
  };
}

const PRIVATE_USE = /^[a-z0-9]{1,8}$/;

/**
 * The job as a one-event calendar, built by the same code as the interpreter's feed (same UID
 * and SEQUENCE, so a calendar that has both keeps one entry). METHOD:PUBLISH lets mail clients
 * offer "add to calendar". Preparation notes stay out: they are free text and may name the client.
 */
export function assignmentIcs(
  row: MailRequestRow,
  assignment: MailAssignmentRow,
  status: FeedAssignmentStatus,
): MailAttachmentInput {
  const language =
    row.variant && PRIVATE_USE.test(row.variant) ? `${row.language}-x-${row.variant}` : row.language;
  const updatedAt = new Date(Math.max(assignment.assignmentUpdatedAt.getTime(), row.updatedAt.getTime()));
  const feed = buildInterpreterFeed({
    interpreter: { id: assignment.interpreterId, displayName: assignment.interpreterGivenName },
    assignments: [
      {
        id: assignment.assignmentId,
        reference: row.reference,
        status,
        start: assignment.assignmentStartsAt,
        end: assignment.assignmentEndsAt,
        mode: modeOf(row.mode),
        language,
        address: row.address,
        room: row.room,
        phone: row.phoneNumber,
        videoLink: httpsUrl(row.videoLink),
        organisationName: row.organisationName,
        preparationNotes: null,
        sequence: assignment.sequence,
        updatedAt,
      },
    ],
    calendarName: `Tolkopdracht ${row.reference}`,
    productId: '-//Wegwijs//Tolkopdracht//NL',
  });
  return {
    filename: `${row.reference}.ics`.replace(/[^\w.-]/g, '_'),
    contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
    content: feed.replace(/^BEGIN:VCALENDAR\r\n/, 'BEGIN:VCALENDAR\r\nMETHOD:PUBLISH\r\n'),
  };
}

/** The feed status of an assignment that a cancellation ended. */
export function cancelledStatus(row: MailRequestRow): FeedAssignmentStatus {
  return row.cancellationKind === 'void' ? 'voided' : 'cancelled';
}
