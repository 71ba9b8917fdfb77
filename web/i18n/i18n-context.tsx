import { createContext, type ReactNode, useContext } from 'react';
import type { Locale } from '../../contracts/identity.ts';
import type { Translator } from './translator.ts';

export type I18nValue<K extends string> = Translator<K> & {
  dir: 'ltr' | 'rtl';
  /** Loads the catalog, switches the page and remembers the choice. */
  setLocale: (locale: Locale) => Promise<void>;
  available: readonly Locale[];
};

// Keys are plain strings at run time; each area (portal, app, shared UI) reads the context through
// `useI18n<ItsKeys>()`, which narrows what `t` accepts at compile time.
const I18nContext = createContext<I18nValue<string> | null>(null);

export function I18nProvider({ value, children }: { value: I18nValue<string>; children: ReactNode }) {
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n<K extends string>(): I18nValue<K> {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
