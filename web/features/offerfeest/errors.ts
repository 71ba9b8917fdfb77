import { ApiError } from '../../lib/api-client.ts';
import type { OfferfeestKey } from './messages-nl.ts';

/**
 * Refusals of the staff pages in the reader's language. The Offerfeest server answers short English
 * details; the codes below get their own sentence, with the numbers the detail carries when it
 * carries them (`DAY_CAPACITY_EXCEEDED`: "…would hold 130 animals; Zele takes 100 a day";
 * `CAPACITY.BELOW_TAKEN`: "Er zijn al 12 plaatsen gegeven dan 10…"). Any other refusal keeps the
 * server's words.
 */
export type ErrorText = { key: OfferfeestKey; values?: Record<string, string | number> };

const CODE_KEYS: Partial<Record<string, OfferfeestKey>> = {
  'OFFERFEEST.DAY_CAPACITY_EXCEEDED': 'error.dayCapacity',
  'CAPACITY.BELOW_TAKEN': 'error.belowTaken',
  'OFFERFEEST.LANGUAGES_MISSING': 'error.languages',
  'OFFERFEEST.TRANSITION_NOT_ALLOWED': 'error.transition',
  'OFFERFEEST.NOTHING_TO_PAY': 'error.nothingToPay',
  'OFFERFEEST.DEBTOR_MISSING': 'error.debtorMissing',
  'COMMON.FORBIDDEN': 'error.forbidden',
};

/** The numbers of a DAY_CAPACITY_EXCEEDED detail, when it has them. */
export function dayCapacityInDetail(
  detail: string | undefined,
): { places: number; site: string; daily: number } | null {
  const found = detail?.match(/would hold (\d+) animals; (.+) takes (\d+) a day/u);
  if (!found) return null;
  return { places: Number(found[1]), site: found[2] ?? '', daily: Number(found[3]) };
}

/** The numbers of a CAPACITY.BELOW_TAKEN detail, when it has them. */
export function belowTakenInDetail(detail: string | undefined): { taken: number; capacity: number } | null {
  const found = detail?.match(/al (\d+) plaatsen gegeven dan (\d+)/u);
  return found ? { taken: Number(found[1]), capacity: Number(found[2]) } : null;
}

/** A refusal as a message key with its values, or null when the server's own words must do. */
export function errorText(error: unknown): ErrorText | null {
  if (!(error instanceof ApiError)) return null;
  if (error.status === 0) return { key: 'error.network' };
  const key = CODE_KEYS[error.code];
  if (!key) return null;
  const detail = error.problem?.detail;
  if (key === 'error.dayCapacity') {
    const numbers = dayCapacityInDetail(detail);
    return numbers ? { key: 'error.dayCapacityNumbers', values: numbers } : { key };
  }
  if (key === 'error.belowTaken') {
    const numbers = belowTakenInDetail(detail);
    return numbers ? { key: 'error.belowTakenNumbers', values: numbers } : { key };
  }
  return { key };
}

/** The sentence for a refusal on a staff page: ours for the codes above, else the server's words. */
export function describeError(
  error: unknown,
  t: (key: OfferfeestKey, values?: Record<string, string | number>) => string,
): string {
  const text = errorText(error);
  if (text) return t(text.key, text.values);
  return error instanceof Error ? error.message : t('error.unknown');
}
