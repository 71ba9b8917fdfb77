import { describe, expect, it } from 'vitest';
import type { ExistingAssignment, InterpreterProfile, MatchRequest } from './eligibility.ts';
import { ANTWERPEN, interpreter, job, PARAMS, request, SINT_PIETERS } from './matching.fixtures.ts';
import { explainIneligibility, failedRules } from './matching.ts';

function rules(req: MatchRequest, who: InterpreterProfile, jobs: ExistingAssignment[] = []) {
  return failedRules(explainIneligibility(req, who, jobs, PARAMS));
}

describe('eligibility: each rule on its own', () => {
  it('accepts the baseline', () => {
    expect(rules(request(), interpreter('a'))).toEqual([]);
  });

  it('language, variant, alternatives and direction', () => {
    expect(rules(request({ language: 'tr' }), interpreter('a'))).toEqual(['language']);
    expect(rules(request({ variant: 'maghreb' }), interpreter('a'))).toEqual(['language']);
    expect(rules(request({ variant: 'msa' }), interpreter('a'))).toEqual([]);
    expect(rules(request({ language: 'tr', alternatives: [{ language: 'ar' }] }), interpreter('a'))).toEqual(
      [],
    );
    const oneWay = interpreter('a', { languages: [{ language: 'ar', direction: 'into_dutch' }] });
    expect(rules(request(), oneWay)).toEqual(['language']);
    expect(rules(request({ direction: 'into_dutch' }), oneWay)).toEqual([]);
  });

  it('mode and specialism', () => {
    expect(rules(request(), interpreter('a', { modes: ['phone'] }))).toEqual(['mode']);
    expect(rules(request({ specialism: 'medical' }), interpreter('a'))).toEqual(['specialism']);
    expect(rules(request({ specialism: 'medical' }), interpreter('a', { specialisms: ['medical'] }))).toEqual(
      [],
    );
  });

  it('certification must be valid on the Brussels day of the job', () => {
    expect(rules(request(), interpreter('a', { certificationValidUntil: '2027-01-11' }))).toEqual([
      'certification',
    ]);
    expect(rules(request(), interpreter('a', { certificationValidUntil: '2027-01-12' }))).toEqual([]);
    expect(rules(request(), interpreter('a', { certificationValidUntil: null }))).toEqual(['certification']);
    // 00:30 on 13 January in Brussels is still 12 January in UTC.
    const late = request({
      start: '2027-01-12T23:30:00.000Z',
      end: '2027-01-13T00:30:00.000Z',
      mode: 'phone',
    });
    const allDay = [
      { weekday: 2, from: '00:00', to: '24:00' },
      { weekday: 3, from: '00:00', to: '24:00' },
    ];
    expect(
      rules(late, interpreter('a', { certificationValidUntil: '2027-01-12', weeklyAvailability: allDay })),
    ).toEqual(['certification']);
  });

  it('availability: weekly windows, extra hours and time off', () => {
    expect(rules(request({ start: '2027-01-12T06:30:00.000Z' }), interpreter('a'))).toEqual(['availability']); // 07:30
    const saturday = request({ start: '2027-01-16T09:00:00.000Z', end: '2027-01-16T10:00:00.000Z' });
    expect(rules(saturday, interpreter('a'))).toEqual(['availability']);
    const extra = [{ start: '2027-01-16T08:00:00.000Z', end: '2027-01-16T12:00:00.000Z', available: true }];
    expect(rules(saturday, interpreter('a', { availabilityExceptions: extra }))).toEqual([]);
    const off = [{ start: '2027-01-11T00:00:00.000Z', end: '2027-01-15T00:00:00.000Z', available: false }];
    const failures = explainIneligibility(
      request(),
      interpreter('a', { availabilityExceptions: off }),
      [],
      PARAMS,
    );
    expect(failures).toEqual([
      { rule: 'availability', key: 'interpreting.ineligible.availability', params: { reason: 'time_off' } },
    ]);
  });

  it('availability follows Brussels wall-clock time in summer', () => {
    // 08:00 Brussels in July is 06:00 UTC.
    const july = request({ start: '2027-07-13T06:00:00.000Z', end: '2027-07-13T07:00:00.000Z' });
    expect(rules(july, interpreter('a'))).toEqual([]);
    expect(rules({ ...july, start: '2027-07-13T05:59:00.000Z' }, interpreter('a'))).toEqual(['availability']);
  });

  it('overlap with an existing job, whatever its mode', () => {
    const phone = job('a', '2027-01-12T08:30:00.000Z', '2027-01-12T09:30:00.000Z');
    expect(rules(request(), interpreter('a'), [phone])).toEqual(['overlap']);
    const touching = job('a', '2027-01-12T07:00:00.000Z', '2027-01-12T08:00:00.000Z');
    expect(rules(request(), interpreter('a'), [touching])).toEqual([]);
    expect(rules(request(), interpreter('a'), [job('b', phone.start, phone.end)])).toEqual([]);
  });

  it('travel time between on-site jobs, before and after', () => {
    // Sint-Pieters → Kongostraat: 17 minutes. A job ending 08:45 Brussels leaves 15: too little.
    const before = job('a', '2027-01-12T07:00:00.000Z', '2027-01-12T07:45:00.000Z', {
      location: SINT_PIETERS,
    });
    expect(rules(request(), interpreter('a'), [before])).toEqual(['travel_time']);
    const earlier = job('a', '2027-01-12T07:00:00.000Z', '2027-01-12T07:43:00.000Z', {
      location: SINT_PIETERS,
    });
    expect(rules(request(), interpreter('a'), [earlier])).toEqual([]);
    const after = job('a', '2027-01-12T09:15:00.000Z', '2027-01-12T10:00:00.000Z', {
      location: SINT_PIETERS,
    });
    const failures = explainIneligibility(request(), interpreter('a'), [after], PARAMS);
    expect(failures).toMatchObject([{ rule: 'travel_time', params: { travelMinutes: 17 } }]);
    // No travel buffer when either job is by phone or video.
    expect(rules(request(), interpreter('a'), [{ ...before, location: null }])).toEqual([]);
    expect(rules(request({ mode: 'video', location: null }), interpreter('a'), [before])).toEqual([]);
  });

  it('daily and weekly hours', () => {
    const long = job('a', '2027-01-12T10:00:00.000Z', '2027-01-12T17:00:00.000Z'); // 7 h on the same day
    expect(rules(request(), interpreter('a'), [long])).toEqual([]);
    expect(rules(request(), interpreter('a', { maxHoursPerDay: 7.5 }), [long])).toEqual(['daily_hours']);
    const week = ['2027-01-11', '2027-01-13', '2027-01-14', '2027-01-15'].map((d) =>
      job('a', `${d}T08:00:00.000Z`, `${d}T16:00:00.000Z`),
    ); // 32 h in the ISO week
    expect(rules(request(), interpreter('a'), week)).toEqual(['weekly_hours']);
    const lastWeek = job('a', '2027-01-10T08:00:00.000Z', '2027-01-10T16:00:00.000Z'); // Sunday before
    expect(rules(request(), interpreter('a', { maxHoursPerWeek: 1 }), [lastWeek])).toEqual([]);
  });

  it('bans, same gender and distance', () => {
    expect(rules(request(), interpreter('a', { bannedByOrganisations: ['org-school'] }))).toEqual(['banned']);
    expect(rules(request({ sameGender: 'female' }), interpreter('a'))).toEqual(['gender']);
    expect(rules(request({ sameGender: 'female' }), interpreter('a', { gender: 'male' }))).toEqual([
      'gender',
    ]);
    expect(rules(request({ sameGender: 'female' }), interpreter('a', { gender: 'female' }))).toEqual([]);
    expect(rules(request(), interpreter('a', { home: ANTWERPEN }))).toEqual(['distance']);
    expect(rules(request({ mode: 'phone', location: null }), interpreter('a', { home: ANTWERPEN }))).toEqual(
      [],
    );
    expect(rules(request(), interpreter('a', { home: ANTWERPEN, maxTravelKm: null }))).toEqual([]);
  });

  it('lists every failed rule at once, with translatable keys', () => {
    const bad = interpreter('a', {
      languages: [{ language: 'fr', direction: 'both' }],
      modes: ['phone'],
      certificationValidUntil: '2026-01-01',
      bannedByOrganisations: ['org-school'],
      home: ANTWERPEN,
    });
    const failures = explainIneligibility(
      request({ specialism: 'legal', sameGender: 'male' }),
      bad,
      [],
      PARAMS,
    );
    expect(failedRules(failures)).toEqual([
      'language',
      'mode',
      'certification',
      'specialism',
      'banned',
      'gender',
      'distance',
    ]);
    expect(failures[0]).toEqual({
      rule: 'language',
      key: 'interpreting.ineligible.language',
      params: { language: 'ar', variant: '', direction: 'both' },
    });
  });
});
