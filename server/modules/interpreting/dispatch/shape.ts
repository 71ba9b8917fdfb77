import { InterpretingModeSchema } from '../../../../contracts/interpreting.ts';
import {
  type AssignmentOut,
  type OfferOut,
  OfferStatusSchema,
} from '../../../../contracts/interpreting-dispatch.ts';
import type { AssignmentRow } from './assignments.repository.ts';
import type { OfferListRow } from './offers.repository.ts';

/** Answers are shaped field by field: never a raw row (which would leak the client's details). */

export function toAssignmentOut(row: AssignmentRow): AssignmentOut {
  return {
    id: row.id,
    requestId: row.requestId,
    interpreterId: row.interpreterId,
    start: row.startsAt.toISOString(),
    end: row.endsAt.toISOString(),
    travelBeforeMinutes: row.travelBeforeMinutes,
    source: row.source === 'offer' || row.source === 'plan' ? row.source : 'assigned',
    score: row.score,
    breakdown: row.breakdown,
  };
}

export function toOfferOut(row: OfferListRow): OfferOut {
  const { request } = row;
  return {
    id: row.id,
    requestId: row.requestId,
    interpreterId: row.interpreterId,
    round: row.round,
    status: OfferStatusSchema.parse(row.status),
    expiresAt: row.expiresAt.toISOString(),
    respondedAt: row.respondedAt?.toISOString() ?? null,
    score: row.score,
    breakdown: row.breakdown,
    job: {
      reference: request.reference,
      start: request.startsAt.toISOString(),
      end: request.endsAt.toISOString(),
      durationMinutes: Math.round((request.endsAt.getTime() - request.startsAt.getTime()) / 60_000),
      mode: InterpretingModeSchema.parse(request.mode),
      language: request.language,
      variant: request.variant,
      place: request.mode === 'on_site' ? request.address : null,
      clientReference: request.clientReference,
    },
  };
}
