import type { CaseFigures, CaseFiguresQuery } from '../../../../contracts/case-figures.ts';
import {
  type CaseType,
  CaseTypeSchema,
  isClosedStatus,
  statusLabel,
} from '../../../../contracts/case-types.ts';
import type { RequestContext } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db/index.ts';
import { requirePermission } from '../../../platform/identity/policy.ts';
import { today as brusselsToday } from '../../../platform/params/index.ts';
import {
  type Period,
  selectCaseload,
  selectDeadlines,
  selectOpenedByTypeAndStatus,
  selectOutcomes,
  selectScholarshipAwards,
  selectStays,
} from './case-figures.repository.ts';

/** Two decimals: enough for days, and whole days stay exact. */
const round = (value: number): number => Math.round(value * 100) / 100;

/** Rows of known case types only (the CHECK constraint allows nothing else), with the status label. */
function labelled<R extends { type: string; status: string }>(
  rows: readonly R[],
): (Omit<R, 'type'> & { type: CaseType; statusLabel: string })[] {
  return rows.flatMap((row) => {
    const type = CaseTypeSchema.safeParse(row.type);
    return type.success ? [{ ...row, type: type.data, statusLabel: statusLabel(type.data, row.status) }] : [];
  });
}

/**
 * The case figures for the reports over the Brussels dates [from, to]: counts and durations only,
 * never a client. `now` is a parameter so that durations of current statuses are testable.
 */
export async function caseFigures(
  db: Db,
  ctx: RequestContext,
  query: CaseFiguresQuery,
  now: Date = new Date(),
): Promise<CaseFigures> {
  requirePermission(ctx, 'cases.figures');
  const period: Period = { from: query.from, to: query.to, type: query.type ?? null };
  const [caseload, opened, stays, deadlines, outcomes] = [
    await selectCaseload(db, period),
    await selectOpenedByTypeAndStatus(db, period),
    await selectStays(db, period, now),
    await selectDeadlines(db, period, brusselsToday(now)),
    await selectOutcomes(db, period),
  ];
  const withScholarships = !query.type || query.type === 'scholarship';
  return {
    from: query.from,
    to: query.to,
    type: query.type ?? null,
    caseload,
    byTypeAndStatus: labelled(opened),
    timeInStatus: labelled(stays)
      .filter((row) => !isClosedStatus(row.type, row.status))
      .map((row) => ({ ...row, averageDays: round(row.averageDays), medianDays: round(row.medianDays) })),
    deadlines,
    outcomes: labelled(outcomes),
    scholarships: withScholarships ? await selectScholarshipAwards(db, period) : null,
  };
}
