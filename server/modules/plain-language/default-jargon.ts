/**
 * Default formal → plain word list, taken from the Flemish "Heerlijk Helder" list and the Mechelen style
 * guide (NOTES.md §4.2). Staff edit the real list; this one seeds it and serves the tests.
 */
export type JargonEntry = {
  /** One word or a phrase ("dienen te"); matched case-insensitively on whole words. */
  term: string;
  alternative: string;
  /** Also match inflected forms (term + e/en/s/n), for adjectives like "onderhavige". */
  inflects?: boolean;
};

export const DEFAULT_JARGON: readonly JargonEntry[] = [
  { term: 'aangaande', alternative: 'over' },
  { term: 'betreffende', alternative: 'over' },
  { term: 'inzake', alternative: 'over' },
  { term: 'aanvangen', alternative: 'beginnen' },
  { term: 'alsmede', alternative: 'en' },
  { term: 'bekomen', alternative: 'krijgen' },
  { term: 'conform', alternative: 'volgens' },
  { term: 'derhalve', alternative: 'dus' },
  { term: 'desalniettemin', alternative: 'toch' },
  { term: 'dienen te', alternative: 'moeten' },
  { term: 'dient te', alternative: 'moet' },
  { term: 'doch', alternative: 'maar' },
  { term: 'gelieve', alternative: 'wilt u' },
  { term: 'indien', alternative: 'als' },
  { term: 'ingeval', alternative: 'als' },
  { term: 'middels', alternative: 'met' },
  { term: 'mits', alternative: 'als' },
  { term: 'onderhavig', alternative: 'dit', inflects: true },
  { term: 'reeds', alternative: 'al' },
  { term: 'teneinde', alternative: 'om' },
  { term: 'tevens', alternative: 'ook' },
  { term: 'trachten', alternative: 'proberen' },
  { term: 'vermits', alternative: 'omdat' },
  { term: 'woonachtig te', alternative: 'wonen in' },
];
