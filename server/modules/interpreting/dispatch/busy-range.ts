import { type GeoPoint, type TravelModel, travelMinutes } from '../travel.ts';

/**
 * The busy range of an assignment is [starts_at − travel_before, ends_at): the travel from the
 * interpreter's previous active job of the same Brussels day. The exclusion constraint refuses
 * two overlapping busy ranges of one interpreter, so a schedule the matcher accepts (travel
 * between every pair of adjacent on-site jobs) always fits, and a double booking never does.
 */

export type DayJob = {
  id: string;
  startMs: number;
  endMs: number;
  /** Null for phone and video jobs (and on-site jobs without coordinates): no travel. */
  location: GeoPoint | null;
  travelBeforeMinutes: number;
};

export type NewJob = { startMs: number; endMs: number; location: GeoPoint | null };

export type BusyPlan = {
  travelBeforeMinutes: number;
  /** The job that now follows the new one, when its travel changes with it. */
  next: { id: string; travelBeforeMinutes: number } | null;
};

/** Travel between two jobs; 0 when either is not on site. */
export function travelBetween(from: GeoPoint | null, to: GeoPoint | null, model: TravelModel): number {
  return from && to ? travelMinutes(from, to, model) : 0;
}

/**
 * Where the new job goes among the interpreter's other active jobs of that Brussels day: its own
 * travel comes from the job right before it, and the job right after it now travels from it.
 */
export function planBusyRange(job: NewJob, sameDay: readonly DayJob[], model: TravelModel): BusyPlan {
  let previous: DayJob | null = null;
  let following: DayJob | null = null;
  for (const other of sameDay) {
    if (other.startMs < job.startMs) {
      if (!previous || other.startMs > previous.startMs) previous = other;
    } else if (other.startMs > job.startMs && (!following || other.startMs < following.startMs)) {
      following = other;
    }
  }
  const travelBeforeMinutes = travelBetween(previous?.location ?? null, job.location, model);
  if (!following) return { travelBeforeMinutes, next: null };
  const nextTravel = travelBetween(job.location, following.location, model);
  return {
    travelBeforeMinutes,
    next:
      nextTravel === following.travelBeforeMinutes
        ? null
        : { id: following.id, travelBeforeMinutes: nextTravel },
  };
}

/**
 * The travel the job right after a removed one needs once it is gone (for cancellations): from
 * the job before the removed one, or none.
 */
export function travelAfterRemoval(
  removed: Pick<DayJob, 'id' | 'startMs'>,
  sameDay: readonly DayJob[],
  model: TravelModel,
): { id: string; travelBeforeMinutes: number } | null {
  const others = sameDay.filter((j) => j.id !== removed.id).sort((a, b) => a.startMs - b.startMs);
  const index = others.findIndex((j) => j.startMs > removed.startMs);
  const following = others[index];
  if (!following) return null;
  const before = index > 0 ? (others[index - 1] ?? null) : null;
  const minutes = travelBetween(before?.location ?? null, following.location, model);
  return minutes === following.travelBeforeMinutes
    ? null
    : { id: following.id, travelBeforeMinutes: minutes };
}
