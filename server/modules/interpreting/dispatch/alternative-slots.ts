import { eq } from 'drizzle-orm';
import type { RankedCandidate } from '../../../../contracts/interpreting-dispatch.ts';
import { recordAudit } from '../../../platform/audit/index.ts';
import type { RequestContext } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db/index.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import { interpretingRequests } from '../interpreting.tables.ts';
import { type Candidate, matchInterpreters } from '../matching.ts';
import { matchParamsOn } from './dispatch-params.ts';
import { type LoadedMatchInput, loadMatchInputFor, type RequestRow } from './matching.repository.ts';

/**
 * Alternative slots (the requester's "or else on …"): when nobody is eligible at the primary
 * time, the dispatcher sees who fits each alternative, and assigning with `slot` moves the request
 * there first. The old start takes the slot's place among the alternatives, so nothing is lost.
 */

/** The request as if booked in alternative slot `index`: same duration, other start. */
export function atSlot(row: RequestRow, index: number): RequestRow {
  const slot = row.alternativeSlots[index];
  if (!slot) {
    throw new AppError('COMMON.VALIDATION_FAILED', `the request has no alternative slot ${index}`, {
      fieldErrors: [{ path: 'slot', message: `between 0 and ${row.alternativeSlots.length - 1}` }],
    });
  }
  const startsAt = new Date(slot.start);
  const duration = row.endsAt.getTime() - row.startsAt.getTime();
  const alternativeSlots = row.alternativeSlots.map((s, i) =>
    i === index ? { start: row.startsAt.toISOString() } : s,
  );
  return { ...row, startsAt, endsAt: new Date(startsAt.getTime() + duration), alternativeSlots };
}

/** Candidates of every alternative slot, slot by slot, each with its slot and start. */
export async function candidatesInAlternativeSlots(
  db: Db,
  row: RequestRow,
  withDirectory: (loaded: LoadedMatchInput, candidates: readonly Candidate[]) => RankedCandidate[],
): Promise<RankedCandidate[]> {
  const out: RankedCandidate[] = [];
  for (let index = 0; index < row.alternativeSlots.length; index++) {
    const moved = atSlot(row, index);
    const params = await matchParamsOn(db, moved.startsAt);
    const loaded = await loadMatchInputFor(db, moved, { kind: 'speakers' });
    const ranked = withDirectory(loaded, matchInterpreters(loaded, params).candidates);
    out.push(...ranked.map((c) => ({ ...c, slot: index, slotStart: moved.startsAt.toISOString() })));
  }
  return out;
}

/** Moves the locked request to alternative slot `index` before it is booked; audited. */
export async function moveToSlot(
  tx: Db,
  ctx: RequestContext,
  row: RequestRow,
  index: number,
): Promise<RequestRow> {
  const moved = atSlot(row, index);
  await tx
    .update(interpretingRequests)
    .set({
      startsAt: moved.startsAt,
      endsAt: moved.endsAt,
      alternativeSlots: moved.alternativeSlots,
      updatedAt: new Date(),
    })
    .where(eq(interpretingRequests.id, row.id));
  await recordAudit(tx, ctx, {
    action: 'interpreting.request.moved_to_slot',
    entity: 'interpreting_request',
    entityId: row.id,
    before: { start: row.startsAt.toISOString() },
    after: { start: moved.startsAt.toISOString(), slot: index },
  });
  return moved;
}
