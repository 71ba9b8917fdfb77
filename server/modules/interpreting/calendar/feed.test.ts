import { describe, expect, it } from 'vitest';
import { buildInterpreterFeed, type FeedAssignment, languageLabel, needsNewSequence } from './feed.ts';
import { assignment, parseFeed } from './test-support.ts';

const interpreter = { id: 'int-7', displayName: 'Amina B.' };

function feed(assignments: FeedAssignment[]): string {
  return buildInterpreterFeed({
    interpreter,
    assignments,
    calendarName: 'Wegwijs — opdrachten Amina',
    productId: '-//Wegwijs//Tolkenagenda//NL',
  });
}

/** Brussels wall clock of an instant as `YYYY-MM-DD HH:MM`, via Intl (independent of the builder). */
function brusselsWallClock(instant: Date): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Brussels',
    dateStyle: 'short',
    timeStyle: 'short',
  }).format(instant);
}

describe('buildInterpreterFeed', () => {
  it('gives each assignment a stable UID and the calendar its name, refresh hint and PRODID', () => {
    const text = feed([assignment({ id: 'a1' }), assignment({ id: 'a2', reference: 'W-2' })]);
    const { calendar, events } = parseFeed(text);
    expect(events.map((e) => e.uid).sort()).toEqual(['a1@wegwijs', 'a2@wegwijs']);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Wegwijs — opdrachten Amina');
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Wegwijs//Tolkenagenda//NL');
    expect(text).toContain('\r\nREFRESH-INTERVAL;VALUE=DURATION:PT1H\r\n');
    expect(text).toContain('\r\nX-PUBLISHED-TTL:PT1H\r\n');
    expect(text).toContain('\r\nX-WR-TIMEZONE:Europe/Brussels\r\n');
    // Same data, same bytes: lets the route answer with a strong ETag.
    expect(feed([assignment({ id: 'a2', reference: 'W-2' }), assignment({ id: 'a1' })])).toBe(text);
  });

  it('writes DTSTAMP and LAST-MODIFIED in UTC from updatedAt', () => {
    const text = feed([assignment({ updatedAt: new Date('2027-01-05T10:00:00Z') })]);
    expect(text).toContain('\r\nDTSTAMP:20270105T100000Z\r\n');
    expect(text).toContain('\r\nLAST-MODIFIED:20270105T100000Z\r\n');
  });

  it('keeps Brussels times right on both DST days of 2027 (28 March, 31 October)', () => {
    const cases = [
      // Before and after the spring-forward gap (02:00 → 03:00 local, 01:00 UTC).
      { id: 'm1', start: '2027-03-28T00:30:00Z', end: '2027-03-28T02:30:00Z', local: '2027-03-28 01:30' },
      { id: 'm2', start: '2027-03-28T07:00:00Z', end: '2027-03-28T08:00:00Z', local: '2027-03-28 09:00' },
      // October: just before the repeated hour, later that day, and the week before.
      { id: 'o1', start: '2027-10-30T23:00:00Z', end: '2027-10-30T23:45:00Z', local: '2027-10-31 01:00' },
      { id: 'o2', start: '2027-10-31T09:00:00Z', end: '2027-10-31T10:00:00Z', local: '2027-10-31 10:00' },
      { id: 'o3', start: '2027-10-24T08:00:00Z', end: '2027-10-24T09:00:00Z', local: '2027-10-24 10:00' },
    ];
    const text = feed(
      cases.map((c) => assignment({ id: c.id, start: new Date(c.start), end: new Date(c.end) })),
    );
    const { events } = parseFeed(text);
    for (const c of cases) {
      const event = events.find((e) => e.uid === `${c.id}@wegwijs`);
      expect(event?.startTzid).toBe('Europe/Brussels');
      expect(event?.start.toISOString()).toBe(new Date(c.start).toISOString());
      expect(event?.end.toISOString()).toBe(new Date(c.end).toISOString());
      expect(brusselsWallClock(new Date(c.start))).toBe(c.local);
    }
    expect(text).toContain('DTSTART;TZID=Europe/Brussels:20270328T013000\r\n');
    expect(text).toContain('DTEND;TZID=Europe/Brussels:20270328T043000\r\n');
    expect(text).toContain('DTSTART;TZID=Europe/Brussels:20271031T010000\r\n');
    expect(text).toContain('\r\nBEGIN:VTIMEZONE\r\nTZID:Europe/Brussels\r\n');
  });

  it('writes either pass of the repeated October hour in UTC, not as an ambiguous local time', () => {
    for (const [start, end] of [
      ['2027-10-31T00:30:00Z', '2027-10-31T03:00:00Z'], // 02:30 CEST, the first 02:30 of the night
      ['2027-10-31T01:30:00Z', '2027-10-31T02:30:00Z'], // 02:30 CET, the second one
    ] as const) {
      const text = feed([assignment({ id: 'fold', start: new Date(start), end: new Date(end) })]);
      expect(text).toContain(`DTSTART:${start.replace(/[-:]/g, '').replace('.000', '')}\r\n`);
      const [event] = parseFeed(text).events;
      expect(event?.start.toISOString()).toBe(new Date(start).toISOString());
    }
  });

  it('pins why: ical.js reads an ambiguous TZID time as the second pass, against RFC 5545', () => {
    // Hand-written, because the builder never emits this form.
    const text = feed([assignment({ id: 'plain', start: new Date('2027-01-12T08:00:00Z') })]).replace(
      'DTSTART;TZID=Europe/Brussels:20270112T090000',
      'DTSTART;TZID=Europe/Brussels:20271031T023000',
    );
    const [event] = parseFeed(text).events;
    expect(event?.start.toISOString()).toBe('2027-10-31T01:30:00.000Z'); // RFC 5545 would say 00:30Z
  });

  it('does not depend on the server time zone', () => {
    const previous = process.env.TZ;
    try {
      process.env.TZ = 'America/New_York';
      const text = feed([assignment({ start: new Date('2027-01-12T08:00:00Z') })]);
      expect(text).toContain('DTSTART;TZID=Europe/Brussels:20270112T090000\r\n');
    } finally {
      process.env.TZ = previous;
    }
  });

  it('carries SEQUENCE and keeps a cancelled assignment with STATUS:CANCELLED', () => {
    const text = feed([
      assignment({ id: 'live', sequence: 2 }),
      assignment({ id: 'gone', status: 'cancelled', sequence: 5 }),
      assignment({ id: 'void', status: 'voided', sequence: 1 }),
    ]);
    const { events } = parseFeed(text);
    const byUid = new Map(events.map((e) => [e.uid, e]));
    expect(byUid.get('live@wegwijs')).toMatchObject({ sequence: 2, status: 'CONFIRMED' });
    expect(byUid.get('gone@wegwijs')).toMatchObject({ sequence: 5, status: 'CANCELLED' });
    expect(byUid.get('gone@wegwijs')?.summary).toMatch(/^GEANNULEERD: /);
    expect(byUid.get('void@wegwijs')?.status).toBe('CANCELLED');
    expect(text).not.toContain('METHOD:'); // iTIP methods do not belong in a subscription feed
  });

  it('escapes commas, semicolons, backslashes and newlines in text and round-trips them', () => {
    const notes = 'Breng mee: paspoort, attest; formulier A\\B\nTweede regel';
    const text = feed([assignment({ preparationNotes: notes, address: 'Rue X 1; bus 2, 1000 Brussel' })]);
    expect(text.replace(/\r\n /g, '')).toContain('paspoort\\, attest\\; formulier A\\\\B\\nTweede regel');
    const [event] = parseFeed(text).events;
    expect(event?.description).toContain(notes);
    expect(event?.location).toBe('Rue X 1; bus 2, 1000 Brussel — lokaal 1.02');
  });

  it('puts mode, language and reference in SUMMARY; LOCATION on site, URL for video', () => {
    const text = feed([
      assignment({ id: 'site', mode: 'on_site', language: 'ar-MA' }),
      assignment({
        id: 'video',
        mode: 'video',
        language: 'prs',
        address: null,
        room: null,
        videoLink: 'https://meet.example.org/abc',
      }),
      assignment({
        id: 'tel',
        mode: 'phone',
        language: 'fa',
        address: null,
        room: null,
        phone: '+32 9 123 45 67',
      }),
    ]);
    const byUid = new Map(parseFeed(text).events.map((e) => [e.uid, e]));
    expect(byUid.get('site@wegwijs')?.summary).toBe(
      'Tolken ter plaatse · Arabisch (Marokko) (ar-MA) · W-2027-0001',
    );
    expect(byUid.get('site@wegwijs')?.location).toBe('Kongostraat 42, 9000 Gent — lokaal 1.02');
    expect(byUid.get('video@wegwijs')).toMatchObject({ url: 'https://meet.example.org/abc', location: null });
    expect(byUid.get('video@wegwijs')?.summary).toContain('Videotolken');
    expect(byUid.get('tel@wegwijs')?.description).toContain('Telefoonnummer: +32 9 123 45 67');
    expect(byUid.get('tel@wegwijs')?.location).toBeNull();
  });

  it('never leaks client personal data, even when the caller passes extra fields', () => {
    // A row straight from the database may carry more than the feed needs.
    const row = { ...assignment(), clientName: 'Fatima El Amrani', clientBirthDate: '2015-04-01' };
    const text = feed([row]);
    expect(text).not.toContain('Fatima');
    expect(text).not.toContain('Amrani');
    expect(text).not.toContain('2015');
    expect(text).toContain('Basisschool De Kleine Reus');
  });

  it('ends lines with CRLF and folds them at 75 octets, multi-byte characters included', () => {
    const text = feed([assignment({ preparationNotes: 'Één tolk — Ελληνικά — عربى — '.repeat(10) })]);
    expect(text.split('\n').every((line) => line.endsWith('\r') || line === 'END:VCALENDAR')).toBe(true);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(parseFeed(text).events[0]?.description).toContain('Één tolk — Ελληνικά — عربى');
  });

  it('rejects an assignment that ends before it starts', () => {
    expect(() => feed([assignment({ end: new Date('2027-01-12T07:00:00Z') })])).toThrow(
      /end must be after start/,
    );
  });
});

describe('needsNewSequence', () => {
  const before = assignment();
  it('is true for a change of time, place or status and false for notes only', () => {
    expect(needsNewSequence(before, assignment({ start: new Date('2027-01-12T08:30:00Z') }))).toBe(true);
    expect(needsNewSequence(before, assignment({ room: '2.01' }))).toBe(true);
    expect(needsNewSequence(before, assignment({ status: 'cancelled' }))).toBe(true);
    expect(needsNewSequence(before, assignment({ preparationNotes: 'anders' }))).toBe(false);
  });
});

describe('languageLabel', () => {
  it('falls back to the tag for unknown or invalid tags', () => {
    expect(languageLabel('nl')).toBe('Nederlands (nl)');
    expect(languageLabel('not a tag')).toBe('not a tag');
  });
});
