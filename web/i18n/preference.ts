import type { Locale } from '../../contracts/identity.ts';
import { directionOf, isLocaleIn, negotiateLocale } from './locales.ts';

const KEY = 'lang';
const ONE_YEAR_SECONDS = 60 * 60 * 24 * 365;

/**
 * The reader's language choice lives in localStorage (for the pages) and in a `lang` cookie (so the
 * server can answer in it too, e.g. for mails sent after a public form). Either may be unavailable
 * (private mode, blocked storage), which must never break the page.
 */
export function readStoredLocale(): string | null {
  try {
    const stored = window.localStorage.getItem(KEY);
    if (stored) return stored;
  } catch {
    // storage blocked: fall through to the cookie
  }
  const match = document.cookie.match(/(?:^|;\s*)lang=([a-z]{2})/);
  return match?.[1] ?? null;
}

export function storeLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(KEY, locale);
  } catch {
    // storage blocked: the cookie still remembers
  }
  // biome-ignore lint/suspicious/noDocumentCookie: the Cookie Store API is not in every browser our readers use
  document.cookie = `${KEY}=${locale}; path=/; max-age=${ONE_YEAR_SECONDS}; samesite=lax`;
}

export type LocaleSources = {
  search: string;
  stored: string | null;
  browser: readonly string[];
};

/**
 * Order of precedence: an explicit `?lang=xx`, then the remembered choice, then the browser's
 * languages (first visit), then the default. Returns whether the choice was explicit, because an
 * explicit choice is remembered.
 */
export function pickLocale<L extends Locale>(
  sources: LocaleSources,
  supported: readonly L[],
  fallback: L,
): { locale: L; explicit: boolean } {
  const fromQuery = new URLSearchParams(sources.search).get('lang');
  if (isLocaleIn(supported, fromQuery)) return { locale: fromQuery, explicit: true };
  if (isLocaleIn(supported, sources.stored)) return { locale: sources.stored, explicit: false };
  return { locale: negotiateLocale(sources.browser, supported, fallback), explicit: false };
}

/** Resolves the page language from the live browser state and remembers an explicit choice. */
export function resolvePageLocale<L extends Locale>(supported: readonly L[], fallback: L): L {
  const picked = pickLocale(
    { search: window.location.search, stored: readStoredLocale(), browser: navigator.languages ?? [] },
    supported,
    fallback,
  );
  if (picked.explicit) storeLocale(picked.locale);
  return picked.locale;
}

/** The language sent with every API call (Accept-Language), kept in step with the page. */
let current: Locale | null = null;

/** Sets the language for API calls and on <html> (lang, dir), so the whole layout mirrors for Arabic. */
export function setActiveLocale(locale: Locale): void {
  current = locale;
  if (typeof document === 'undefined') return; // unit tests run without a DOM
  document.documentElement.lang = locale;
  document.documentElement.dir = directionOf(locale);
}

export function activeLocale(): Locale | null {
  return current;
}
