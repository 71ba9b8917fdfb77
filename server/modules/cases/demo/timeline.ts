import { type CaseType, isClosedStatus } from '../../../../contracts/case-types.ts';
import type { Random } from '../../../platform/demo/index.ts';
import { CASE_DEFINITIONS, type Fields } from '../case-types/index.ts';
import { checkTransition } from '../state-machine.ts';

const DAY = 86_400_000;

export type Step = { from: string | null; to: string; at: Date };

export type Walked = {
  fields: Fields;
  history: Step[];
  status: string;
  statusChangedAt: Date;
  closedAt: Date | null;
};

export const isoDate = (at: Date): string => at.toISOString().slice(0, 10);

/** A moment on a working day between 08:00 and 16:00 UTC, `daysAgo` before `now` (negative: ahead). */
export function workingMoment(now: Date, daysAgo: number, random: Random): Date {
  const at = new Date(now.getTime() - daysAgo * DAY);
  // Saturday and Sunday move to the Friday before: counsellors do not open files at weekends.
  const weekday = at.getUTCDay();
  if (weekday === 6) at.setUTCDate(at.getUTCDate() - 1);
  if (weekday === 0) at.setUTCDate(at.getUTCDate() - 2);
  at.setUTCHours(random.int(8, 15), random.pick([0, 15, 30, 45]), 0, 0);
  return at;
}

/** When each status was entered: the first at `openedAt`, the last at `lastAt`, the rest spread between. */
export function spreadTimes(path: readonly string[], openedAt: Date, lastAt: Date, random: Random): Date[] {
  const steps = path.length - 1;
  if (steps === 0) return [openedAt];
  const span = Math.max(lastAt.getTime() - openedAt.getTime(), steps * 60_000);
  const times = path.map((_, index) => {
    if (index === 0) return openedAt.getTime();
    if (index === steps) return openedAt.getTime() + span;
    const jitter = (random.next() - 0.5) * (0.6 / steps);
    return openedAt.getTime() + span * (index / steps + jitter);
  });
  // Keep the order strict even after the jitter.
  for (let index = 1; index < times.length; index++) {
    times[index] = Math.max(times[index] ?? 0, (times[index - 1] ?? 0) + 60_000);
  }
  return times.map((time) => new Date(time));
}

/**
 * When each status was entered, counted back from `lastAt` by the days each step usually takes
 * (`stepDays` by "type:from>to" or "type:to"; 5–30 days otherwise).
 */
export function backwardTimes(
  type: CaseType,
  path: readonly string[],
  lastAt: Date,
  stepDays: Readonly<Record<string, readonly [number, number]>>,
  random: Random,
): Date[] {
  const times = [lastAt];
  for (let index = path.length - 1; index > 0; index--) {
    const [min, max] = stepDays[`${type}:${path[index - 1]}>${path[index]}`] ??
      stepDays[`${type}:${path[index]}`] ?? [5, 30];
    const later = times[0] as Date;
    const days = random.int(min, max);
    // A same-day step (a question answered at once) takes minutes, not a whole working day.
    const at =
      days === 0
        ? new Date(later.getTime() - random.int(10, 90) * 60_000)
        : workingMoment(later, days, random);
    times.unshift(at < later ? at : new Date(later.getTime() - 3_600_000));
  }
  return times;
}

/**
 * Walks a case through `path` as the service would: each step must be a move of the type's
 * machine (checked with the final fields, so guards such as "all parts achieved" hold), and each
 * status sets what its `onEnter` sets on the day it is entered. Throws on an impossible path, so
 * the demo never shows a history the machine could not have made.
 */
export function walkPath(
  type: CaseType,
  path: readonly string[],
  fieldsAtStart: Fields,
  times: readonly Date[],
): Walked {
  const definition = CASE_DEFINITIONS[type];
  if (path[0] !== definition.initial) throw new Error(`${type}: a path starts at ${definition.initial}`);
  if (times.length !== path.length) throw new Error(`${type}: one time per step`);
  const openedAt = times[0] as Date;
  let fields: Fields = { ...fieldsAtStart };
  const history: Step[] = [{ from: null, to: definition.initial, at: openedAt }];
  for (let index = 1; index < path.length; index++) {
    const from = path[index - 1] as string;
    const to = path[index] as string;
    const at = times[index] as Date;
    fields = {
      ...fields,
      ...definition.onEnter?.(to, { status: from, fields, openedAt, today: isoDate(at) }),
    };
    history.push({ from, to, at });
  }
  for (const step of history.slice(1)) {
    const facts = { status: step.from ?? '', fields, openedAt, today: isoDate(step.at) };
    const check = checkTransition(definition, facts, step.to, 'system');
    if (!check.ok) throw new Error(`${type} demo path ${path.join(' → ')}: ${check.detail}`);
  }
  const status = path[path.length - 1] as string;
  const statusChangedAt = times[times.length - 1] as Date;
  return {
    fields,
    history,
    status,
    statusChangedAt,
    closedAt: isClosedStatus(type, status) ? statusChangedAt : null,
  };
}
