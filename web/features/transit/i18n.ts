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
 * An API error in Dutch: the sentence for its code plus the server's detail (which names the
 * days, the count or the pitch), else the server's words, else a general line.
 */
export function describeError(error: unknown): string {
  const { t, maybe } = transitTranslator;
  if (!(error instanceof ApiError)) return error instanceof Error ? error.message : t('error.unknown');
  if (error.status === 0) return t('error.network');
  const own = maybe(`error.${error.code}`);
  const detail = error.problem?.detail;
  if (own) return detail && detail !== error.problem?.title ? `${own} ${detail}` : own;
  if (error.hasFieldErrors) return t('error.validation');
  return detail ?? error.problem?.title ?? t('error.unknown');
}
