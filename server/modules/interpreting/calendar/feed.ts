/**
 * The iCalendar (RFC 5545) subscription feed of one interpreter's assignments. Pure: the route
 * loads the assignments, checks the feed token and serves this string as text/calendar.
 *
 * Privacy: the feed leaves our systems (Google, Apple and Outlook store it), so it is built from
 * an explicit whitelist of fields. Clients are never named — only the pseudonymous reference, the
 * organisation and the place the interpreter has to be.
 */
import ical, { ICalEventClass, ICalEventStatus, ICalEventTransparency } from 'ical-generator';
import { z } from 'zod';
import {
  BrusselsDateTime,
  brusselsVtimezoneGenerator,
  FEED_TIME_ZONE,
  isInRepeatedHour,
} from './brussels-vtimezone.ts';

export const FEED_ASSIGNMENT_STATUSES = [
  'confirmed',
  'tentative',
  'completed',
  'cancelled',
  'voided',
] as const;
export const FEED_MODES = ['on_site', 'phone', 'video'] as const;

/** Calendar clients poll at their own pace; this is a hint (most honour 1 h at best). */
export const DEFAULT_REFRESH_SECONDS = 60 * 60;

export const FeedAssignmentSchema = z
  .object({
    id: z.string().min(1),
    reference: z.string().min(1),
    status: z.enum(FEED_ASSIGNMENT_STATUSES),
    start: z.date(),
    end: z.date(),
    mode: z.enum(FEED_MODES),
    /** BCP 47 tag, e.g. `ar`, `ar-MA`, `prs` (Dari). */
    language: z.string().min(2),
    address: z.string().min(1).nullish(),
    room: z.string().min(1).nullish(),
    phone: z.string().min(1).nullish(),
    videoLink: z.url().nullish(),
    organisationName: z.string().min(1),
    preparationNotes: z.string().nullish(),
    /** Raised by the caller on every change the interpreter should see (see needsNewSequence). */
    sequence: z.number().int().min(0),
    updatedAt: z.date(),
  })
  .refine((a) => a.end.getTime() > a.start.getTime(), { message: 'end must be after start', path: ['end'] });

export type FeedAssignment = z.input<typeof FeedAssignmentSchema>;
export type FeedAssignmentStatus = (typeof FEED_ASSIGNMENT_STATUSES)[number];

export type InterpreterFeedInput = {
  interpreter: { id: string; displayName: string };
  assignments: readonly FeedAssignment[];
  calendarName: string;
  /** PRODID, e.g. `-//Wegwijs//Tolkenagenda//NL`. */
  productId: string;
  refreshSeconds?: number;
};

const MODE_LABEL: Record<(typeof FEED_MODES)[number], string> = {
  on_site: 'Tolken ter plaatse',
  phone: 'Telefoontolken',
  video: 'Videotolken',
};

const languageNames = new Intl.DisplayNames(['nl'], { type: 'language', fallback: 'code' });

/** Dutch language name with the tag, so that `ar-MA` and `ar` stay distinguishable. */
export function languageLabel(tag: string): string {
  let name: string | undefined;
  try {
    name = languageNames.of(tag);
  } catch {
    // An invalid tag is still worth showing as-is rather than failing the whole feed.
    name = undefined;
  }
  return name && name !== tag ? `${name} (${tag})` : tag;
}

/** The stable UID: never reuse the reference, which a dispatcher may renumber. */
export function assignmentUid(assignmentId: string): string {
  return `${assignmentId}@wegwijs`;
}

function icalStatus(status: FeedAssignmentStatus): ICalEventStatus {
  if (status === 'cancelled' || status === 'voided') return ICalEventStatus.CANCELLED;
  if (status === 'tentative') return ICalEventStatus.TENTATIVE;
  return ICalEventStatus.CONFIRMED;
}

type ParsedAssignment = z.output<typeof FeedAssignmentSchema>;

export function assignmentSummary(a: ParsedAssignment): string {
  const base = `${MODE_LABEL[a.mode]} · ${languageLabel(a.language)} · ${a.reference}`;
  // Google Calendar does not render STATUS:CANCELLED on subscribed feeds; the prefix makes it visible.
  return icalStatus(a.status) === ICalEventStatus.CANCELLED ? `GEANNULEERD: ${base}` : base;
}

