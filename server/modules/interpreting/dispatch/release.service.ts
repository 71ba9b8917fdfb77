import type { Db } from '../../../platform/db/index.ts';
import { addDays, brusselsDate, brusselsInstant } from '../brussels-time.ts';
import { jobsBetween, setTravelBefore } from './assignments.repository.ts';
import { travelAfterRemoval } from './busy-range.ts';
import { matchParamsOn } from './dispatch-params.ts';

/**
 * After an assignment stops being active (a cancellation), the job that followed it that day
 * travels from the one before it instead. Call in the cancelling transaction, after the status
 * change, with the interpreter's row locked (`SELECT … FOR UPDATE` on interpreters) as bookings do.
 */
export async function refreshTravelAfterCancellation(
  tx: Db,
  cancelled: { id: string; interpreterId: string; startsAt: Date },
): Promise<void> {
  const day = brusselsDate(cancelled.startsAt);
  const sameDay = await jobsBetween(
    tx,
    cancelled.interpreterId,
    brusselsInstant(day, 0),
    brusselsInstant(addDays(day, 1), 0),
  );
  const { travel } = await matchParamsOn(tx, cancelled.startsAt);
  const change = travelAfterRemoval(
    { id: cancelled.id, startMs: cancelled.startsAt.getTime() },
    sameDay,
    travel,
  );
  if (change) await setTravelBefore(tx, change.id, change.travelBeforeMinutes);
}
