import { describe, expect, it } from 'vitest';
import { augmentPlan } from './augment.ts';
import { checkPlan } from './feasibility.ts';
import { travelMinutes } from './geo.ts';
import { planGreedy } from './greedy.ts';
import { normaliseInstance } from './instance.ts';
import { roundRelaxation, solveRelaxation } from './lp-rounding.ts';
import { planMip } from './mip.ts';
import { maximalCliques } from './mip-model.ts';
import type { PlanningInstance, PlanningInterpreter, PlanningRequest } from './types.ts';

const GHENT = { lat: 51.0543, lon: 3.7174 };
const at = (hhmm: string): string => `2027-01-12T${hhmm}:00Z`;
const day = [{ start: at('08:00'), end: at('18:00') }];

const interpreter = (
  id: string,
  languages: string[],
  extra: Partial<PlanningInterpreter> = {},
): PlanningInterpreter => ({
  id,
  languages,
  homeLat: GHENT.lat,
  homeLon: GHENT.lon,
  availability: day,
  ...extra,
});

const request = (
  id: string,
  language: string,
  from: string,
  to: string,
  extra: Partial<PlanningRequest> = {},
) => ({
  id,
  language,
  start: at(from),
  end: at(to),
  lat: GHENT.lat,
  lon: GHENT.lon,
  priority: 1,
  ...extra,
});

describe('travel rule', () => {
  it('is ceil(km / 30 km/h in minutes) + 10', () => {
    expect(travelMinutes(51, 3.7, 51, 3.7)).toBe(10);
    // 0.1° of latitude ≈ 11.12 km → 22.24 min → 23 + 10.
    expect(travelMinutes(51, 3.7, 51.1, 3.7)).toBe(33);
  });
});

describe('greedy versus MIP', () => {
  // Greedy gives the Arabic job to the closer A, who alone speaks French: the French job goes unfilled.
  const instance: PlanningInstance = {
    interpreters: [interpreter('A', ['ar', 'fr']), interpreter('B', ['ar'], { homeLat: 51.1 })],
    requests: [request('R1', 'ar', '09:00', '10:00'), request('R2', 'fr', '09:00', '10:00')],
  };

  it('greedy fills one, the MIP fills both', async () => {
    const inst = normaliseInstance(instance);
    expect(planGreedy(inst).assignments.size).toBe(1);
    const mip = await planMip(inst);
    expect(mip.status).toBe('optimal');
    expect(Object.fromEntries(mip.assignments)).toEqual({ R1: 'B', R2: 'A' });
    expect(mip.weightedFillBound).toBe(2);
    expect(checkPlan(instance, mip.assignments).feasible).toBe(true);
  });

  it('augmenting the greedy plan moves R1 to B and fills R2', () => {
    const inst = normaliseInstance(instance);
    const plan = augmentPlan(inst, planGreedy(inst).assignments);
    expect(Object.fromEntries(plan)).toEqual({ R1: 'B', R2: 'A' });
  });

  it('the LP relaxation bounds the fill and rounds to a feasible plan', async () => {
    const inst = normaliseInstance(instance);
    const relaxation = await solveRelaxation(inst, { mode: 'fill-only' });
    expect(relaxation.weightedFillBound).toBe(2);
    const plan = roundRelaxation(inst, relaxation);
    expect(checkPlan(instance, plan).feasible).toBe(true);
  });

  it('lets priority dominate count, and count dominate travel', async () => {
    const one = {
      interpreters: [interpreter('A', ['ar'])],
      requests: [
        request('HIGH', 'ar', '09:00', '11:00', { priority: 3 }),
        request('LOW1', 'ar', '09:00', '09:30'),
        request('LOW2', 'ar', '10:00', '10:30'),
      ],
    };
    const mip = await planMip(normaliseInstance(one));
    expect([...mip.assignments.keys()]).toEqual(['HIGH']);
    const far = { ...one, requests: one.requests.map((r) => ({ ...r, priority: 1, lat: 51.2 })) };
    const farPlan = await planMip(normaliseInstance(far));
    expect([...farPlan.assignments.keys()].sort()).toEqual(['LOW1', 'LOW2']);
  });

  it('prefers the shorter trip when the fill is equal', async () => {
    const inst = normaliseInstance({
      interpreters: [interpreter('FAR', ['ar'], { homeLat: 51.2 }), interpreter('NEAR', ['ar'])],
      requests: [request('R', 'ar', '09:00', '10:00')],
    });
    expect((await planMip(inst)).assignments.get('R')).toBe('NEAR');
  });
});

describe('travel between jobs', () => {
  const sameSite = (second: string) => ({
    interpreters: [interpreter('A', ['ar'])],
    requests: [request('R1', 'ar', '09:00', '10:00'), request('R2', 'ar', second, '11:00')],
  });

  it('needs the 10-minute overhead even on the same site', async () => {
    expect((await planMip(normaliseInstance(sameSite('10:05')))).assignments.size).toBe(1);
    expect((await planMip(normaliseInstance(sameSite('10:10')))).assignments.size).toBe(2);
  });

  it('counts the distance between sites', async () => {
    const instance = sameSite('10:20');
    const far = { ...instance, requests: [instance.requests[0], { ...instance.requests[1], lat: 51.1 }] };
    const plan = await planMip(normaliseInstance(far as PlanningInstance));
    expect(plan.assignments.size).toBe(1);
  });
});

describe('checkPlan', () => {
  it('reports language, availability and overlap violations', () => {
    const instance: PlanningInstance = {
      interpreters: [interpreter('A', ['ar'], { availability: [{ start: at('08:00'), end: at('10:00') }] })],
      requests: [
        request('R1', 'fr', '08:00', '09:00'),
        request('R2', 'ar', '09:00', '11:00'),
        request('R3', 'ar', '08:30', '09:30'),
      ],
    };
    const report = checkPlan(
      instance,
      new Map([
        ['R1', 'A'],
        ['R2', 'A'],
        ['R3', 'A'],
        ['R9', 'A'],
      ]),
    );
    expect(report.feasible).toBe(false);
    expect(report.violations.map((v) => v.kind).sort()).toEqual([
      'availability',
      'language',
      'overlap',
      'overlap',
      'unknown-request',
    ]);
    expect(report.filled).toBe(3);
  });
});

describe('maximalCliques', () => {
  it('returns the jobs active together, each maximal set once', () => {
    const inst = normaliseInstance({
      interpreters: [],
      requests: [
        request('a', 'ar', '09:00', '10:00'),
        request('b', 'ar', '09:30', '10:30'),
        request('c', 'ar', '10:00', '11:00'),
        request('d', 'ar', '12:00', '13:00'),
      ],
    });
    const ids = maximalCliques(inst.requests, 0).map((c) => c.map((r) => r.id));
    expect(ids).toEqual([
      ['a', 'b'],
      ['b', 'c'],
    ]);
    expect(maximalCliques(inst.requests, 10 * 60_000).map((c) => c.map((r) => r.id))).toEqual([
      ['a', 'b', 'c'],
    ]);
  });
});
