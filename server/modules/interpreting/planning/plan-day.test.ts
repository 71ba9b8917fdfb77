import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPlan } from './feasibility.ts';
import { planGreedy } from './greedy.ts';
import { normaliseInstance } from './instance.ts';
import { planMip } from './mip.ts';
import { planDay } from './plan-day.ts';
import { syntheticDay } from './synthetic.ts';
import type { PlanningInstance } from './types.ts';

const DAY = Date.parse('2027-01-12T08:00:00Z');
const QUARTER = 15 * 60_000;

/** Small random days: few interpreters and languages, so jobs compete and the optimum is proven quickly. */
const smallInstance: fc.Arbitrary<PlanningInstance> = fc
  .record({
    interpreters: fc.array(
      fc.record({
        languages: fc.subarray(['ar', 'tr', 'uk'], { minLength: 1 }),
        lat: fc.double({ min: 51, max: 51.1, noNaN: true }),
        from: fc.integer({ min: 0, max: 16 }),
        length: fc.integer({ min: 8, max: 40 }),
      }),
      { minLength: 1, maxLength: 4 },
    ),
    requests: fc.array(
      fc.record({
        language: fc.constantFrom('ar', 'tr', 'uk'),
        lat: fc.double({ min: 51, max: 51.1, noNaN: true }),
        slot: fc.integer({ min: 0, max: 32 }),
        quarters: fc.integer({ min: 2, max: 8 }),
        priority: fc.integer({ min: 1, max: 3 }),
      }),
      { minLength: 1, maxLength: 10 },
    ),
  })
  .map(({ interpreters, requests }) => ({
    interpreters: interpreters.map((it, k) => ({
      id: `I${k}`,
      languages: it.languages,
      homeLat: it.lat,
      homeLon: 3.72,
      availability: [{ start: DAY + it.from * QUARTER, end: DAY + (it.from + it.length) * QUARTER }],
    })),
    requests: requests.map((r, k) => ({
      id: `R${k}`,
      language: r.language,
      start: DAY + r.slot * QUARTER,
      end: DAY + (r.slot + r.quarters) * QUARTER,
      lat: r.lat,
      lon: 3.72,
      priority: r.priority,
    })),
  }));

describe('on random small days', () => {
  it('greedy and MIP plans are feasible and the MIP fills at least as much weight', async () => {
    await fc.assert(
      fc.asyncProperty(smallInstance, async (instance) => {
        const inst = normaliseInstance(instance);
        const greedy = checkPlan(instance, planGreedy(inst).assignments);
        const mip = await planMip(inst);
        const mipCheck = checkPlan(instance, mip.assignments);
        expect(greedy.feasible).toBe(true);
        expect(mipCheck.feasible).toBe(true);
        expect(mip.status).toBe('optimal');
        expect(mipCheck.weightedFilled).toBeGreaterThanOrEqual(greedy.weightedFilled);
        expect(mip.weightedFillBound).toBe(mipCheck.weightedFilled);
        const planned = await planDay(instance);
        expect(planned.totals.weightedFilled).toBe(mipCheck.weightedFilled);
        expect(planned.explanation.assignments.length + planned.explanation.unfilled.length).toBe(
          instance.requests.length,
        );
      }),
      { numRuns: 60, seed: 4242 },
    );
  });
});

describe('planDay fallback', () => {
  const instance = syntheticDay({ requests: 40, seed: 7 });

  it('returns the greedy plan when the solver fails', async () => {
    const failing: typeof planMip = async (inst) => ({
      ...(await planMip(inst, { timeLimitSeconds: 0.001 })),
      status: 'failed',
      assignments: new Map(),
      message: 'simulated',
    });
    const plan = await planDay(instance, { solve: failing });
    expect(plan.engine).not.toBe('mip');
    expect(plan.engineReason).toContain('simulated');
    expect(checkPlan(instance, plan.assignments).feasible).toBe(true);
    expect(plan.assignments.size).toBeGreaterThan(0);
  });

  it('skips the MIP past the size budget and says so', async () => {
    const plan = await planDay(instance, { maxMipVariables: 10 });
    expect(plan.engine).toBe('greedy');
    expect(plan.mip).toBeNull();
    expect(plan.engineReason).toMatch(/exceed the MIP budget/);
  });

  it('keeps a feasible plan at least as good as greedy when the time limit stops the solver', async () => {
    const big = syntheticDay({ requests: 300, seed: 11 });
    // A real HiGHS run that hits its time limit: 10 ms is far too little to prove anything on 300 requests.
    const plan = await planDay(big, { solve: (inst, o) => planMip(inst, { ...o, timeLimitSeconds: 0.01 }) });
    const greedy = checkPlan(big, planGreedy(normaliseInstance(big)).assignments);
    expect(['time-limit', 'no-solution']).toContain(plan.mip?.status);
    expect(plan.totals.weightedFilled).toBeGreaterThanOrEqual(greedy.weightedFilled);
    expect(checkPlan(big, plan.assignments).feasible).toBe(true);
  });

  it('explains every assignment and every unfilled request', async () => {
    const plan = await planDay({
      interpreters: [
        {
          id: 'A',
          languages: ['ar'],
          homeLat: 51.05,
          homeLon: 3.72,
          availability: [{ start: DAY, end: DAY + 8 * 4 * QUARTER }],
        },
      ],
      requests: [
        { id: 'R1', language: 'ar', start: DAY, end: DAY + 4 * QUARTER, lat: 51.05, lon: 3.72, priority: 2 },
        { id: 'R2', language: 'ar', start: DAY, end: DAY + 4 * QUARTER, lat: 51.05, lon: 3.72, priority: 1 },
        { id: 'R3', language: 'ti', start: DAY, end: DAY + 4 * QUARTER, lat: 51.05, lon: 3.72, priority: 1 },
        {
          id: 'R4',
          language: 'ar',
          start: DAY - 8 * QUARTER,
          end: DAY - 4 * QUARTER,
          lat: 51.05,
          lon: 3.72,
          priority: 1,
        },
      ],
    });
    expect(plan.explanation.assignments.map((a) => a.requestId)).toEqual(['R1']);
    expect(plan.explanation.assignments[0]?.reason).toMatch(/the only ar interpreter/);
    const reasons = Object.fromEntries(plan.explanation.unfilled.map((u) => [u.requestId, u.reason]));
    expect(reasons).toEqual({ R2: 'all-busy', R3: 'no-language', R4: 'not-available' });
    const blocked = plan.explanation.unfilled.find((u) => u.requestId === 'R2')?.blockedBy;
    expect(blocked).toEqual([{ interpreterId: 'A', busyWith: ['R1'] }]);
  });
});
