import { IntlMessageFormat } from 'intl-messageformat';
import type { Locale } from '../../contracts/identity.ts';
import { intlTag } from './locales.ts';

export type Catalog = Readonly<Record<string, string>>;
export type MessageValues = Record<string, string | number | Date>;

export type Translator<K extends string> = {
  locale: Locale;
  /** Formats a known message. Unknown keys cannot happen: catalogs are typed and tested. */
  t: (key: K, values?: MessageValues) => string;
  /** For keys built at run time (figures, error codes from the server): undefined when absent. */
  maybe: (key: string, values?: MessageValues) => string | undefined;
};

/**
 * Compiles each ICU message once, on first use. A message that fails to format shows its key
 * instead of breaking the page; the catalog test makes that a development-time event.
 */
export function createTranslator<K extends string>(locale: Locale, catalog: Catalog): Translator<K> {
  const tag = intlTag(locale);
  const compiled = new Map<string, IntlMessageFormat>();
  const format = (key: string, values?: MessageValues): string | undefined => {
    const source = catalog[key];
    if (source === undefined) return undefined;
    let message = compiled.get(key);
    if (!message) {
      message = new IntlMessageFormat(source, tag, undefined, { ignoreTag: true });
      compiled.set(key, message);
    }
    try {
      const out = message.format(values);
      return typeof out === 'string' ? out : String(out);
    } catch {
      return key;
    }
  };
  return {
    locale,
    t: (key, values) => format(key, values) ?? key,
    maybe: format,
  };
}
