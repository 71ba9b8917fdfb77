import { ApiError } from '../../lib/api-client.ts';
import type { OfferfeestKey } from './messages-nl.ts';

/**
 * Refusals of the staff pages in the reader's language. The Offerfeest server answers short English
 * details; the codes below get their own sentence, with the numbers of the problem's `facts` when
 * it carries them (`DAY_CAPACITY_EXCEEDED`: places, site, daily; `CAPACITY.BELOW_TAKEN`: capacity,
 * taken) — never parsed from the detail, whose words may change. Any other refusal keeps the
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

/** A fact of the refusal (problem+json `facts`) when it is text; typed here, as isProblem does not check facts. */
function textFact(error: ApiError, name: string): string | undefined {
  const value = error.problem?.facts?.[name];
  return typeof value === 'string' ? value : undefined;
}

/** A fact of the refusal when it is a number. */
function numberFact(error: ApiError, name: string): number | undefined {
  const value = error.problem?.facts?.[name];
  return typeof value === 'number' ? value : undefined;
}

/** A refusal as a message key with its values, or null when the server's own words must do. */
export function errorText(error: unknown): ErrorText | null {
  if (!(error instanceof ApiError)) return null;
  if (error.status === 0) return { key: 'error.network' };
  const key = CODE_KEYS[error.code];
  if (!key) return null;
  if (key === 'error.dayCapacity') {
    const [places, site, daily] = [
      numberFact(error, 'places'),
      textFact(error, 'site'),
      numberFact(error, 'daily'),
    ];
    const known = places !== undefined && site !== undefined && daily !== undefined;
    return known ? { key: 'error.dayCapacityNumbers', values: { places, site, daily } } : { key };
  }
  if (key === 'error.belowTaken') {
    // `taken` is missing when the database refused before the pool could be read.
    const [taken, capacity] = [numberFact(error, 'taken'), numberFact(error, 'capacity')];
    const known = taken !== undefined && capacity !== undefined;
    return known ? { key: 'error.belowTakenNumbers', values: { taken, capacity } } : { key };
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
