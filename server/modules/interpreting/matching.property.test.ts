import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { brusselsDate, brusselsParts, isoWeekday } from './brussels-time.ts';
import type { ExistingAssignment, InterpreterProfile, MatchRequest } from './eligibility.ts';
import { PARAMS } from './matching.fixtures.ts';
import { explainIneligibility, failedRules, type MatchInput, matchInterpreters } from './matching.ts';
import { haversineKm } from './travel.ts';

const QUARTER = 15 * 60_000;
const BASE = Date.parse('2027-01-12T05:00:00.000Z'); // Tuesday 06:00 Brussels
const ORGS = ['o1', 'o2'] as const;

const point = fc.record({
  lat: fc.double({ min: 50.95, max: 51.15, noNaN: true }),
  lon: fc.double({ min: 3.6, max: 3.85, noNaN: true }),
});
const language = fc.constantFrom('ar', 'fr', 'tr');
const variant = fc.constantFrom(undefined, 'msa', 'maghreb');
const direction = fc.constantFrom('both' as const, 'into_dutch' as const, 'from_dutch' as const);
const gender = fc.constantFrom(null, 'female' as const, 'male' as const);
const iso = (ms: number) => new Date(ms).toISOString();

/** Leans towards the permissive value so that enough generated cases have candidates to check. */
function mostly<T>(permissive: T, random: fc.Arbitrary<T>, weight = 3): fc.Arbitrary<T> {
  return fc.oneof({ arbitrary: fc.constant(permissive), weight }, { arbitrary: random, weight: 1 });
}
const ALL_DAY = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, from: '00:00', to: '24:00' }));
const FULL_ARABIC = { language: 'ar', direction: 'both' as const };

const requestArb: fc.Arbitrary<MatchRequest> = fc
  .record({
    mode: fc.constantFrom('on_site' as const, 'phone' as const, 'video' as const),
    language: mostly('ar', language),
    variant: mostly(null, fc.constantFrom(null, 'msa', 'maghreb')),
    direction,
    alternatives: fc.array(fc.record({ language, variant }, { requiredKeys: ['language'] }), {
      maxLength: 2,
    }),
    quarter: fc.integer({ min: 0, max: 60 }),
    quarters: fc.integer({ min: 1, max: 16 }),
    location: fc.option(point, { nil: null }),
    specialism: mostly(null, fc.constantFrom(null, 'medical')),
    sameGender: mostly(null, gender),
    organisationId: fc.constantFrom(...ORGS),
    clientReference: fc.constantFrom(null, 'K-1', 'K-2'),
    preferredInterpreterId: fc.constantFrom(null, 'i0', 'i1'),
  })
  .map(({ quarter, quarters, ...rest }) => ({
    ...rest,
    location: rest.mode === 'on_site' ? rest.location : null,
    start: iso(BASE + quarter * QUARTER),
    end: iso(BASE + (quarter + quarters) * QUARTER),
  }));

const windowArb = fc
  .record({
    weekday: fc.integer({ min: 1, max: 7 }),
    from: fc.integer({ min: 0, max: 20 }),
    hours: fc.integer({ min: 1, max: 10 }),
  })
  .map(({ weekday, from, hours }) => ({
    weekday,
    from: `${String(from).padStart(2, '0')}:00`,
    to: from + hours >= 24 ? '24:00' : `${String(from + hours).padStart(2, '0')}:00`,
  }));

const exceptionArb = fc
  .record({
    quarter: fc.integer({ min: -40, max: 100 }),
    quarters: fc.integer({ min: 1, max: 40 }),
    available: fc.boolean(),
  })
  .map(({ quarter, quarters, available }) => ({
    start: iso(BASE + quarter * QUARTER),
    end: iso(BASE + (quarter + quarters) * QUARTER),
    available,
  }));

