import { ApiError } from '../../lib/api-client.ts';
import { interpretingTranslator } from './i18n.ts';

/** An API error in Dutch: the module's sentence for its code, else the server's title, else a general line. */
export function describeError(error: unknown): string {
  const t = interpretingTranslator;
  if (!(error instanceof ApiError)) return t.t('error.unknown');
  if (error.status === 0) return t.t('error.network');
  return (
    t.maybe(`error.${error.code}`) ?? error.problem?.detail ?? error.problem?.title ?? t.t('error.unknown')
  );
}
