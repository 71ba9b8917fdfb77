import { useCallback, useMemo, useState } from 'react';
import type { Locale } from '../../contracts/identity.ts';
import type { I18nValue } from './i18n-context.tsx';
import { directionOf, isLocaleIn } from './locales.ts';
import { setActiveLocale, storeLocale } from './preference.ts';
import { type Catalog, createTranslator } from './translator.ts';

/**
 * Holds the current locale and its catalog for a React root. Switching loads the new catalog
 * first and only then re-renders, so the page never shows keys or a half-translated state.
 */
export function useLocaleState<L extends Locale>(options: {
  initial: { locale: L; catalog: Catalog };
  available: readonly L[];
  load: (locale: L) => Promise<Catalog>;
  onChange?: (locale: L) => void;
}): I18nValue<string> {
  const [state, setState] = useState(options.initial);
  const { load, available, onChange } = options;
  const setLocale = useCallback(
    async (next: Locale) => {
      if (!isLocaleIn(available, next)) return;
      const catalog = await load(next);
      storeLocale(next);
      setActiveLocale(next);
      setState({ locale: next, catalog });
      onChange?.(next);
    },
    [available, load, onChange],
  );
  return useMemo(
    () => ({
      ...createTranslator<string>(state.locale, state.catalog),
      dir: directionOf(state.locale),
      setLocale,
      available,
    }),
    [state, setLocale, available],
  );
}
