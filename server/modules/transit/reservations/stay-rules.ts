import type { Db } from '../../../platform/db/index.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import { today } from '../../../platform/params/index.ts';
import type { TransitRules } from '../transit-params.ts';
import { nightsBetween } from './days.ts';
import { countStays, lockParty } from './reservations.repository.ts';

export function checkDays(
  rules: TransitRules,
  arrival: string,
  departure: string,
  options: { allowPast?: boolean } = {},
): void {
  if (departure <= arrival) {
    throw new AppError('COMMON.VALIDATION_FAILED', 'departure must come after arrival', {
      fieldErrors: [{ path: 'departure', message: 'must come after arrival' }],
    });
  }
  const nights = nightsBetween(arrival, departure);
  if (nights > rules.maxStayDays) {
    throw new AppError(
      'TRANSIT.STAY_TOO_LONG',
      `A stay lasts at most ${rules.maxStayDays} days; this one has ${nights}`,
    );
  }
  const now = today();
  if (!options.allowPast && arrival < now) {
    throw new AppError('TRANSIT.PAST_DAYS', `the arrival ${arrival} is before today (${now})`);
  }
}

/**
 * Refuses a stay beyond the yearly maximum. The party row is locked first, so two desks booking the
 * same family at once count one after the other.
 */
export async function checkStayCount(
  tx: Db,
  rules: TransitRules,
  partyId: string,
  arrival: string,
  exceptId?: string,
): Promise<void> {
  await lockParty(tx, partyId);
  const year = arrival.slice(0, 4);
  const stays = await countStays(tx, partyId, year, exceptId);
  if (stays >= rules.maxStaysPerYear) {
    throw new AppError(
      'TRANSIT.TOO_MANY_STAYS',
      `A party may have at most ${rules.maxStaysPerYear} stays in ${year}; this party has ${stays}`,
    );
  }
}