function interpreterArb(id: string): fc.Arbitrary<InterpreterProfile> {
  return fc.record({
    id: fc.constant(id),
    languages: fc
      .tuple(
        fc.boolean(),
        fc.array(fc.record({ language, variant, direction }, { requiredKeys: ['language', 'direction'] }), {
          maxLength: 3,
        }),
      )
      .map(([arabic, others]) => (arabic ? [FULL_ARABIC, ...others] : others)),
    modes: mostly(
      ['on_site' as const, 'phone' as const, 'video' as const],
      fc.subarray(['on_site' as const, 'phone' as const, 'video' as const]),
    ),
    certificationValidUntil: mostly('2028-01-01', fc.constantFrom(null, '2027-01-11', '2027-01-12')),
    specialisms: mostly(['medical', 'legal'], fc.subarray(['medical', 'legal'])),
    home: fc.option(point, { nil: null }),
    maxTravelKm: fc.option(fc.integer({ min: 2, max: 30 }), { nil: null }),
    weeklyAvailability: mostly(ALL_DAY, fc.array(windowArb, { maxLength: 6 }), 2),
    availabilityExceptions: fc.array(exceptionArb, { maxLength: 2 }),
    maxHoursPerDay: fc.integer({ min: 1, max: 12 }),
    maxHoursPerWeek: fc.integer({ min: 2, max: 60 }),
    gender,
    bannedByOrganisations: mostly([], fc.subarray([...ORGS])),
    preferredByOrganisations: fc.subarray([...ORGS]),
  });
}

function assignmentArb(count: number): fc.Arbitrary<ExistingAssignment> {
  return fc
    .record({
      who: fc.integer({ min: 0, max: count - 1 }),
      // Half of the jobs land near the request, where overlaps and travel clashes happen.
      quarter: fc.oneof(fc.integer({ min: -300, max: 300 }), fc.integer({ min: -20, max: 80 })),
      quarters: fc.integer({ min: 1, max: 16 }),
      location: fc.option(point, { nil: null }),
      organisationId: fc.constantFrom(...ORGS),
      clientReference: fc.constantFrom(null, 'K-1', 'K-2'),
    })
    .map(({ who, quarter, quarters, ...rest }) => ({
      ...rest,
      interpreterId: `i${who}`,
      start: iso(BASE + quarter * QUARTER),
      end: iso(BASE + (quarter + quarters) * QUARTER),
    }));
}

const inputArb: fc.Arbitrary<MatchInput> = fc.integer({ min: 1, max: 6 }).chain((count) =>
  fc.record({
    request: requestArb,
    interpreters: fc.tuple(...Array.from({ length: count }, (_, i) => interpreterArb(`i${i}`))),
    assignments: fc.array(assignmentArb(count), { maxLength: 12 }),
    monthWorkloadMinutes: fc.dictionary(
      fc.constantFrom('i0', 'i1', 'i2', 'i3'),
      fc.integer({ min: 0, max: 9000 }),
    ),
  }),
);

/** An independent, deliberately naive restatement of the rules, to check candidates against. */
function violatesSomeRule(input: MatchInput, who: InterpreterProfile): string | null {
  const r = input.request;
  const start = Date.parse(r.start);
  const end = Date.parse(r.end);
  const wanted = [{ language: r.language, variant: r.variant ?? undefined }, ...r.alternatives];
  const speaks = wanted.some((w) =>
    who.languages.some(
      (l) =>
        l.language === w.language &&
        (!w.variant || l.variant === w.variant) &&
        (l.direction === 'both' || l.direction === r.direction),
    ),
  );
  if (!speaks) return 'language';
  if (!who.modes.includes(r.mode)) return 'mode';
  if (!who.certificationValidUntil || who.certificationValidUntil < brusselsDate(new Date(start)))
    return 'certification';
  if (r.specialism && !who.specialisms.includes(r.specialism)) return 'specialism';
  if (who.bannedByOrganisations.includes(r.organisationId)) return 'banned';
  if (r.sameGender && who.gender !== r.sameGender) return 'gender';
  if (
    r.mode === 'on_site' &&
    r.location &&
    who.home &&
    who.maxTravelKm !== null &&
    haversineKm(who.home, r.location) > who.maxTravelKm
  )
    return 'distance';
  for (let t = start; t < end; t += QUARTER) if (!availableAt(who, t)) return 'availability';
  const own = input.assignments.filter((a) => a.interpreterId === who.id);
  for (const a of own) {
    const travel =
      r.mode === 'on_site' && r.location && a.location
        ? (Math.ceil(haversineKm(a.location, r.location) * 2) + 10) * 60_000
        : 0;
    if (Date.parse(a.start) < end + travel && start < Date.parse(a.end) + travel) return 'overlap/travel';
  }
  const sameDay = own.filter((a) => brusselsDate(new Date(a.start)) === brusselsDate(new Date(start)));
  const dayMinutes = sameDay.reduce((sum, a) => sum + (Date.parse(a.end) - Date.parse(a.start)) / 60_000, 0);
  if (dayMinutes + (end - start) / 60_000 > who.maxHoursPerDay * 60) return 'daily_hours';
  return null;
}

