import type { AgendaItem } from '../../../../contracts/interpreting-register.ts';
import type { RequestContext } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db/index.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import { addDays, brusselsDate, brusselsInstant, isLocalDate } from '../brussels-time.ts';
import { buildInterpreterFeed, type FeedAssignment, type FeedAssignmentStatus } from '../calendar/feed.ts';
import { verifyFeedToken } from '../calendar/feed-token.ts';
import { type AgendaRow, agendaRows } from './agenda.repository.ts';
import { ownInterpreter } from './availability.service.ts';
import { findInterpreter } from './interpreters.repository.ts';

/** How far back the feed reaches: calendar apps drop events that vanish, so recent history stays. */
export const FEED_HISTORY_DAYS = 60;
const DAY_MS = 86_400_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MODES = ['on_site', 'phone', 'video'] as const;
const PRIVATE_USE = /^[a-z0-9]{1,8}$/;

function feedStatus(row: AgendaRow): FeedAssignmentStatus {
  if (row.assignmentStatus === 'cancelled' || row.requestStatus === 'cancelled') {
    return row.cancellationKind === 'void' ? 'voided' : 'cancelled';
  }
  return ['performed', 'approved', 'invoiced'].includes(row.requestStatus) ? 'completed' : 'confirmed';
}

/** `ar-x-maghreb`: a variant as a private-use subtag, so that no variant is misread as a language. */
function feedLanguage(row: AgendaRow): string {
  return row.variant && PRIVATE_USE.test(row.variant) ? `${row.language}-x-${row.variant}` : row.language;
}

function httpsUrl(value: string | null): string | null {
  if (!value) return null;
  return URL.canParse(value) && new URL(value).protocol === 'https:' ? value : null;
}

/** Only whitelisted fields of the job; the client appears by the request reference alone. */
export function toFeedAssignment(row: AgendaRow): FeedAssignment {
  const mode = MODES.find((m) => m === row.mode) ?? 'on_site';
  const latest = Math.max(row.assignmentUpdatedAt.getTime(), row.requestUpdatedAt.getTime());
  return {
    id: row.assignmentId,
    reference: row.reference,
    status: feedStatus(row),
    start: row.startsAt,
    end: row.endsAt,
    mode,
    language: feedLanguage(row),
    address: row.address,
    room: row.room,
    phone: row.phoneNumber,
    videoLink: httpsUrl(row.videoLink),
    organisationName: row.organisationName,
    preparationNotes: row.preparationNotes,
    sequence: row.sequence,
    updatedAt: new Date(latest),
  };
}

/**
 * The feed behind the secret URL. Every failure (odd id, unknown interpreter, no token issued,
 * wrong token) is the same 404, so the URL reveals nothing about which part was wrong.
 */
export async function renderCalendarFeed(
  db: Db,
  interpreterId: string,
  token: string | undefined,
  now = new Date(),
): Promise<string> {
  const row = UUID.test(interpreterId) ? await findInterpreter(db, interpreterId) : undefined;
  if (!row || !verifyFeedToken(token, row.feedTokenHash ?? '')) {
    throw new AppError('INTERPRETING.CALENDAR_TOKEN_INVALID');
  }
  const since = new Date(now.getTime() - FEED_HISTORY_DAYS * DAY_MS);
  const rows = await agendaRows(db, row.id, since, null);
  return buildInterpreterFeed({
    interpreter: { id: row.id, displayName: row.givenName },
    assignments: rows.map(toFeedAssignment),
    calendarName: `Tolkopdrachten ${row.givenName} (${row.code})`,
    productId: '-//Wegwijs//Tolkenagenda//NL',
  });
}

function toAgendaItem(row: AgendaRow): AgendaItem {
  return {
    assignmentId: row.assignmentId,
    status: row.assignmentStatus === 'cancelled' ? 'cancelled' : 'active',
    start: row.startsAt.toISOString(),
    end: row.endsAt.toISOString(),
    sequence: row.sequence,
    request: {
      id: row.requestId,
      reference: row.reference,
      status: row.requestStatus,
      mode: row.mode,
      language: row.language,
      variant: row.variant,
      address: row.address,
      room: row.room,
      accessNotes: row.accessNotes,
      phoneNumber: row.phoneNumber,
      videoLink: row.videoLink,
      organisationName: row.organisationName,
      sector: row.sector,
      conversationType: row.conversationType,
      participants: row.participants,
      clientReference: row.clientReference,
      preparationNotes: row.preparationNotes,
    },
  };
}

const MAX_AGENDA_DAYS = 366;

/** Her own assignments starting on the Brussels days from … to (inclusive). */
export async function ownAgenda(
  db: Db,
  ctx: RequestContext,
  query: { from?: string | undefined; to?: string | undefined },
  now = new Date(),
): Promise<{ items: AgendaItem[] }> {
  const { row } = await ownInterpreter(db, ctx);
  const from = query.from ?? brusselsDate(now);
  const to = query.to ?? (isLocalDate(from) ? addDays(from, 30) : from);
  if (!isLocalDate(from) || !isLocalDate(to) || to < from || addDays(from, MAX_AGENDA_DAYS) < to) {
    throw new AppError('COMMON.VALIDATION_FAILED', `at most ${MAX_AGENDA_DAYS} days, to not before from`, {
      fieldErrors: [{ path: 'to', message: `on or after from, at most ${MAX_AGENDA_DAYS} days later` }],
    });
  }
  const rows = await agendaRows(db, row.id, brusselsInstant(from, 0), brusselsInstant(addDays(to, 1), 0));
  return { items: rows.map(toAgendaItem) };
}
