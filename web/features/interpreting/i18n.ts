import { createTranslator, type Translator } from '../../i18n/translator.ts';
import { type InterpretingKey, interpretingNl } from './messages-nl.ts';

export type InterpretingT = Translator<InterpretingKey>;

/**
 * The module's own catalog, loaded with its pages (not with the app's first load). The texts are
 * Dutch for every reader: the staff app is Dutch, and requesters and interpreters here use it too.
 */
export const interpretingTranslator: InterpretingT = createTranslator<InterpretingKey>('nl', interpretingNl);

export function useInterpretingI18n(): InterpretingT {
  return interpretingTranslator;
}

const languageNames = (() => {
  try {
    return new Intl.DisplayNames(['nl'], { type: 'language', fallback: 'code' });
  } catch {
    return null;
  }
})();

/** Dutch name of a language code ("ar" → "Arabisch"); the code itself when the browser has no name. */
export function languageName(code: string): string {
  try {
    return languageNames?.of(code) ?? code;
  } catch {
    return code;
  }
}
