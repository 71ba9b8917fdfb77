import type { ReservationSummary } from '../../../../contracts/transit.ts';
import type { RequestContext } from '../../../platform/context.ts';
import type { Random } from '../../../platform/demo/index.ts';
import { cancelReservation, checkIn, confirmReservation, markNoShow } from '../reservations/arrival-steps.ts';
import { addDays } from '../reservations/days.ts';
import { checkOut, evict, extendStay, settle } from '../reservations/departure-steps.ts';
import type { TransitDeps } from '../reservations/deps.ts';
import { backdateStay } from '../reservations/housekeeping.repository.ts';
import { type DemoStay, FIRST_NAMES } from './season.ts';

const AT_NOON = 'T12:00:00Z';

/** Takes a demo stay through the steps of its outcome; false when a step (the money) refused. */
export async function walkStay(
  deps: TransitDeps,
  ctx: RequestContext,
  summary: ReservationSummary,
  stay: DemoStay,
  random: Random,
): Promise<boolean> {
  const { id } = summary;
  const surname = summary.partyName?.replace(/^Familie /u, '') ?? 'Demo';
  try {
    if (stay.outcome === 'provisional') return true;
    if (stay.outcome === 'cancelled') {
      await cancelReservation(deps, ctx, id, { reason: 'The family will travel on to Antwerp' });
      return true;
    }
    const travellers = Array.from({ length: stay.caravans + random.int(1, 3) }, () => ({
      name: `${random.pick(FIRST_NAMES)} ${surname}`,
    }));
    await confirmReservation(deps, ctx, id, {
      travellers,
      prepayment: { method: random.pick(['cash', 'card'] as const) },
    });
    if (stay.outcome === 'confirmed' || stay.outcome === 'arriving') return true;
    if (stay.outcome === 'no_show') {
      await markNoShow(deps, ctx, id, { reason: 'Did not arrive on the agreed day' });
      return true;
    }
    const starts = summary.pitches.map((p) => ({ pitchId: p.id, kwh: random.int(1_000, 9_000) }));
    await checkIn(deps, ctx, id, { meterReadings: starts, deposit: { method: 'cash' } });
    await backdateStay(deps.db, id, { checkedInAt: new Date(`${stay.arrival}${AT_NOON}`) });
    if (stay.outcome === 'on_site') return true;
    if (stay.outcome === 'extended') {
      await extendStay(deps, ctx, id, { departure: addDays(stay.departure, 2) });
      return true;
    }
    const ends = starts.map((s) => ({ pitchId: s.pitchId, kwh: s.kwh + random.int(20, 140) }));
    if (stay.outcome === 'evicted') {
      await evict(deps, ctx, id, {
        reason: 'Repeated breach of the site regulation (article 9: fires)',
        meterReadings: ends,
      });
    } else {
      await checkOut(deps, ctx, id, { meterReadings: ends });
    }
    await backdateStay(deps.db, id, { checkedOutAt: new Date(`${stay.departure}T10:00:00Z`) });
    await settle(deps, ctx, id, { method: 'cash' });
    await backdateStay(deps.db, id, { settledAt: new Date(`${stay.departure}T10:30:00Z`) });
    return true;
  } catch {
    // The demo must seed even while the billing work refuses; the stay stays at its last step.
    return false;
  }
}
