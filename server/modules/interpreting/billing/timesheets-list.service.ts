import { INTERPRETING_MODES } from '../../../../contracts/interpreting.ts';
import { NO_SHOWS, TIMESHEET_STATUSES } from '../../../../contracts/interpreting-billing.ts';
import type {
  TimesheetQueueItem,
  TimesheetQueueQuery,
} from '../../../../contracts/interpreting-billing-queue.ts';
import type { RequestContext } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db/index.ts';
import { requirePermission } from '../../../platform/identity/policy.ts';
import { addDays, brusselsInstant } from '../brussels-time.ts';
import { selectTimesheetQueue, type TimesheetQueueRow } from './timesheets-list.repository.ts';

function oneOf<T extends string>(values: readonly T[], value: string | null, fallback: T): T {
  return values.find((v) => v === value) ?? fallback;
}

const iso = (value: Date | null) => (value ? value.toISOString() : null);

export function toQueueItem(row: TimesheetQueueRow): TimesheetQueueItem {
  const { givenName, familyName, plannedStart, plannedEnd, actualStart, actualEnd, ...rest } = row;
  return {
    ...rest,
    interpreterName: `${givenName} ${familyName}`.trim(),
    mode: oneOf(INTERPRETING_MODES, row.mode, 'on_site'),
    plannedStart: plannedStart.toISOString(),
    plannedEnd: plannedEnd.toISOString(),
    actualStart: iso(actualStart),
    actualEnd: iso(actualEnd),
    noShow: row.noShow === null ? null : oneOf(NO_SHOWS, row.noShow, 'client'),
    status: oneOf(TIMESHEET_STATUSES, row.status, 'submitted'),
    submittedAt: row.submittedAt.toISOString(),
    reviewedAt: iso(row.reviewedAt),
  };
}

/** The reviewer's queue: billing staff only (it shows interpreters' names and every organisation). */
export async function listTimesheetQueue(
  db: Db,
  ctx: RequestContext,
  query: TimesheetQueueQuery,
): Promise<TimesheetQueueItem[]> {
  requirePermission(ctx, 'interpreting.billing');
  const rows = await selectTimesheetQueue(db, {
    status: query.status,
    ...(query.from ? { from: brusselsInstant(query.from, 0) } : {}),
    ...(query.to ? { before: brusselsInstant(addDays(query.to, 1), 0) } : {}),
    limit: query.limit,
  });
  return rows.map(toQueueItem);
}
