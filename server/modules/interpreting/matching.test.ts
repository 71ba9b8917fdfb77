import { describe, expect, it } from 'vitest';
import {
  CandidateSchema,
  EligibilityExplanationSchema,
  InterpreterProfileSchema,
} from '../../../contracts/interpreting.ts';
import { ANTWERPEN, interpreter, job, KONGOSTRAAT, PARAMS, request } from './matching.fixtures.ts';
import { matchInterpreters } from './matching.ts';

describe('ranking', () => {
  it('returns candidates with score, reasons and a breakdown that adds up', () => {
    const outcome = matchInterpreters(
      {
        request: request(),
        interpreters: [interpreter('a'), interpreter('b', { modes: ['phone'] })],
        assignments: [],
        monthWorkloadMinutes: {},
      },
      PARAMS,
    );
    expect(outcome.ineligible).toEqual([
      { interpreterId: 'b', failures: [expect.objectContaining({ rule: 'mode' })] },
    ]);
    const [a] = outcome.candidates;
    expect(a?.interpreterId).toBe('a');
    const sum = Object.values(a?.breakdown ?? {}).reduce((s, v) => s + v, 0);
    expect(a?.score).toBeCloseTo(sum, 6);
    expect(a?.reasons.map((r) => r.key)).toContain('interpreting.reason.travel_distance');
  });

  it('prefers continuity with the same client over the same organisation', () => {
    const history = [
      job('a', '2026-12-01T08:00:00.000Z', '2026-12-01T09:00:00.000Z', {
        organisationId: 'org-school',
        clientReference: 'K-17',
      }),
      job('b', '2026-12-02T08:00:00.000Z', '2026-12-02T09:00:00.000Z', {
        organisationId: 'org-school',
        clientReference: 'K-99',
      }),
    ];
    const outcome = matchInterpreters(
      {
        request: request(),
        interpreters: [interpreter('c'), interpreter('b'), interpreter('a')],
        assignments: history,
        monthWorkloadMinutes: {},
      },
      PARAMS,
    );
    expect(outcome.candidates.map((c) => c.interpreterId)).toEqual(['a', 'b', 'c']);
    expect(outcome.candidates[0]?.reasons[0]).toEqual({
      key: 'interpreting.reason.same_client',
      params: { count: 1 },
    });
    expect(outcome.candidates.map((c) => c.breakdown.continuity)).toEqual([3, 1.5, 0]);
  });

  it('takes continuity counted by the repository instead of counting the jobs', () => {
    const outcome = matchInterpreters(
      {
        request: request(),
        interpreters: [interpreter('a'), interpreter('b'), interpreter('c')],
        assignments: [],
        monthWorkloadMinutes: {},
        continuity: { b: { sameClient: 2, sameOrganisation: 5 }, c: { sameClient: 0, sameOrganisation: 1 } },
      },
      PARAMS,
    );
    expect(outcome.candidates.map((c) => c.interpreterId)).toEqual(['b', 'c', 'a']);
    expect(outcome.candidates[0]?.reasons[0]).toEqual({
      key: 'interpreting.reason.same_client',
      params: { count: 2 },
    });
  });

  it('spreads the month’s workload, prefers closer homes and the requester’s choice', () => {
    const interpreters = [
      interpreter('busy'),
      interpreter('idle'),
      interpreter('far', { home: { lat: 51.2, lon: 3.72 } }),
    ];
    const outcome = matchInterpreters(
      {
        request: request(),
        interpreters,
        assignments: [],
        monthWorkloadMinutes: { busy: 6000, idle: 600, far: 600 },
      },
      PARAMS,
    );
    expect(outcome.candidates.map((c) => c.interpreterId)).toEqual(['idle', 'far', 'busy']);
    const preferred = matchInterpreters(
      {
        request: request({ preferredInterpreterId: 'busy' }),
        interpreters,
        assignments: [],
        monthWorkloadMinutes: { busy: 6000, idle: 600, far: 600 },
      },
      PARAMS,
    );
    // The preference (weight 2) makes up for the workload gap (weight 2): busy now ties with idle.
    expect(preferred.candidates.map((c) => c.interpreterId)).toEqual(['busy', 'idle', 'far']);
    expect(preferred.candidates.find((c) => c.interpreterId === 'busy')?.breakdown.preference).toBe(2);
  });

  it('ranks the requested language above an acceptable alternative', () => {
    const interpreters = [
      interpreter('fr', { languages: [{ language: 'fr', direction: 'both' }] }),
      interpreter('ar'),
    ];
    const outcome = matchInterpreters(
      {
        request: request({ alternatives: [{ language: 'fr' }] }),
        interpreters,
        assignments: [],
        monthWorkloadMinutes: {},
      },
      PARAMS,
    );
    expect(outcome.candidates.map((c) => c.interpreterId)).toEqual(['ar', 'fr']);
    expect(outcome.candidates[1]?.reasons).toContainEqual({
      key: 'interpreting.reason.alternative_language',
      params: { language: 'fr', variant: '' },
    });
  });

  it('breaks ties by interpreter id and treats phone jobs as travel-neutral', () => {
    const outcome = matchInterpreters(
      {
        request: request({ mode: 'phone', location: null }),
        interpreters: [
          interpreter('z', { home: ANTWERPEN }),
          interpreter('m'),
          interpreter('b', { home: null }),
        ],
        assignments: [],
        monthWorkloadMinutes: {},
      },
      PARAMS,
    );
    expect(outcome.candidates.map((c) => [c.interpreterId, c.score])).toEqual([
      ['b', 4],
      ['m', 4],
      ['z', 4],
    ]);
  });

  it('refuses a request that ends before it starts', () => {
    expect(() =>
      matchInterpreters(
        {
          request: request({ end: '2027-01-12T08:00:00.000Z' }),
          interpreters: [],
          assignments: [],
          monthWorkloadMinutes: {},
        },
        PARAMS,
      ),
    ).toThrow(RangeError);
  });

  it('ranks 500 interpreters with 20,000 jobs quickly', () => {
    const interpreters = Array.from({ length: 500 }, (_, i) =>
      interpreter(`i-${String(i).padStart(3, '0')}`, { home: { lat: 51 + (i % 20) / 100, lon: 3.7 } }),
    );
    const assignments = interpreters.flatMap((p, i) =>
      Array.from({ length: 40 }, (_, k) => {
        const start = Date.parse('2026-12-01T08:00:00.000Z') + (k * 24 + (i % 5)) * 3_600_000;
        return job(p.id, new Date(start).toISOString(), new Date(start + 3_600_000).toISOString(), {
          location: KONGOSTRAAT,
        });
      }),
    );
    const started = performance.now();
    const outcome = matchInterpreters(
      { request: request(), interpreters, assignments, monthWorkloadMinutes: {} },
      PARAMS,
    );
    expect(outcome.candidates.length + outcome.ineligible.length).toBe(500);
    // A generous bound: this guards against an accidental quadratic, it is not a benchmark.
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('contract shapes', () => {
  it('the interpreter profile schema accepts what the matcher takes', () => {
    const profile = interpreter('a', {
      gender: 'female',
      availabilityExceptions: [
        { start: '2027-01-11T08:00:00.000Z', end: '2027-01-11T12:00:00.000Z', available: false },
      ],
    });
    expect(InterpreterProfileSchema.parse(profile)).toEqual(profile);
    const backwards = { ...profile, weeklyAvailability: [{ weekday: 1, from: '18:00', to: '08:00' }] };
    expect(InterpreterProfileSchema.safeParse(backwards).success).toBe(false);
  });

  it('candidates and explanations parse with the shared schemas', () => {
    const interpreters = [interpreter('a'), interpreter('b', { modes: ['phone'], gender: 'male' })];
    const outcome = matchInterpreters(
      { request: request(), interpreters, assignments: [], monthWorkloadMinutes: { a: 90 } },
      PARAMS,
    );
    for (const candidate of outcome.candidates) expect(CandidateSchema.parse(candidate)).toEqual(candidate);
    for (const { interpreterId, failures } of outcome.ineligible) {
      const explanation = { interpreterId, eligible: false, failures };
      expect(EligibilityExplanationSchema.parse(explanation)).toEqual(explanation);
    }
  });
});
