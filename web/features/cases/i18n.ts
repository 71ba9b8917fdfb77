import { createTranslator, type Translator } from '../../i18n/translator.ts';
import { ApiError } from '../../lib/api-client.ts';
import { type CasesKey, casesNl } from './messages-nl.ts';

export type CasesT = Translator<CasesKey>;

/**
 * The module's own catalog, loaded with its pages (not with the app's first load). Dutch for every
 * reader, like the case type and status labels the contracts carry.
 */
export const casesTranslator: CasesT = createTranslator<CasesKey>('nl', casesNl);

export function useCasesI18n(): CasesT {
  return casesTranslator;
}

/** An API error in Dutch: the module's sentence for its code, else the server's words, else a general line. */
export function describeError(error: unknown): string {
  const { t, maybe } = casesTranslator;
  if (!(error instanceof ApiError)) return error instanceof Error ? error.message : t('error.unknown');
  if (error.status === 0) return t('error.network');
  if (error.hasFieldErrors) return t('error.validation');
  const own = maybe(`error.${error.code}`);
  const detail = error.problem?.detail;
  // The server's detail names the reason (a guard's message); the Dutch line says what happened.
  if (own) return detail && detail !== error.problem?.title ? `${own} ${detail}` : own;
  return detail ?? error.problem?.title ?? t('error.unknown');
}
