import { describe, expect, it } from 'vitest';
import { BENCHMARK_TRAVEL_MODEL, travelMinutes } from '../travel.ts';
import { type DayJob, planBusyRange, travelAfterRemoval, travelBetween } from './busy-range.ts';

const A = { lat: 51.0543, lon: 3.7174 };
const B = { lat: 51.0637, lon: 3.7298 };
const FAR = { lat: 51.2154, lon: 2.9286 };
const at = (hhmm: string) => Date.parse(`2027-01-12T${hhmm}:00Z`);
const job = (id: string, from: string, to: string, location: DayJob['location'], travel = 0): DayJob => ({
  id,
  startMs: at(from),
  endMs: at(to),
  location,
  travelBeforeMinutes: travel,
});
const model = BENCHMARK_TRAVEL_MODEL;

describe('planBusyRange', () => {
  it('starts the busy range with the travel from the job right before, on site only', () => {
    const plan = planBusyRange(
      { startMs: at('11:00'), endMs: at('12:00'), location: B },
      [job('p', '09:00', '10:00', A)],
      model,
    );
    expect(plan).toEqual({ travelBeforeMinutes: travelMinutes(A, B, model), next: null });
    expect(plan.travelBeforeMinutes).toBeGreaterThan(10);
  });

  it('needs no travel from or to a phone or video job', () => {
    const afterPhone = planBusyRange(
      { startMs: at('11:00'), endMs: at('12:00'), location: B },
      [job('p', '09:00', '10:00', null)],
      model,
    );
    expect(afterPhone.travelBeforeMinutes).toBe(0);
    const phone = planBusyRange(
      { startMs: at('11:00'), endMs: at('12:00'), location: null },
      [job('p', '09:00', '10:00', A)],
      model,
    );
    expect(phone.travelBeforeMinutes).toBe(0);
    expect(travelBetween(null, A, model)).toBe(0);
  });

  it('takes the nearest earlier job, not the first of the day', () => {
    const day = [job('early', '07:00', '08:00', FAR), job('late', '09:00', '10:00', A)];
    const plan = planBusyRange({ startMs: at('11:00'), endMs: at('12:00'), location: B }, day, model);
    expect(plan.travelBeforeMinutes).toBe(travelMinutes(A, B, model));
  });

  it('moves the travel of the job that now follows the new one', () => {
    const next = job('n', '13:00', '14:00', B, travelMinutes(FAR, B, model));
    const day = [job('p', '08:00', '09:00', FAR), next];
    const plan = planBusyRange({ startMs: at('10:00'), endMs: at('11:00'), location: A }, day, model);
    expect(plan.travelBeforeMinutes).toBe(travelMinutes(FAR, A, model));
    expect(plan.next).toEqual({ id: 'n', travelBeforeMinutes: travelMinutes(A, B, model) });
    // A phone job in between means the next one travels from nowhere.
    const phone = planBusyRange({ startMs: at('10:00'), endMs: at('11:00'), location: null }, day, model);
    expect(phone.next).toEqual({ id: 'n', travelBeforeMinutes: 0 });
  });

  it('leaves the next job alone when its travel stays the same', () => {
    const next = job('n', '13:00', '14:00', B, travelMinutes(A, B, model));
    const plan = planBusyRange(
      { startMs: at('10:00'), endMs: at('11:00'), location: A },
      [next, job('p', '08:00', '09:00', A)],
      model,
    );
    expect(plan.next).toBeNull();
  });
});

describe('travelAfterRemoval', () => {
  it('lets the next job travel from the one before the removed job', () => {
    const day = [
      job('p', '08:00', '09:00', FAR),
      job('x', '10:00', '11:00', A),
      job('n', '13:00', '14:00', B, 5),
    ];
    expect(travelAfterRemoval(day[1] as DayJob, day, model)).toEqual({
      id: 'n',
      travelBeforeMinutes: travelMinutes(FAR, B, model),
    });
    expect(travelAfterRemoval(day[2] as DayJob, day, model)).toBeNull();
  });
});
