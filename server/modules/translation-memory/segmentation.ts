/**
 * Sentence segmentation and CAT-style word counting.
 *
 * Segmentation must be stable: a memory only yields matches when new documents are cut the same way
 * as the aligned ones were (Okapi/SRX experience), so these rules change only with a re-alignment.
 */

export type Sentence = { text: string; start: number; end: number };

/** Abbreviations (lower case, without the final period) after which a period never ends a sentence. */
const ABBREVIATIONS: Record<string, readonly string[]> = {
  nl: [
    'bv bijv nr nrs max min mevr mw dhr hr mr dr drs ir ing prof blz ca incl excl p pp tel gsm fax vgl',
    'zgn resp evt afd st jl vnl gem art al hfst bijl vb ong mln mld',
    'jan febr feb mrt apr jun jul aug sept sep okt nov dec ma di wo do vr za zo',
  ]
    .join(' ')
    .split(' '),
  en: 'e.g i.e mr mrs ms dr prof st no nos vs approx dept fig max min tel p pp jan feb mar apr jun jul aug sep sept oct nov dec'.split(
    ' ',
  ),
  fr: 'm mm mme mmes mlle p env cf dr av bd tél n°'.split(' '),
  de: 'bzw usw nr ca dr vgl str tel evtl ggf inkl max min'.split(' '),
};

/** Abbreviations that often close a sentence: they end one when a capital follows. */
const SENTENCE_FINAL_ABBREVIATIONS = new Set(['enz', 'etc', 'e.d', 'e.a', 'usw']);

const TERMINATORS = /[.!?…؟।。！？]+/gu;
const FULL_WIDTH_TERMINATOR = /[。！？]/u;
const CLOSERS = /["'”’»)\]}\u{E000}-\u{F8FF}]/u;
const OPENERS = /["'“‘«([{¿¡\u{E000}-\u{F8FF}]/u;
/** Dutch elided articles start a sentence in lower case: "'s Avonds", "'t Is", "'n Keer". */
const DUTCH_ELISION = /^['’][stn]\s/u;

function abbreviationsFor(lang: string): Set<string> {
  const primary = lang.toLowerCase().split(/[-_]/)[0] ?? '';
  return new Set(ABBREVIATIONS[primary] ?? []);
}

/** The word that stands right before a period at `at`, without opening quotes or brackets. */
function wordBefore(text: string, at: number, sentenceStart: number): { word: string; first: boolean } {
  let begin = at;
  while (begin > sentenceStart && !/\s/u.test(text[begin - 1] ?? '')) begin -= 1;
  let word = text.slice(begin, at);
  while (word.length > 0 && OPENERS.test(word[0] ?? '')) word = word.slice(1);
  return { word, first: text.slice(sentenceStart, begin).trim() === '' };
}

function startsSentence(rest: string): boolean {
  if (DUTCH_ELISION.test(rest)) return true;
  let index = 0;
  while (index < rest.length && OPENERS.test(rest[index] ?? '')) index += 1;
  const next = rest[index];
  if (next === undefined) return true;
  // Scripts without case (Arabic, Hebrew, CJK …) give no signal, so a terminator plus space ends there.
  return !/\p{Ll}/u.test(next);
}

/** Whether a lone period after `word` is part of the word rather than the end of a sentence. */
function periodBelongsToWord(word: string, first: boolean, abbreviations: Set<string>, nextIsStart: boolean) {
  const lower = word.toLowerCase();
  if (SENTENCE_FINAL_ABBREVIATIONS.has(lower)) return !nextIsStart;
  if (abbreviations.has(lower)) return true;
  if (/^\p{Lu}$/u.test(word)) return true; // an initial, as in "J. Peeters"
  if (/^(?:\p{L}{1,3}\.)+\p{L}{1,3}$/u.test(word)) return true; // o.a., d.w.z., t.e.m., J.P.
  return first && /^\d{1,3}$/u.test(word); // list numbering "1. Schrijf in"
}

function isBoundary(paragraph: string, match: RegExpExecArray, sentenceStart: number, abbr: Set<string>) {
  let end = match.index + match[0].length;
  while (end < paragraph.length && CLOSERS.test(paragraph[end] ?? '')) end += 1;
  if (FULL_WIDTH_TERMINATOR.test(match[0])) return end;
  if (end < paragraph.length && !/\s/u.test(paragraph[end] ?? '')) return null;
  const rest = paragraph.slice(end).trimStart();
  const nextIsStart = startsSentence(rest);
  if (match[0] === '.') {
    const { word, first } = wordBefore(paragraph, match.index, sentenceStart);
    if (periodBelongsToWord(word, first, abbr, nextIsStart)) return null;
  }
  return nextIsStart ? end : null;
}

function pushTrimmed(out: Sentence[], source: string, start: number, end: number): void {
  const raw = source.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  if (text.length > 0) out.push({ text, start: start + lead, end: start + lead + text.length });
}

function segmentParagraph(text: string, from: number, to: number, abbr: Set<string>, out: Sentence[]) {
  const paragraph = text.slice(0, to);
  let sentenceStart = from;
  const terminators = new RegExp(TERMINATORS.source, 'gu');
  terminators.lastIndex = from;
  for (let match = terminators.exec(paragraph); match; match = terminators.exec(paragraph)) {
    const boundary = isBoundary(paragraph, match, sentenceStart, abbr);
    if (boundary === null) continue;
    pushTrimmed(out, text, sentenceStart, boundary);
    sentenceStart = boundary;
    terminators.lastIndex = boundary;
  }
  pushTrimmed(out, text, sentenceStart, to);
}

/**
 * Cuts a text into sentences with their offsets in the original text. Line breaks always end a
 * sentence, because extracted documents put headings, list items and table cells on their own lines.
 */
export function segmentSentences(text: string, lang = 'nl'): Sentence[] {
  const abbr = abbreviationsFor(lang);
  const out: Sentence[] = [];
  const lineBreaks = /\r\n|\r|\n|\u2028|\u2029/gu;
  let from = 0;
  for (let match = lineBreaks.exec(text); match; match = lineBreaks.exec(text)) {
    segmentParagraph(text, from, match.index, abbr, out);
    from = match.index + match[0].length;
  }
  segmentParagraph(text, from, text.length, abbr, out);
  return out;
}

const CJK = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Thai}';
const WORD_CHAR = `(?:(?![${CJK}])[\\p{L}\\p{M}\\p{N}])`;
const WORD = new RegExp(`[${CJK}]|${WORD_CHAR}+(?:['’\\-‐.,/]?${WORD_CHAR}+)*`, 'gu');
const SLASH_SPLIT = /\//u;

/**
 * Word count as CAT tools count it (Trados/memoQ style, written down because tools differ):
 * - a word is a run of letters, marks and digits; apostrophes, hyphens, periods and commas *inside*
 *   such a run join it, so "e-mail", "zo'n", "o.a.", "1.000,50" and "3.5" are one word each;
 * - "en/of" is two words (the slash separates); punctuation, symbols and inline codes are no words;
 * - each Han, kana or Thai character counts as one word, as those scripts have no spaces.
 */
export function countWords(text: string): number {
  let count = 0;
  for (const match of text.matchAll(WORD)) count += match[0].split(SLASH_SPLIT).length;
  return count;
}
