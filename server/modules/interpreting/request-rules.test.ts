import { describe, expect, it } from 'vitest';
import {
  type InterpretingRequestInputRaw,
  InterpretingRequestInputSchema,
  interpretingErrors,
} from '../../../contracts/interpreting.ts';
import { brusselsDateTime } from './brussels-time.ts';
import {
  type RequestContext,
  type RequestRuleParams,
  toMatchRequest,
  validateInterpretingRequest,
} from './request-rules.ts';

const params: RequestRuleParams = {
  leadTime: { workingDays: 2, cutOffTime: '16:00' },
  durationMinutes: { min: 15, max: 480 },
  maxOccurrences: 52,
};
const requester: RequestContext = { now: brusselsDateTime('2027-01-08', '15:00'), mayMarkUrgent: false };
const dispatcher: RequestContext = { ...requester, mayMarkUrgent: true };

/** The example body of issue 4, verbatim. */
const example: InterpretingRequestInputRaw = {
  mode: 'on_site',
  language: 'ar',
  start: '2027-01-12T09:00:00+01:00',
  durationMinutes: 60,
  address: 'Kongostraat 42, 9000 Gent',
  sector: 'education',
  conversationType: 'parent_meeting',
  clientReference: 'K-17',
};

function validate(patch: Partial<InterpretingRequestInputRaw>, context = requester) {
  return validateInterpretingRequest(
    InterpretingRequestInputSchema.parse({ ...example, ...patch }),
    params,
    context,
  );
}

function paths(patch: Partial<InterpretingRequestInputRaw>, context = requester): string[] {
  const result = validate(patch, context);
  return result.ok ? [] : result.errors.map((error) => error.path);
}

describe('request input schema', () => {
  it('accepts the example of issue 4 and fills the defaults', () => {
    const parsed = InterpretingRequestInputSchema.parse(example);
    expect(parsed).toMatchObject({
      counterpartLanguage: 'nl',
      direction: 'both',
      urgent: false,
      alternativeLanguages: [],
    });
  });

  it('refuses a client name as reference and a start without offset', () => {
    expect(
      InterpretingRequestInputSchema.safeParse({ ...example, clientReference: 'Jan Peeters' }).success,
    ).toBe(false);
    expect(
      InterpretingRequestInputSchema.safeParse({ ...example, start: '2027-01-12T09:00:00' }).success,
    ).toBe(false);
    expect(
      InterpretingRequestInputSchema.safeParse({ ...example, videoLink: 'http://x.example' }).success,
    ).toBe(false);
  });

  it('has a catalogue of namespaced codes with 4xx statuses', () => {
    for (const [code, spec] of Object.entries(interpretingErrors)) {
      expect(code).toMatch(/^INTERPRETING\.[A-Z_]+$/);
      expect(spec.status).toBeGreaterThanOrEqual(400);
      expect(spec.status).toBeLessThan(500);
    }
  });
});

describe('validateInterpretingRequest', () => {
  it('accepts the example booked on Friday 15:00 for Tuesday', () => {
    const result = validate({});
    expect(result.ok).toBe(true);
    expect(result.ok && result.occurrences).toEqual([
      {
        index: 0,
        localDate: '2027-01-12',
        start: '2027-01-12T08:00:00.000Z',
        end: '2027-01-12T09:00:00.000Z',
        onClosedDay: false,
      },
    ]);
  });

  it('refuses too short a lead time with the earliest date', () => {
    const result = validate({}, { ...requester, now: brusselsDateTime('2027-01-08', '16:30') });
    expect(result).toEqual({
      ok: false,
      code: 'INTERPRETING.LEAD_TIME_TOO_SHORT',
      errors: [
        {
          path: 'start',
          code: 'INTERPRETING.LEAD_TIME_TOO_SHORT',
          message: 'book at least 2 working days ahead; the earliest possible date is 2027-01-13',
        },
      ],
    });
  });

  it('lets a dispatcher mark a request urgent, and only a dispatcher', () => {
    const tomorrow = { start: '2027-01-11T09:00:00+01:00', urgent: true };
    expect(validate(tomorrow, dispatcher).ok).toBe(true);
    expect(paths(tomorrow, requester)).toEqual(['urgent', 'start']);
    expect(paths({ start: '2027-01-11T09:00:00+01:00' }, dispatcher)).toEqual(['start']);
  });

  it('refuses a start in the past even when urgent', () => {
    expect(paths({ start: '2027-01-08T13:00:00+01:00', urgent: true }, dispatcher)).toEqual(['start']);
  });

  it('is always to or from Dutch', () => {
    expect(validate({ language: 'fr', counterpartLanguage: 'en' })).toMatchObject({
      ok: false,
      code: 'INTERPRETING.NOT_DUTCH',
    });
    expect(paths({ language: 'nl' })).toEqual(['language']);
    expect(validate({ language: 'nl', counterpartLanguage: 'ar' }).ok).toBe(true);
    expect(paths({ alternativeLanguages: [{ language: 'fr' }, { language: 'nl' }] })).toEqual([
      'alternativeLanguages.1.language',
    ]);
    expect(
      paths({ variant: 'maghreb', alternativeLanguages: [{ language: 'ar', variant: 'maghreb' }] }),
    ).toEqual(['alternativeLanguages.0']);
    expect(
      validate({ variant: 'maghreb', alternativeLanguages: [{ language: 'ar', variant: 'msa' }] }).ok,
    ).toBe(true);
  });

  it.each(['political', 'private', 'commercial', 'religious'] as const)(
    'refuses a %s conversation with a reason',
    (type) => {
      const result = validate({ conversationType: type });
      expect(result).toMatchObject({ ok: false, code: 'INTERPRETING.CONVERSATION_REFUSED' });
      expect(!result.ok && result.errors[0]?.message).toContain(`${type} conversations are not interpreted`);
    },
  );

  it('checks the duration bounds given as parameters', () => {
    expect(paths({ durationMinutes: 10 })).toEqual(['durationMinutes']);
    expect(paths({ durationMinutes: 481 })).toEqual(['durationMinutes']);
    expect(validate({ durationMinutes: 15 }).ok).toBe(true);
    expect(validate({ durationMinutes: 480 }).ok).toBe(true);
  });

  it('needs an address on site, a number by phone, a link by video', () => {
    expect(paths({ address: undefined })).toEqual(['address']);
    expect(paths({ mode: 'phone' })).toEqual(['phoneNumber']);
    expect(validate({ mode: 'phone', phoneNumber: '+32 9 123 45 67' }).ok).toBe(true);
    expect(paths({ mode: 'video' })).toEqual(['videoLink']);
    expect(validate({ mode: 'video', videoLink: 'https://meet.example/abc' }).ok).toBe(true);
  });

  it('checks every alternative slot too', () => {
    const slots = [{ start: '2027-01-13T09:00:00+01:00' }, { start: '2027-01-11T09:00:00+01:00' }];
    expect(paths({ alternativeSlots: slots })).toEqual(['alternativeSlots.1.start']);
  });

  it('reports every broken rule at once, under a general code', () => {
    const result = validate({
      language: 'fr',
      counterpartLanguage: 'en',
      conversationType: 'religious',
      address: undefined,
    });
    expect(result).toMatchObject({ ok: false, code: 'INTERPRETING.REQUEST_INVALID' });
    expect(!result.ok && result.errors.map((e) => e.path)).toEqual([
      'counterpartLanguage',
      'conversationType',
      'address',
    ]);
  });
});

