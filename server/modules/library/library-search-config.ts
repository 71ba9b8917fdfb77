/**
 * Which PostgreSQL text-search configuration indexes and queries a language of the library.
 * Only configurations that both engines ship (PostgreSQL 15+ and PGlite: `select cfgname from
 * pg_ts_config`) are named; every other language — Persian, Dari, Pashto, Tigrinya, Somali,
 * Amharic, Ukrainian, Bulgarian, Polish, Chinese, … — uses `simple` (no stemming, no stop words),
 * and the trigram index on `search_text` makes up for the missing stemmer with typo tolerance.
 */
export const SEARCH_CONFIGS = {
  nl: 'dutch',
  en: 'english',
  fr: 'french',
  de: 'german',
  tr: 'turkish',
  ar: 'arabic',
  ru: 'russian',
  es: 'spanish',
  it: 'italian',
  pt: 'portuguese',
  ro: 'romanian',
  da: 'danish',
  sv: 'swedish',
  no: 'norwegian',
  nb: 'norwegian',
  nn: 'norwegian',
  fi: 'finnish',
  hu: 'hungarian',
  el: 'greek',
  ga: 'irish',
  id: 'indonesian',
  lt: 'lithuanian',
  ne: 'nepali',
  ta: 'tamil',
  hy: 'armenian',
  eu: 'basque',
  ca: 'catalan',
  hi: 'hindi',
  sr: 'serbian',
  yi: 'yiddish',
} as const satisfies Record<string, string>;

export type SearchConfig = (typeof SEARCH_CONFIGS)[keyof typeof SEARCH_CONFIGS] | 'simple';

/** The configuration of a language tag (`ar` → arabic, `fa` → simple). */
export function searchConfigFor(lang: string): SearchConfig {
  const key = lang.trim().toLowerCase() as keyof typeof SEARCH_CONFIGS;
  return Object.hasOwn(SEARCH_CONFIGS, key) ? SEARCH_CONFIGS[key] : 'simple';
}

/**
 * Every configuration a stored row can have, each once. Search names them as constants (one
 * `search_config = 'x' AND search_vector @@ websearch_to_tsquery('x', q)` branch each) because a
 * query computed from the row's own column could not use the GIN index.
 */
export const ALL_SEARCH_CONFIGS: readonly SearchConfig[] = [
  ...new Set<SearchConfig>([...Object.values(SEARCH_CONFIGS), 'simple']),
];
