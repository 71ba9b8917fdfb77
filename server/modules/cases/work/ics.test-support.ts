/** Test-only: reads an .ics with ical.js (an independent parser), resolving TZIDs through its VTIMEZONEs. */
import ICAL from 'ical.js';

export type ParsedIcsEvent = {
  uid: string;
  summary: string;
  description: string;
  location: string | null;
  status: string | null;
  sequence: number;
  start: Date;
  end: Date;
  startTzid: string | null;
};

export function parseIcs(text: string): { calendar: ICAL.Component; events: ParsedIcsEvent[] } {
  const first = new ICAL.Component(ICAL.parse(text));
  for (const vtimezone of first.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(new ICAL.Timezone(vtimezone));
  }
  // ical.js binds TZIDs to zones while parsing: parse again once they are registered.
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    const value = (name: string) => {
      const found = vevent.getFirstPropertyValue(name);
      return typeof found === 'string' ? found : null;
    };
    const tzid = vevent.getFirstProperty('dtstart')?.getParameter('tzid');
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      location: value('location'),
      status: value('status'),
      sequence: event.sequence,
      start: event.startDate.toJSDate(),
      end: event.endDate.toJSDate(),
      startTzid: typeof tzid === 'string' ? tzid : null,
    };
  });
  return { calendar, events };
}
