import type { InterpretingErrorCode } from '../../../../contracts/interpreting.ts';
import {
  type InterpretingRequestView,
  OPEN_REQUEST_STATUSES,
} from '../../../../contracts/interpreting-requests.ts';
import { recordAudit } from '../../../platform/audit/index.ts';
import type { RequestContext } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db/index.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import type { Platform } from '../../../platform/platform.ts';
import { INTERPRETING_JOBS } from '../job-names.ts';
import type { RuleViolation } from '../request-rules.ts';
import type { SeriesItem } from '../series.ts';
import {
  bumpAssignmentSequence,
  cancelActiveAssignment,
  type RequestRow,
  withdrawOpenOffers,
} from './requests.repository.ts';

export type Created = InterpretingRequestView & {
  occurrences: { id: string; reference: string; start: string; end: string; onClosedDay: boolean }[];
};

export function isOpenStatus(status: string): boolean {
  return OPEN_REQUEST_STATUSES.some((open) => open === status);
}

/** A stored request as the series editor sees it; closed requests count as cancelled (untouchable). */
export function toSeriesItem(row: RequestRow): SeriesItem & { row: RequestRow } {
  return {
    id: row.id,
    index: row.seriesIndex ?? 0,
    start: row.startsAt.toISOString(),
    end: row.endsAt.toISOString(),
    status: isOpenStatus(row.status) ? 'active' : 'cancelled',
    row,
  };
}

/** A 400 (or the rule's own status) problem with every broken rule as a field error. */
export function refuseBrokenRules(code: InterpretingErrorCode, errors: RuleViolation[]): never {
  const detail = errors.map((error) => `${error.path}: ${error.message}`).join('; ');
  throw new AppError(code, detail, {
    fieldErrors: errors.map(({ path, message }) => ({ path, message })),
  });
}

/**
 * Starts the automatic offer round of each request after the commit. Fire and forget: the booking
 * stands even when the queue is down, and a dispatcher sees the request as submitted.
 */
export function queueAutoOffers(platform: Platform, requestIds: string[]): void {
  for (const requestId of requestIds) {
    platform.jobs.send(INTERPRETING_JOBS.autoOffer, { requestId }).catch((error: unknown) => {
      platform.logger.error({ err: error, requestId }, 'could not queue the automatic offer round');
    });
  }
}

/**
 * Releases the interpreter of a request: the active assignment is cancelled (it stays in her feed
 * as CANCELLED, SEQUENCE raised) and open offers are withdrawn. Audited per row; answers how many
 * rows it released and which assignments were cancelled (their interpreters are told).
 */
export async function releaseInterpreters(
  tx: Db,
  ctx: RequestContext,
  requestId: string,
): Promise<{ released: number; cancelledAssignmentIds: string[] }> {
  const cancelledAssignments = await cancelActiveAssignment(tx, requestId);
  for (const cancelled of cancelledAssignments) {
    await recordAudit(tx, ctx, {
      action: 'interpreting_assignment.cancelled',
      entity: 'interpreting_assignment',
      entityId: cancelled.id,
      after: { requestId, interpreterId: cancelled.interpreterId, status: 'cancelled' },
    });
  }
  const withdrawnOffers = await withdrawOpenOffers(tx, requestId);
  for (const withdrawn of withdrawnOffers) {
    await recordAudit(tx, ctx, {
      action: 'interpreting_offer.withdrawn',
      entity: 'interpreting_offer',
      entityId: withdrawn.id,
      after: { requestId, interpreterId: withdrawn.interpreterId, status: 'withdrawn' },
    });
  }
  return {
    released: cancelledAssignments.length + withdrawnOffers.length,
    cancelledAssignmentIds: cancelledAssignments.map((row) => row.id),
  };
}

/** A detail the interpreter must see changed: her calendar entry gets a new SEQUENCE. */
export async function raiseSequence(tx: Db, ctx: RequestContext, requestId: string): Promise<void> {
  for (const bumped of await bumpAssignmentSequence(tx, requestId)) {
    await recordAudit(tx, ctx, {
      action: 'interpreting_assignment.sequence_raised',
      entity: 'interpreting_assignment',
      entityId: bumped.id,
      after: { requestId, sequence: bumped.sequence },
    });
  }
}

/** The status moved on under a change (a concurrent accept or cancel): refuse rather than overwrite. */
export function statusMoved(row: RequestRow): never {
  throw new AppError('INTERPRETING.INVALID_STATUS', `${row.reference} changed meanwhile; reload it`);
}
