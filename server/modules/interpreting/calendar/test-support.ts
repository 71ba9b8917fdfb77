/**
 * Test-only helpers: parse a feed with ical.js (an independent parser) and resolve TZIDs.
 * Kept out of the builder so production code never loads ical.js.
 */
import ICAL from 'ical.js';
import type { FeedAssignment } from './feed.ts';

export type ParsedEvent = {
  uid: string;
  summary: string;
  description: string;
  location: string | null;
  url: string | null;
  status: string | null;
  sequence: number;
  start: Date;
  end: Date;
  startTzid: string | null;
};

/** Registers every VTIMEZONE of the feed, so that ical.js resolves TZID parameters to offsets. */
export function parseFeed(text: string): { calendar: ICAL.Component; events: ParsedEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const vtimezone of calendar.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(new ICAL.Timezone(vtimezone));
  }
  // Parse again: ical.js binds TZIDs to zones while parsing, after registration they resolve.
  const bound = new ICAL.Component(ICAL.parse(text));
  const events = bound.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    const text = (name: string): string | null => {
      const value = vevent.getFirstPropertyValue(name);
      return typeof value === 'string' ? value : null;
    };
    const tzid = vevent.getFirstProperty('dtstart')?.getParameter('tzid');
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      location: text('location'),
      url: text('url'),
      status: text('status'),
      sequence: event.sequence,
      start: event.startDate.toJSDate(),
      end: event.endDate.toJSDate(),
      startTzid: typeof tzid === 'string' ? tzid : null,
    };
  });
  return { calendar: bound, events };
}

export function assignment(overrides: Partial<FeedAssignment> = {}): FeedAssignment {
  return {
    id: 'asg-1',
    reference: 'W-2027-0001',
    status: 'confirmed',
    start: new Date('2027-01-12T08:00:00Z'),
    end: new Date('2027-01-12T09:00:00Z'),
    mode: 'on_site',
    language: 'ar',
    address: 'Kongostraat 42, 9000 Gent',
    room: '1.02',
    organisationName: 'Basisschool De Kleine Reus',
    preparationNotes: 'Oudercontact over het rapport.',
    sequence: 0,
    updatedAt: new Date('2027-01-05T10:00:00Z'),
    ...overrides,
  };
}