function availableAt(who: InterpreterProfile, t: number): boolean {
  const off = who.availabilityExceptions.some(
    (e) => !e.available && Date.parse(e.start) < t + QUARTER && t < Date.parse(e.end),
  );
  if (off) return false;
  if (
    who.availabilityExceptions.some(
      (e) => e.available && Date.parse(e.start) <= t && t + QUARTER <= Date.parse(e.end),
    )
  )
    return true;
  const { date, hour, minute } = brusselsParts(new Date(t));
  const m = hour * 60 + minute;
  return who.weeklyAvailability.some((w) => {
    const [fh = 0] = w.from.split(':').map(Number);
    const [th = 0] = w.to.split(':').map(Number);
    return w.weekday === isoWeekday(date) && fh * 60 <= m && m + 15 <= th * 60;
  });
}

describe('matching properties', () => {
  it('a returned candidate never violates any eligibility rule', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const outcome = matchInterpreters(input, PARAMS);
        for (const candidate of outcome.candidates) {
          const who = input.interpreters.find((i) => i.id === candidate.interpreterId);
          if (!who) throw new Error('candidate not among the interpreters');
          expect(violatesSomeRule(input, who)).toBeNull();
        }
        expect(outcome.candidates.length + outcome.ineligible.length).toBe(input.interpreters.length);
        for (const entry of outcome.ineligible) expect(entry.failures.length).toBeGreaterThan(0);
      }),
      { numRuns: 400 },
    );
  });

  it('finds the eligible ones the naive rules find (no false refusals)', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const outcome = matchInterpreters(input, PARAMS);
        const eligible = new Set(outcome.candidates.map((c) => c.interpreterId));
        for (const who of input.interpreters) {
          const weekOk = failedRules(
            explainIneligibility(input.request, who, input.assignments, PARAMS),
          ).every((r) => r !== 'weekly_hours');
          if (violatesSomeRule(input, who) === null && weekOk) expect(eligible.has(who.id)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('adding an assignment never makes anyone more eligible', () => {
    fc.assert(
      fc.property(inputArb, assignmentArb(6), (input, extra) => {
        const before = matchInterpreters(input, PARAMS);
        const after = matchInterpreters({ ...input, assignments: [...input.assignments, extra] }, PARAMS);
        const beforeIds = new Set(before.candidates.map((c) => c.interpreterId));
        for (const c of after.candidates) expect(beforeIds.has(c.interpreterId)).toBe(true);
        for (const who of input.interpreters) {
          const was = failedRules(explainIneligibility(input.request, who, input.assignments, PARAMS));
          const now = failedRules(
            explainIneligibility(input.request, who, [...input.assignments, extra], PARAMS),
          );
          for (const rule of was) expect(now).toContain(rule);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('scores are deterministic and independent of input order', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const first = matchInterpreters(input, PARAMS);
        expect(matchInterpreters(input, PARAMS)).toEqual(first);
        const reversed = {
          ...input,
          interpreters: [...input.interpreters].reverse(),
          assignments: [...input.assignments].reverse(),
        };
        const again = matchInterpreters(reversed, PARAMS);
        expect(again.candidates).toEqual(first.candidates);
        expect(again.ineligible).toEqual(first.ineligible);
      }),
      { numRuns: 200 },
    );
  });

  it('scores stay within [0, sum of weights], sorted, with breakdowns that add up', () => {
    const max = Object.values(PARAMS.weights).reduce((s, w) => s + w, 0);
    fc.assert(
      fc.property(inputArb, (input) => {
        const { candidates } = matchInterpreters(input, PARAMS);
        candidates.forEach((c, i) => {
          expect(c.score).toBeGreaterThanOrEqual(0);
          expect(c.score).toBeLessThanOrEqual(max + 1e-9);
          expect(Math.abs(Object.values(c.breakdown).reduce((s, v) => s + v, 0) - c.score)).toBeLessThan(
            1e-5,
          );
          if (i > 0)
            expect(c.score).toBeLessThanOrEqual(candidates[i - 1]?.score ?? Number.POSITIVE_INFINITY);
        });
      }),
      { numRuns: 200 },
    );
  });
});
