import type { TransitFigures, TransitFiguresQuery } from '../../../../contracts/transit.ts';
import type { RequestContext } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db/index.ts';
import { requirePermission } from '../../../platform/identity/index.ts';
import {
  countActivePitches,
  selectEndings,
  selectPitchNightsByMonth,
  selectRevenue,
  selectStayTotals,
  type Year,
} from './figures.repository.ts';

const oneDecimal = (value: number) => Math.round(value * 10) / 10;

const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Occupancy of each month against the pitches in use today (a pitch taken out for good is not counted). */
function occupancy(year: number, pitchNights: Map<number, number>, pitches: number) {
  return Array.from({ length: 12 }, (_, index) => {
    const month = index + 1;
    const capacity = pitches * daysInMonth(year, month);
    const percent = capacity === 0 ? 0 : oneDecimal(((pitchNights.get(month) ?? 0) * 100) / capacity);
    return { month, percent };
  });
}

/**
 * `GET /transit/figures?year=`: the year's stays, nights, occupancy and revenue for the reports.
 * Aggregates only, so reading them is not audited. A stay belongs to the year of its arrival.
 */
export async function transitFigures(
  db: Db,
  ctx: RequestContext,
  query: TransitFiguresQuery,
): Promise<TransitFigures> {
  requirePermission(ctx, 'bookings.figures');
  const year: Year = { from: `${query.year}-01-01`, to: `${query.year + 1}-01-01` };
  const totals = await selectStayTotals(db, year);
  const endings = await selectEndings(db, year);
  const pitchNights = await selectPitchNightsByMonth(db, year);
  return {
    year: query.year,
    ...totals,
    averageStayNights: totals.stays === 0 ? 0 : oneDecimal(totals.nights / totals.stays),
    occupancyPercentByMonth: occupancy(query.year, pitchNights, await countActivePitches(db)),
    revenueCents: await selectRevenue(db, year),
    refusedOrCancelled: {
      cancelled: endings.get('cancelled') ?? 0,
      noShow: endings.get('no_show') ?? 0,
      evicted: endings.get('evicted') ?? 0,
    },
  };
}