describe('series requests', () => {
  it('expands weekly for 10 weeks at the same Brussels time across the DST change', () => {
    const result = validate({
      start: '2027-03-09T09:00:00+01:00',
      recurrence: { frequency: 'weekly', count: 10 },
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.occurrences).toHaveLength(10);
    expect(result.occurrences[2]?.start).toBe('2027-03-23T08:00:00.000Z'); // CET
    expect(result.occurrences[3]?.start).toBe('2027-03-30T07:00:00.000Z'); // CEST, still 09:00 local
    expect(result.occurrences[9]?.localDate).toBe('2027-05-11');
  });

  it('flags occurrences on public holidays instead of dropping them', () => {
    const result = validate({
      start: '2027-03-22T09:00:00+01:00',
      recurrence: { frequency: 'weekly', count: 3 },
    });
    expect(result.ok && result.occurrences.map((o) => o.onClosedDay)).toEqual([false, true, false]); // 29/3 Easter Monday
  });

  it('needs a count or an end, and stays under the maximum', () => {
    expect(paths({ recurrence: { frequency: 'weekly' } })).toEqual(['recurrence']);
    expect(paths({ recurrence: { frequency: 'daily', count: 53 } })).toEqual(['recurrence']);
    expect(paths({ recurrence: { frequency: 'daily', until: '2028-12-31' } })).toEqual(['recurrence']);
    const until = validate({ recurrence: { frequency: 'weekly', interval: 2, until: '2027-02-23' } });
    expect(until.ok && until.occurrences.map((o) => o.localDate)).toEqual([
      '2027-01-12',
      '2027-01-26',
      '2027-02-09',
      '2027-02-23',
    ]);
  });

  it('refuses alternative slots on a series', () => {
    const patch = {
      recurrence: { frequency: 'weekly' as const, count: 2 },
      alternativeSlots: [{ start: '2027-01-13T09:00:00+01:00' }],
    };
    expect(paths(patch)).toEqual(['alternativeSlots']);
  });

  it('judges the lead time on the first occurrence', () => {
    const late = {
      start: '2027-01-11T09:00:00+01:00',
      recurrence: { frequency: 'weekly' as const, count: 4 },
    };
    expect(paths(late)).toEqual(['start']);
  });
});

describe('toMatchRequest', () => {
  it('turns a validated occurrence into the matcher’s input', () => {
    const input = InterpretingRequestInputSchema.parse({
      ...example,
      language: 'nl',
      counterpartLanguage: 'ar',
      sameGender: 'female',
    });
    const place = { lat: 51.0637, lon: 3.7298 };
    const occurrence = { start: '2027-01-12T08:00:00.000Z', end: '2027-01-12T09:00:00.000Z' };
    expect(toMatchRequest(input, occurrence, { organisationId: 'org-1', location: place })).toEqual({
      mode: 'on_site',
      language: 'ar',
      variant: null,
      direction: 'both',
      alternatives: [],
      start: occurrence.start,
      end: occurrence.end,
      location: place,
      specialism: null,
      sameGender: 'female',
      organisationId: 'org-1',
      clientReference: 'K-17',
      preferredInterpreterId: null,
    });
    const phone = InterpretingRequestInputSchema.parse({
      ...example,
      mode: 'phone',
      phoneNumber: '+3291234567',
    });
    expect(
      toMatchRequest(phone, occurrence, { organisationId: 'org-1', location: place }).location,
    ).toBeNull();
  });
});
