/**
 * Cross-checks against the shared conformance files (../shared/conformance/ical, see its
 * SOURCES.md). They live outside this repository, so the tests skip — loudly — when absent.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { BRUSSELS_VTIMEZONE } from './brussels-vtimezone.ts';
import { buildInterpreterFeed } from './feed.ts';
import { assignment } from './test-support.ts';

// calendar → interpreting → modules → server → main → /work; the shared folder sits beside main.
const conformanceDir = fileURLToPath(new URL('../../../../../shared/conformance/ical', import.meta.url));
const present = existsSync(conformanceDir);
if (!present) console.warn(`[calendar] SKIPPING iCalendar conformance tests: ${conformanceDir} not found`);

function icsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return icsFiles(path);
    return entry.name.endsWith('.ics') ? [path] : [];
  });
}

function timezoneFrom(text: string): ICAL.Timezone {
  const root = new ICAL.Component(ICAL.parse(text));
  const vtimezone = root.name === 'vtimezone' ? root : root.getFirstSubcomponent('vtimezone');
  if (!vtimezone) throw new Error('no VTIMEZONE');
  return new ICAL.Timezone(vtimezone);
}

/** UTC offset (seconds) of an instant in a zone, via ical.js (utcOffset() wants a zone-local time). */
function offsetAt(zone: ICAL.Timezone, iso: string): number {
  return ICAL.Time.fromJSDate(new Date(iso), true).convertToZone(zone).utcOffset();
}

/** ICAL.parse returns one jCal, or a list of them when a file holds several VCALENDARs. */
function parseAll(text: string): ICAL.Component[] {
  const parsed: unknown[] = ICAL.parse(text);
  const many = parsed.length > 0 && parsed.every((item) => Array.isArray(item));
  return (many ? parsed : [parsed]).map((jcal) => new ICAL.Component(jcal));
}

describe.skipIf(!present)('conformance files in ../shared/conformance/ical', () => {
  it('ical.js parses every conformance file (sanity check of the parser our tests rely on)', () => {
    const files = icsFiles(conformanceDir);
    expect(files.length).toBeGreaterThanOrEqual(10);
    for (const file of files) {
      const roots = parseAll(readFileSync(file, 'utf8'));
      expect(roots.length, file).toBeGreaterThan(0);
      for (const root of roots) expect(root.name, file).toBe('vcalendar');
    }
  });

  it('our VTIMEZONE agrees with libical zoneinfo 2025c Brussels.ics on UTC offsets', () => {
    const ours = timezoneFrom(BRUSSELS_VTIMEZONE);
    const libical = timezoneFrom(
      readFileSync(join(conformanceDir, 'libical/zoneinfo2025c/Brussels.ics'), 'utf8'),
    );
    // Around the transitions of NOTES.md §3 (derived from IANA tz). No instant in the *first* pass
    // of the repeated October hour: ical.js maps its local time to the second pass (see feed.test.ts),
    // so it would report CET for both files alike and prove nothing.
    const instants = [
      '2025-03-30T00:59:59Z',
      '2025-03-30T01:00:00Z',
      '2025-10-25T23:59:59Z',
      '2025-10-26T01:00:00Z',
      '2026-03-29T01:00:00Z',
      '2026-10-25T01:00:00Z',
      '2027-03-28T00:30:00Z',
      '2027-03-28T01:30:00Z',
      '2027-10-30T23:30:00Z',
      '2027-10-31T01:30:00Z',
      '2027-01-12T08:00:00Z',
      '2027-07-01T12:00:00Z',
      '2035-10-28T02:00:00Z',
    ];
    for (const iso of instants) {
      const expected = offsetAt(libical, iso);
      expect(offsetAt(ours, iso), iso).toBe(expected);
      // And both agree with the IANA data bundled in Node's ICU.
      const name = new Intl.DateTimeFormat('en-GB', {
        timeZone: 'Europe/Brussels',
        timeZoneName: 'shortOffset',
      })
        .formatToParts(new Date(iso))
        .find((p) => p.type === 'timeZoneName')?.value;
      expect(name, iso).toBe(expected === 7200 ? 'GMT+2' : 'GMT+1');
    }
  });

  it('a cancelled assignment has the shape of the cancel-status example (STATUS:CANCELLED kept)', () => {
    const sample = new ICAL.Component(
      ICAL.parse(
        readFileSync(join(conformanceDir, 'recurring-ical-events/issue_18_cancel_status.ics'), 'utf8'),
      ),
    );
    const sampleStatuses = sample.getAllSubcomponents('vevent').map((e) => e.getFirstPropertyValue('status'));
    expect(sampleStatuses).toContain('CANCELLED');
    const ours = new ICAL.Component(
      ICAL.parse(
        buildInterpreterFeed({
          interpreter: { id: 'i', displayName: 'I' },
          calendarName: 'c',
          productId: '-//Wegwijs//Test//NL',
          assignments: [assignment({ status: 'cancelled', sequence: 1 })],
        }),
      ),
    );
    const [event] = ours.getAllSubcomponents('vevent');
    expect(event?.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(event?.getFirstPropertyValue('sequence')).toBe(1);
  });
});
