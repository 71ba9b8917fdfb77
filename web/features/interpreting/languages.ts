import { languageName } from './i18n.ts';

/**
 * The languages Ghent's services ask for most (ISO 639-1 or 639-3, as the register stores them).
 * The server decides what can be booked; a language missing here can still come from the API.
 */
export const BOOKABLE_LANGUAGES = [
  'ar',
  'am',
  'bg',
  'bn',
  'ckb',
  'en',
  'es',
  'fa',
  'fr',
  'hy',
  'ka',
  'kmr',
  'mn',
  'pl',
  'prs',
  'ps',
  'pt',
  'ro',
  'ru',
  'sk',
  'so',
  'sq',
  'ti',
  'tr',
  'tzm',
  'uk',
  'ur',
  'zh',
] as const;

/** Variants a dispatcher must tell apart: Maghreb Arabic is not Levantine Arabic. */
export const LANGUAGE_VARIANTS: Readonly<Record<string, readonly string[]>> = {
  ar: ['maghreb', 'msa', 'levantine', 'egyptian', 'iraqi'],
  zh: ['mandarin', 'cantonese'],
};

export const VARIANT_NAMES: Readonly<Record<string, string>> = {
  maghreb: 'Maghrebijns',
  msa: 'Modern standaard',
  levantine: 'Levantijns',
  egyptian: 'Egyptisch',
  iraqi: 'Iraaks',
  mandarin: 'Mandarijn',
  cantonese: 'Kantonees',
};

export type Option = { id: string; label: string };

/** Language choices sorted by their Dutch name, so "Arabisch" is found under A. */
export function languageOptions(): Option[] {
  return BOOKABLE_LANGUAGES.map((code) => ({ id: code, label: languageName(code) })).sort((a, b) =>
    a.label.localeCompare(b.label, 'nl'),
  );
}

export function variantName(variant: string): string {
  return VARIANT_NAMES[variant] ?? variant;
}

/** "Arabisch (Maghrebijns)" or "Arabisch". */
export function languageLabel(code: string, variant?: string | null): string {
  return variant ? `${languageName(code)} (${variantName(variant)})` : languageName(code);
}
