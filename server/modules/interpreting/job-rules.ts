import type { Reason } from '../../../contracts/interpreting.ts';
import {
  type Failure,
  failure,
  type InterpreterProfile,
  type PreparedRequest,
  round,
  type TimedJob,
} from './matching-types.ts';
import { type GeoPoint, type TravelModel, travelMinutes } from './travel.ts';

/**
 * Direct overlaps, then clashes that only appear once travel between two on-site jobs is added
 * (before and after the request alike, since the haversine distance is symmetric).
 */
export function conflictFailures(
  request: PreparedRequest,
  own: readonly TimedJob[],
  travel: TravelModel,
): Failure[] {
  const found: TimedJob[] = [];
  const gaps = new Map<TimedJob, number>();
  const onSite = request.mode === 'on_site' && request.location !== null;
  // No trip on earth takes longer than to the antipode: jobs further away in time cannot clash.
  const farthestMs = request.location
    ? travelMinutes(request.location, antipode(request.location), travel) * 60_000
    : 0;
  for (const job of own) {
    if (job.startMs < request.endMs && request.startMs < job.endMs) {
      found.push(job);
      continue;
    }
    const apartMs = Math.max(job.startMs - request.endMs, request.startMs - job.endMs);
    if (!onSite || !job.location || !request.location || apartMs >= farthestMs) continue;
    const gapMs = travelMinutes(job.location, request.location, travel) * 60_000;
    if (job.startMs < request.endMs + gapMs && request.startMs < job.endMs + gapMs) {
      found.push(job);
      gaps.set(job, gapMs / 60_000);
    }
  }
  // Sorted so the explanation does not depend on the order the repository returned the jobs in.
  return found.sort(compareJobs).map((job) => {
    const minutes = gaps.get(job);
    return minutes === undefined
      ? failure('overlap', { start: job.start, end: job.end })
      : failure('travel_time', { start: job.start, end: job.end, travelMinutes: minutes });
  });
}

function antipode(point: GeoPoint): GeoPoint {
  return { lat: -point.lat, lon: point.lon > 0 ? point.lon - 180 : point.lon + 180 };
}

function compareJobs(a: TimedJob, b: TimedJob): number {
  const byTime = a.startMs - b.startMs || a.endMs - b.endMs;
  const lat = (a.location?.lat ?? -1000) - (b.location?.lat ?? -1000);
  return byTime || lat || (a.location?.lon ?? -1000) - (b.location?.lon ?? -1000);
}

/** Hours count by the Brussels date and ISO week on which each job starts. */
export function hourFailures(
  request: PreparedRequest,
  interpreter: InterpreterProfile,
  own: readonly TimedJob[],
): Failure[] {
  let dayMinutes = 0;
  let weekMinutes = 0;
  const { day, week } = request;
  for (const job of own) {
    // Epoch bounds computed once per request: no time-zone conversion per job.
    if (job.startMs < week.start || job.startMs >= week.end) continue;
    const minutes = (job.endMs - job.startMs) / 60_000;
    weekMinutes += minutes;
    if (job.startMs >= day.start && job.startMs < day.end) dayMinutes += minutes;
  }
  const failures: Failure[] = [];
  if (dayMinutes + request.minutes > interpreter.maxHoursPerDay * 60) {
    failures.push(
      failure('daily_hours', hourParams(dayMinutes, request.minutes, interpreter.maxHoursPerDay)),
    );
  }
  if (weekMinutes + request.minutes > interpreter.maxHoursPerWeek * 60) {
    failures.push(
      failure('weekly_hours', hourParams(weekMinutes, request.minutes, interpreter.maxHoursPerWeek)),
    );
  }
  return failures;
}

function hourParams(plannedMinutes: number, requestMinutes: number, maxHours: number): Reason['params'] {
  return {
    plannedHours: round(plannedMinutes / 60, 2),
    requestHours: round(requestMinutes / 60, 2),
    maxHours,
  };
}
