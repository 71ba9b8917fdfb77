import type { Snippet } from '../../../contracts/library.ts';

/**
 * Pure helpers of the library pages, shared with the portal page (no JSX, no zod at run time, so
 * the portal's chunk stays small).
 */

export type SnippetPart = Snippet[number];

/**
 * Cleans a snippet for display: drops empty parts and joins neighbours with the same `hit` flag,
 * so a phrase hit split by the server ("school", " ", "inschrijving") becomes one `<mark>`. The
 * parts are rendered as text nodes: whatever a document contains stays text.
 */
export function snippetParts(snippet: Snippet): SnippetPart[] {
  const out: SnippetPart[] = [];
  for (const part of snippet) {
    if (part.text === '') continue;
    const last = out[out.length - 1];
    if (last && last.hit === part.hit) out[out.length - 1] = { text: last.text + part.text, hit: last.hit };
    else out.push({ text: part.text, hit: part.hit });
  }
  return out;
}

const namers = new Map<string, Intl.DisplayNames | null>();

function namer(locale: string): Intl.DisplayNames | null {
  let found = namers.get(locale);
  if (found === undefined) {
    try {
      found = new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' });
    } catch {
      found = null;
    }
    namers.set(locale, found);
  }
  return found;
}

/**
 * The name of a language code in the reader's language ("ar" in nl → "Arabisch"); with
 * `locale === code` its own name ("ar" → "العربية"). The code itself when the browser has no name.
 */
export function languageName(code: string, locale: string): string {
  try {
    const name = namer(locale)?.of(code);
    if (!name || name === code) return code;
    // Intl capitalises some names and not others; a list reads better with an initial capital.
    return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
  } catch {
    return code;
  }
}

/** The language's name in itself, so a reader recognises hers whatever the page's language. */
export function autonym(code: string): string {
  return languageName(code, code);
}

/** The original (Dutch) first, then the others by their name in the reader's language. */
export function sortLanguages(codes: readonly string[], locale: string, first = 'nl'): string[] {
  return [...new Set(codes)].sort((a, b) => {
    if (a === first) return -1;
    if (b === first) return 1;
    return languageName(a, locale).localeCompare(languageName(b, locale), locale);
  });
}

/** "inschrijving, school , ,School" → ["inschrijving", "school"]: the themes field of the forms. */
export function parseThemes(input: string): string[] {
  const themes = input
    .split(',')
    .map((t) => t.trim().toLowerCase())
    .filter((t) => t.length > 0 && t.length <= 60);
  return [...new Set(themes)].slice(0, 20);
}

/** Right-to-left scripts among the library's languages, for `dir` on titles shown in a list. */
const RTL = new Set(['ar', 'fa', 'prs', 'ps', 'ur', 'he', 'ckb', 'yi', 'ug', 'sd']);

export function dirOf(code: string): 'rtl' | 'ltr' {
  return RTL.has(code) ? 'rtl' : 'ltr';
}

/**
 * Languages a translation is usually added in (the newcomers' languages the city writes to most).
 * The contract accepts any two- or three-letter code; these are the form's choices.
 */
export const COMMON_LANGUAGES = [
  'am',
  'ar',
  'bg',
  'ckb',
  'de',
  'en',
  'es',
  'fa',
  'fr',
  'it',
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
  'uk',
  'ur',
  'zh',
] as const;
