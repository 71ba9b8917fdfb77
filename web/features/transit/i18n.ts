import { createTranslator, type Translator } from '../../i18n/translator.ts';
import { ApiError } from '../../lib/api-client.ts';
import { type TransitKey, transitNl } from './messages-nl.ts';

export type TransitT = Translator<TransitKey>;

/** The pages' own catalog, loaded with them (not with the app's first load). */
export const transitTranslator: TransitT = createTranslator<TransitKey>('nl', transitNl);

export function useTransitI18n(): TransitT {
  return transitTranslator;
}

/**
 * An API error in Dutch: the server's detail for the site's own refusals, else the sentence for its
 * code plus the detail, else the server's words, else a general line.
 */
export function describeError(error: unknown): string {
  const { t, maybe } = transitTranslator;
  if (!(error instanceof ApiError)) return error instanceof Error ? error.message : t('error.unknown');
  if (error.status === 0) return t('error.network');
  const own = maybe(`error.${error.code}`);
  const detail = error.problem?.detail;
  // The site's refusals come with a Dutch detail that names the days, the count or the reservation:
  // it says more than the code's sentence, which stays for a refusal without one.
  if (own && detail && /^(TRANSIT|CAPACITY)\./u.test(error.code)) return detail;
  if (own) return detail && detail !== error.problem?.title ? `${own} ${detail}` : own;
  if (error.hasFieldErrors) return t('error.validation');
  return detail ?? error.problem?.title ?? t('error.unknown');
}
