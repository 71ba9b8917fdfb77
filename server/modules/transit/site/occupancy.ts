import type { Occupancy } from '../../../../contracts/transit.ts';
import { readPools } from '../../../platform/capacity/index.ts';
import type { Db } from '../../../platform/db/index.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import type { ParamService } from '../../../platform/params/index.ts';
import { dayCapacity } from '../reservations/day-capacity.ts';
import { daysOf, nightsBetween, sitePoolKey } from '../reservations/days.ts';
import { capOf, loadSiteParams } from '../reservations/site-params.ts';
import { selectAllocationsBetween, selectPitches } from './site.repository.ts';

export const MAX_GRID_DAYS = 92;

type State = Occupancy['pitches'][number]['allocations'][number]['state'];

function stateOf(kind: string, status: string | null): State {
  if (kind === 'out_of_service') return 'out_of_service';
  if (status === 'provisional') return 'held';
  if (status === 'confirmed') return 'reserved';
  return 'occupied';
}

/** The grid of [from, to): each day's cap and places given, and each pitch's allocations. */
export async function occupancy(db: Db, params: ParamService, from: string, to: string): Promise<Occupancy> {
  const span = nightsBetween(from, to);
  if (span < 1 || span > MAX_GRID_DAYS) {
    throw new AppError(
      'COMMON.VALIDATION_FAILED',
      `Het rooster toont 1 tot ${MAX_GRID_DAYS} dagen: ‘tot’ moet na ‘van’ liggen, hoogstens ${MAX_GRID_DAYS} dagen later.`,
      {
        fieldErrors: [{ path: 'to', message: `na ‘van’, hoogstens ${MAX_GRID_DAYS} dagen later` }],
      },
    );
  }
  const site = await loadSiteParams(params);
  const days = daysOf(from, to);
  const [pools, pitches, allocations] = await Promise.all([
    readPools(db, days.map(sitePoolKey)),
    selectPitches(db),
    selectAllocationsBetween(db, from, to),
  ]);
  const byKey = new Map(pools.map((pool) => [pool.key, pool]));
  const active = new Set(pitches.filter((p) => p.active).map((p) => p.id));
  const outOfService = allocations.filter((a) => a.kind === 'out_of_service' && active.has(a.pitchId));
  return {
    from,
    to,
    days: days.map((day) => {
      const cap = capOf(site.caps, day);
      const out = outOfService.filter((a) => a.fromDay <= day && day < a.toDay).length;
      const pool = byKey.get(sitePoolKey(day));
      // A day nobody booked yet has no pool: show what its pool will hold.
      const capacity =
        pool?.capacity ?? dayCapacity(site.pitches(day), cap?.pitches ?? null, active.size - out);
      const taken = pool?.taken ?? 0;
      return {
        day,
        capacity,
        taken,
        free: capacity - taken,
        temporaryCap: cap ? { id: cap.id, pitches: cap.pitches, reason: cap.reason } : null,
        outOfService: out,
      };
    }),
    pitches: pitches.map((pitch) => ({
      id: pitch.id,
      number: pitch.number,
      cluster: pitch.cluster,
      meterId: pitch.meterId,
      active: pitch.active,
      allocations: allocations
        .filter((a) => a.pitchId === pitch.id)
        .map((a) => ({
          id: a.id,
          fromDay: a.fromDay,
          toDay: a.toDay,
          state: stateOf(a.kind, a.status),
          reservationId: a.reservationId,
          reference: a.reference,
          partyName: a.partyName,
          reason: a.reason,
        })),
    })),
  };
}
