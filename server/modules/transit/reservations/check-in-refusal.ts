import type { ErrorCode } from '../../../../contracts/errors.ts';
import { dayNl } from '../billing/money.ts';

export type CheckInRefusal = { code: ErrorCode; detail: string };

export type EntryFacts = {
  status: string;
  arrival: string;
  travellers: number;
  prepaid: boolean;
  today: string;
};

const ENDED: Record<string, string> = {
  cancelled: 'geannuleerd',
  no_show: 'als niet opgedaagd afgesloten',
  checked_out: 'al uitgecheckt',
  settled: 'al afgerekend',
  evicted: 'beëindigd door uitzetting',
};

/**
 * Why a party may not enter now, or null when it may: one stable code per reason, so the desk
 * and the today page can say exactly what is missing. The same rule answers the check-in step
 * (as a 409) and the today page (as a note on the arrival).
 */
export function checkInRefusal(facts: EntryFacts): CheckInRefusal | null {
  const { status } = facts;
  if (status === 'checked_in' || status === 'extended') {
    return { code: 'TRANSIT.TRANSITION_NOT_ALLOWED', detail: 'Deze familie is al ingecheckt.' };
  }
  const ended = ENDED[status];
  if (ended) {
    return { code: 'TRANSIT.NO_RESERVATION', detail: `Geen toegang: deze reservatie is ${ended}.` };
  }
  if (status !== 'confirmed') {
    if (status === 'provisional' && facts.travellers === 0) {
      return {
        code: 'TRANSIT.CHECK_IN_TRAVELLERS_MISSING',
        detail: 'Nog niet bevestigd: registreer eerst de reizigers en bevestig de reservatie.',
      };
    }
    if (status === 'provisional' && !facts.prepaid) {
      return {
        code: 'TRANSIT.CHECK_IN_PREPAYMENT_MISSING',
        detail: 'Nog niet bevestigd: het voorschot is nog niet ontvangen. Ontvang het bij het bevestigen.',
      };
    }
    return {
      code: 'TRANSIT.CHECK_IN_NOT_CONFIRMED',
      detail: 'Deze reservatie is nog niet bevestigd; bevestig ze eerst.',
    };
  }
  if (facts.today < facts.arrival) {
    return {
      code: 'TRANSIT.CHECK_IN_BEFORE_ARRIVAL',
      detail: `De aankomst is pas op ${dayNl(facts.arrival)}; inchecken kan vanaf die dag.`,
    };
  }
  return null;
}
