import type { Db } from '../../../platform/db/index.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import { today } from '../../../platform/params/index.ts';
import { dayNl } from '../billing/money.ts';
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
    throw new AppError('COMMON.VALIDATION_FAILED', 'De vertrekdag moet na de aankomstdag liggen.', {
      fieldErrors: [{ path: 'departure', message: 'moet na de aankomstdag liggen' }],
    });
  }
  const nights = nightsBetween(arrival, departure);
  if (nights > rules.maxStayDays) {
    throw new AppError(
      'TRANSIT.STAY_TOO_LONG',
      `Een verblijf duurt hoogstens ${rules.maxStayDays} dagen; deze aanvraag telt ${nights} dagen.`,
    );
  }
  const now = today();
  if (!options.allowPast && arrival < now) {
    throw new AppError(
      'TRANSIT.PAST_DAYS',
      `De aankomst (${dayNl(arrival)}) ligt vóór vandaag (${dayNl(now)}); een reservatie begint ten vroegste vandaag.`,
    );
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
      `Een familie mag hoogstens ${rules.maxStaysPerYear} keer per kalenderjaar verblijven; deze familie heeft in ${year} al ${stays} verblijven.`,
    );
  }
}
