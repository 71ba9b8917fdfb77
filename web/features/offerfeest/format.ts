import { REGISTRATION_STATUSES, type Registration } from '../../../contracts/offerfeest.ts';
import { ApiError } from '../../lib/api-client.ts';
import type { OfferfeestKey } from './messages-nl.ts';

/** Pure helpers of the staff pages: amounts typed in euro, and what a scan at the door means. */

/** "25,50" or "25.50" or "25" → 2550; null when it is not an amount. */
export function toCents(value: string): number | null {
  const normal = value.trim().replace(/[\s€]/gu, '').replace(',', '.');
  if (!/^\d+(\.\d{1,2})?$/u.test(normal)) return null;
  return Math.round(Number(normal) * 100);
}

/** 2550 → "25,50" for an input field (the reverse of toCents). */
export function centsToInput(cents: number): string {
  return (cents / 100).toFixed(2).replace('.', ',').replace(/,00$/u, '');
}

export type CheckInTone = 'ok' | 'warn' | 'bad';
export type CheckInOutcome = {
  tone: CheckInTone;
  title: OfferfeestKey;
  detail: OfferfeestKey;
  registration?: Registration;
  /** The server's own words when no known case fits. */
  extra?: string;
};

const BY_STATUS: Partial<Record<Registration['status'], Omit<CheckInOutcome, 'registration'>>> = {
  waitlisted: { tone: 'warn', title: 'checkIn.waitlisted', detail: 'checkIn.waitlistedDetail' },
  cancelled: { tone: 'bad', title: 'checkIn.cancelled', detail: 'checkIn.cancelledDetail' },
  checked_in: { tone: 'warn', title: 'checkIn.already', detail: 'checkIn.alreadyDetail' },
  no_show: { tone: 'bad', title: 'checkIn.cancelled', detail: 'checkIn.cancelledDetail' },
};

const REFUSED: CheckInOutcome = { tone: 'bad', title: 'checkIn.refused', detail: 'checkIn.refused' };

/** The status a refused scan names in its facts (`{status: "waitlisted"}`), when it names a known one. */
export function refusedStatus(error: ApiError): Registration['status'] | null {
  const named = error.problem?.facts?.status;
  return REGISTRATION_STATUSES.find((status) => status === named) ?? null;
}

/** A scan's answer as the big result: OK, waiting list, cancelled, another day, unknown. */
export function checkInOutcome(answer: { registration: Registration } | { error: unknown }): CheckInOutcome {
  if ('registration' in answer) {
    const { registration } = answer;
    if (registration.status === 'checked_in')
      return { tone: 'ok', title: 'checkIn.ok', detail: 'checkIn.okDetail', registration };
    return { ...(BY_STATUS[registration.status] ?? REFUSED), registration };
  }
  const { error } = answer;
  if (!(error instanceof ApiError)) return REFUSED;
  if (error.code === 'OFFERFEEST.WRONG_DAY')
    return { tone: 'warn', title: 'checkIn.otherDay', detail: 'checkIn.otherDayDetail' };
  if (error.code === 'OFFERFEEST.NOT_FOUND' || error.status === 404 || error.status === 400)
    return { tone: 'bad', title: 'checkIn.unknown', detail: 'checkIn.unknownDetail' };
  const status = refusedStatus(error);
  const known = status ? BY_STATUS[status] : undefined;
  if (known) return known;
  return { ...REFUSED, extra: error.message };
}
