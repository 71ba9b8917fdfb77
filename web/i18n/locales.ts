import type { Locale } from '../../contracts/identity.ts';

/**
 * The locale lists are spelled out here instead of importing `LOCALES` from the contracts, because
 * that module builds zod schemas at load time and the portal must not ship zod. `locales.test.ts`
 * keeps this list equal to the contract.
 */
export const PORTAL_LOCALES = ['nl', 'en', 'fr', 'tr', 'bg', 'ar'] as const satisfies readonly Locale[];
export type PortalLocale = (typeof PORTAL_LOCALES)[number];

/** The signed-in app is Dutch (nl-BE) with English available. */
export const APP_LOCALES = ['nl', 'en'] as const satisfies readonly Locale[];
export type AppLocale = (typeof APP_LOCALES)[number];

export const DEFAULT_LOCALE = 'nl' satisfies Locale;

const RTL_LOCALES: ReadonlySet<Locale> = new Set<Locale>(['ar']);

/** Each language is named in itself, so a reader finds hers without reading the current one. */
export const LOCALE_NAMES: Record<Locale, string> = {
  nl: 'Nederlands',
  en: 'English',
  fr: 'Français',
  tr: 'Türkçe',
  bg: 'Български',
  ar: 'العربية',
};

/** BCP 47 tags for Intl: Belgian conventions where CLDR has them (dates, numbers, week start). */
const INTL_TAGS: Record<Locale, string> = {
  nl: 'nl-BE',
  en: 'en-BE',
  fr: 'fr-BE',
  tr: 'tr',
  bg: 'bg',
  ar: 'ar',
};

export function intlTag(locale: Locale): string {
  return INTL_TAGS[locale];
}

export function directionOf(locale: Locale): 'rtl' | 'ltr' {
  return RTL_LOCALES.has(locale) ? 'rtl' : 'ltr';
}

export function isLocaleIn<L extends Locale>(supported: readonly L[], value: unknown): value is L {
  return typeof value === 'string' && (supported as readonly string[]).includes(value);
}

/**
 * Picks the first supported language from a browser preference list ("fr-BE", "en-US;q=0.8" or
 * "ar"): an exact primary-subtag match wins, in the order the reader ranked them.
 */
export function negotiateLocale<L extends Locale>(
  preferred: readonly string[],
  supported: readonly L[],
  fallback: L,
): L {
  for (const tag of preferred) {
    const primary = tag.split(';')[0]?.trim().split('-')[0]?.toLowerCase();
    if (isLocaleIn(supported, primary)) return primary;
  }
  return fallback;
}
