import { describe, expect, it } from 'vitest';
import { buildAppointmentIcs, escapeText, foldLine, type IcsAppointment } from './appointment-ics.ts';
import { parseIcs } from './ics.test-support.ts';

function appointment(patch: Partial<IcsAppointment> = {}): IcsAppointment {
  return {
    id: '6f1c2a4e-0000-4000-8000-000000000001',
    caseReference: 'D-2027-000042',
    startsAt: new Date('2027-01-12T08:00:00Z'),
    endsAt: new Date('2027-01-12T09:00:00Z'),
    location: 'Onthaalbureau Noord, Sleepstraat 1, 9000 Gent',
    modality: 'on_site',
    status: 'planned',
    sequence: 0,
    updatedAt: new Date('2027-01-01T10:00:00Z'),
    ...patch,
  };
}

describe('the appointment .ics', () => {
  it('is one VEVENT in Brussels time with a VTIMEZONE, CRLF endings and no line over 75 octets', () => {
    const text = buildAppointmentIcs(appointment(), new Date('2027-01-02T00:00:00Z'));
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(text).toContain('DTSTART;TZID=Europe/Brussels:20270112T090000\r\n');
    expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Brussels');
    const { events } = parseIcs(text);
    expect(events).toHaveLength(1);
    const [event] = events;
    expect(event?.start.toISOString()).toBe('2027-01-12T08:00:00.000Z');
    expect(event?.end.toISOString()).toBe('2027-01-12T09:00:00.000Z');
    expect(event?.startTzid).toBe('Europe/Brussels');
    expect(event?.sequence).toBe(0);
    expect(event?.status).toBe('CONFIRMED');
    expect(event?.summary).toBe('Afspraak dossier D-2027-000042');
    expect(event?.location).toBe('Onthaalbureau Noord, Sleepstraat 1, 9000 Gent');
  });

  it('keeps the UID across changes, carries the SEQUENCE and says STATUS:CANCELLED when cancelled', () => {
    const before = parseIcs(buildAppointmentIcs(appointment())).events[0];
    const after = parseIcs(
      buildAppointmentIcs(
        appointment({
          sequence: 2,
          status: 'cancelled',
          startsAt: new Date('2027-07-01T07:30:00Z'),
          endsAt: new Date('2027-07-01T08:00:00Z'),
        }),
      ),
    ).events[0];
    expect(after?.uid).toBe(before?.uid);
    expect(after?.sequence).toBe(2);
    expect(after?.status).toBe('CANCELLED');
    // Summer time: 07:30 UTC is 09:30 in Brussels.
    expect(after?.start.toISOString()).toBe('2027-07-01T07:30:00.000Z');
  });

  it('writes the second 02:30 of the October night in UTC, so it is not read as the first', () => {
    // 31 Oct 2027: 00:30 UTC is 02:30 CEST, 01:30 UTC is 02:30 CET.
    const text = buildAppointmentIcs(
      appointment({ startsAt: new Date('2027-10-31T01:30:00Z'), endsAt: new Date('2027-10-31T02:30:00Z') }),
    );
    const event = parseIcs(text).events[0];
    expect(event?.start.toISOString()).toBe('2027-10-31T01:30:00.000Z');
    expect(event?.end.toISOString()).toBe('2027-10-31T02:30:00.000Z');
  });

  it('escapes text and folds long lines without splitting a character', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
    const long = `LOCATION:${'é'.repeat(100)}`;
    const folded = foldLine(long);
    for (const line of folded.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(folded.split('\r\n ').join('')).toBe(long);
    const location = `Zaal ${'ë'.repeat(60)}, Gent; 2de verdieping`;
    expect(parseIcs(buildAppointmentIcs(appointment({ location }))).events[0]?.location).toBe(location);
  });

  it('holds the case reference but no client data: no title, notes or names', () => {
    const text = buildAppointmentIcs(appointment({ location: null }));
    expect(text).not.toMatch(/^LOCATION[:;]/mu);
    expect(text).toContain('D-2027-000042');
    expect(text).not.toMatch(/ATTENDEE|ORGANIZER/);
  });
});