function assignmentLocation(a: ParsedAssignment): string | null {
  if (a.mode !== 'on_site') return null;
  const parts = [a.address, a.room ? `lokaal ${a.room}` : null].filter((p): p is string => Boolean(p));
  return parts.length > 0 ? parts.join(' — ') : null;
}

export function assignmentDescription(a: ParsedAssignment): string {
  const lines = [`Organisatie: ${a.organisationName}`, `Referentie: ${a.reference}`];
  if (a.mode === 'on_site' && a.room) lines.push(`Lokaal: ${a.room}`);
  if (a.mode === 'phone' && a.phone) lines.push(`Telefoonnummer: ${a.phone}`);
  if (a.mode === 'video' && a.videoLink) lines.push(`Videolink: ${a.videoLink}`);
  if (a.preparationNotes?.trim()) lines.push('', 'Voorbereiding:', a.preparationNotes.trim());
  return lines.join('\n');
}

/**
 * A start or end in the repeated October hour is ambiguous as a TZID local time (parsers disagree
 * on which pass it means), so such an event is written in UTC, which every client reads exactly.
 */
function timeZoneFor(a: ParsedAssignment): string | null {
  return isInRepeatedHour(a.start) || isInRepeatedHour(a.end) ? null : FEED_TIME_ZONE;
}

export function buildInterpreterFeed(input: InterpreterFeedInput): string {
  const calendar = ical({
    // ical-generator writes `PRODID:-` + prodId itself, so accept the conventional `-//…` form too.
    prodId: input.productId.replace(/^-/, ''),
    name: input.calendarName,
    // name: null keeps DTSTAMP/LAST-MODIFIED in UTC (ical-generator formats them in the calendar
    // zone otherwise, without Z, which RFC 5545 forbids); the generator still emits the VTIMEZONE
    // for every event zone.
    timezone: { name: null, generator: brusselsVtimezoneGenerator },
    ttl: input.refreshSeconds ?? DEFAULT_REFRESH_SECONDS,
  });
  calendar.x([
    ['X-WR-TIMEZONE', FEED_TIME_ZONE],
    ['X-WR-CALDESC', `Opdrachten van ${input.interpreter.displayName}`],
  ]);

  const parsed = input.assignments
    .map((raw) => FeedAssignmentSchema.parse(raw))
    // Stable order keeps the output byte-identical for identical data (ETag-friendly).
    .sort((x, y) => x.start.getTime() - y.start.getTime() || x.id.localeCompare(y.id));

  for (const a of parsed) {
    const zone = timeZoneFor(a);
    const cancelled = icalStatus(a.status) === ICalEventStatus.CANCELLED;
    calendar.createEvent({
      id: assignmentUid(a.id),
      sequence: a.sequence,
      // A feed is not an iTIP message: DTSTAMP is the last revision of the data (RFC 5545 §3.8.7.2).
      stamp: a.updatedAt,
      lastModified: a.updatedAt,
      start: zone ? new BrusselsDateTime(a.start) : a.start,
      end: zone ? new BrusselsDateTime(a.end) : a.end,
      timezone: zone,
      summary: assignmentSummary(a),
      description: assignmentDescription(a),
      location: assignmentLocation(a),
      url: a.mode === 'video' && a.videoLink ? a.videoLink : null,
      status: icalStatus(a.status),
      // A cancelled job must not block the interpreter's free/busy time.
      transparency: cancelled ? ICalEventTransparency.TRANSPARENT : ICalEventTransparency.OPAQUE,
      class: ICalEventClass.PRIVATE,
    });
  }
  return calendar.toString();
}

type SequenceRelevant = Pick<
  ParsedAssignment,
  'status' | 'start' | 'end' | 'mode' | 'language' | 'address' | 'room' | 'phone' | 'videoLink'
>;

/** Whether a change must raise SEQUENCE (RFC 5546 §2.1.4: time, place or status changed). */
export function needsNewSequence(before: SequenceRelevant, after: SequenceRelevant): boolean {
  return (
    before.status !== after.status ||
    before.start.getTime() !== after.start.getTime() ||
    before.end.getTime() !== after.end.getTime() ||
    before.mode !== after.mode ||
    before.language !== after.language ||
    (before.address ?? null) !== (after.address ?? null) ||
    (before.room ?? null) !== (after.room ?? null) ||
    (before.phone ?? null) !== (after.phone ?? null) ||
    (before.videoLink ?? null) !== (after.videoLink ?? null)
  );
}
