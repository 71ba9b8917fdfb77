import { BRUSSELS_VTIMEZONE, FEED_TIME_ZONE } from '../../interpreting/index.ts';
/**
 * One case appointment as an RFC 5545 calendar file: VCALENDAR with the Europe/Brussels VTIMEZONE
 * and one VEVENT whose UID never changes and whose SEQUENCE grows with every change, so calendar
 * programs update (or cancel) the event they imported before. CRLF line endings; lines longer
 * than 75 octets are folded. It names the case by its reference only: no client's name or notes.
 */

/** The interpreters' feed's Europe/Brussels VTIMEZONE (the EU rule since 1996), one line per entry. */
export const ICS_TIME_ZONE = FEED_TIME_ZONE;

const MODALITY_LABELS: Record<string, string> = {
  on_site: 'Gesprek ter plaatse',
  phone: 'Telefonisch gesprek',
  video: 'Videogesprek',
};

export type IcsAppointment = {
  id: string;
  caseReference: string;
  startsAt: Date;
  endsAt: Date;
  location: string | null;
  modality: string;
  status: string;
  sequence: number;
  updatedAt: Date;
};

/** TEXT value escaping (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line at 75 octets without splitting a UTF-8 character (RFC 5545 §3.1). */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    // The first line holds 75 octets; continuation lines start with a space, so 74 more.
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const utcStamp = (date: Date) =>
  date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

function brusselsWallClock(instant: Date): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: ICS_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  return `${part('year')}${part('month')}${part('day')}T${part('hour')}${part('minute')}${part('second')}`;
}

/**
 * DTSTART/DTEND in Brussels time. A wall-clock time in October's repeated hour means its first
 * occurrence (RFC 5545 §3.3.5); the second one is written in UTC instead, so no time is wrong.
 */
function dateProperty(name: 'DTSTART' | 'DTEND', instant: Date): string {
  const hourEarlier = new Date(instant.getTime() - 60 * 60 * 1000);
  const secondOfRepeated = brusselsWallClock(hourEarlier) === brusselsWallClock(instant);
  if (secondOfRepeated) return `${name}:${utcStamp(instant)}`;
  return `${name};TZID=${ICS_TIME_ZONE}:${brusselsWallClock(instant)}`;
}

export function appointmentUid(id: string): string {
  return `case-appointment-${id}@wegwijs`;
}

export function buildAppointmentIcs(appointment: IcsAppointment, now = new Date()): string {
  const cancelled = appointment.status === 'cancelled';
  const description = [
    `Dossier ${appointment.caseReference}`,
    MODALITY_LABELS[appointment.modality] ?? appointment.modality,
  ].join('\n');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Wegwijs//Dossierafspraken//NL',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...BRUSSELS_VTIMEZONE.split('\r\n'),
    'BEGIN:VEVENT',
    `UID:${appointmentUid(appointment.id)}`,
    `DTSTAMP:${utcStamp(now)}`,
    `LAST-MODIFIED:${utcStamp(appointment.updatedAt)}`,
    `SEQUENCE:${appointment.sequence}`,
    dateProperty('DTSTART', appointment.startsAt),
    dateProperty('DTEND', appointment.endsAt),
    `SUMMARY:${escapeText(`${cancelled ? 'Geannuleerd: ' : ''}Afspraak dossier ${appointment.caseReference}`)}`,
    `DESCRIPTION:${escapeText(description)}`,
    ...(appointment.location ? [`LOCATION:${escapeText(appointment.location)}`] : []),
    `STATUS:${cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    'TRANSP:OPAQUE',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
