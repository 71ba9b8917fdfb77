/**
 * The Europe/Brussels VTIMEZONE we embed in every feed, and the wall-clock adapter that lets
 * ical-generator print local Brussels times without depending on the server's TZ variable.
 *
 * Why our own VTIMEZONE: ical-generator only emits a VTIMEZONE when given a generator, and the
 * usual generator (@touch4it/ical-timezones) is not a dependency. Since 1996 the EU rule is stable
 * (last Sunday of March 01:00 UTC → CEST, last Sunday of October 01:00 UTC → CET), so the RRULE
 * form below — the same shape as libical's zoneinfo Brussels.ics — is exact for every date we
 * will ever publish. The conformance test compares it with libical's file.
 */
import type { ICalLuxonDateTimeStub } from 'ical-generator';

export const FEED_TIME_ZONE = 'Europe/Brussels';

export const BRUSSELS_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${FEED_TIME_ZONE}`,
  `X-LIC-LOCATION:${FEED_TIME_ZONE}`,
  'BEGIN:DAYLIGHT',
  'TZNAME:CEST',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZNAME:CET',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n');

/** ical-generator's `timezone.generator`: we only ever publish Brussels times. */
export function brusselsVtimezoneGenerator(tzid: string): string | null {
  return tzid === FEED_TIME_ZONE ? BRUSSELS_VTIMEZONE : null;
}

const wallClockFormatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: FEED_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

type WallClock = { year: string; month: string; day: string; hour: string; minute: string; second: string };

function wallClock(instant: Date, zone: 'brussels' | 'utc'): WallClock {
  if (zone === 'utc') {
    const iso = instant.toISOString(); // YYYY-MM-DDTHH:MM:SS.sssZ
    return {
      year: iso.slice(0, 4),
      month: iso.slice(5, 7),
      day: iso.slice(8, 10),
      hour: iso.slice(11, 13),
      minute: iso.slice(14, 16),
      second: iso.slice(17, 19),
    };
  }
  const parts: Record<string, string> = {};
  for (const part of wallClockFormatter.formatToParts(instant)) parts[part.type] = part.value;
  return {
    year: parts.year ?? '',
    month: parts.month ?? '',
    day: parts.day ?? '',
    hour: parts.hour ?? '',
    minute: parts.minute ?? '',
    second: parts.second ?? '',
  };
}

/**
 * Adapter: ical-generator formats a native Date in a time zone with the *process's* local getters
 * (wrong unless TZ=Europe/Brussels). It formats Luxon-like objects through `setZone` + `toFormat`,
 * so we hand it this minimal Luxon look-alike instead. It implements only the two formats
 * ical-generator uses and fails loudly on anything else.
 */
export class BrusselsDateTime implements ICalLuxonDateTimeStub {
  readonly zone: { type: string };
  private readonly instant: Date;
  private readonly clock: 'brussels' | 'utc';

  constructor(instant: Date, clock: 'brussels' | 'utc' = 'brussels') {
    this.instant = new Date(instant.getTime());
    this.clock = clock;
    // 'system' would make ical-generator treat the value as floating; we never are.
    this.zone = { type: clock === 'utc' ? 'fixed' : 'iana' };
  }

  get isValid(): boolean {
    return !Number.isNaN(this.instant.getTime());
  }

  setZone(zone?: string): BrusselsDateTime {
    if (zone === FEED_TIME_ZONE) return new BrusselsDateTime(this.instant, 'brussels');
    if (zone === undefined || zone.toLowerCase() === 'utc') return new BrusselsDateTime(this.instant, 'utc');
    throw new Error(`BrusselsDateTime cannot convert to ${zone}`);
  }

  toFormat(fmt: string): string {
    const c = wallClock(this.instant, this.clock);
    if (fmt === 'yyyyLLdd') return `${c.year}${c.month}${c.day}`;
    if (fmt === 'HHmmss') return `${c.hour}${c.minute}${c.second}`;
    throw new Error(`BrusselsDateTime does not implement format ${fmt}`);
  }

  toJSDate(): Date {
    return new Date(this.instant.getTime());
  }

  toJSON(): string | null {
    return this.isValid ? this.instant.toISOString() : null;
  }
}

function sameWallClockMinute(a: WallClock, b: WallClock): boolean {
  return (
    a.year === b.year && a.month === b.month && a.day === b.day && a.hour === b.hour && a.minute === b.minute
  );
}

/**
 * True when the Brussels wall-clock time of `instant` occurs twice (the October fold, 02:00–03:00
 * local). RFC 5545 §3.3.5 says such a TZID time means the *first* pass, but ical.js 2.2.1 reads it
 * as the second (pinned in feed.test.ts), so neither pass can be written as a local time safely.
 */
export function isInRepeatedHour(instant: Date): boolean {
  const hour = 60 * 60 * 1000;
  const here = wallClock(instant, 'brussels');
  return (
    sameWallClockMinute(here, wallClock(new Date(instant.getTime() - hour), 'brussels')) ||
    sameWallClockMinute(here, wallClock(new Date(instant.getTime() + hour), 'brussels'))
  );
}
