/**
 * Dutch syllable counting for the readability formulas.
 *
 * Primary source: Liang hyphenation with the TeX Dutch patterns shipped by `hyphen` (hyph-nl), pinned
 * through package-lock. Hyphenation never splits off a one-letter syllable at a word edge
 * ("idee" stays whole), so a vowel-group count is the fallback and the larger of the two wins.
 */
import hyphenNl from 'hyphen/nl/index.js';

const SEPARATOR = '|';

/**
 * Vowel groups, Dutch-aware: "ij" counts as a vowel, and a diaeresis (ë, ï, ö, ü) always starts a new
 * syllable ("be-ëin-di-gen", "ru-ï-ne"), which is exactly what the diaeresis marks in Dutch spelling.
 */
export function vowelGroups(word: string): number {
  const lower = word.toLowerCase().replace(/ij/gu, 'y');
  const groups = lower.match(/[äëïöü]?[aeiouyáéíóúàèìòùâêîôû]*/gu) ?? [];
  return groups.filter((g) => g.length > 0).length;
}

/** Number of hyphenation parts of a single word (1 for words the patterns leave whole). */
export function hyphenationParts(word: string): number {
  const hyphenated = hyphenNl.hyphenateSync(word, { hyphenChar: SEPARATOR, minWordLength: 1 });
  return hyphenated.split(SEPARATOR).filter((part) => part.length > 0).length;
}

const cache = new Map<string, number>();

/** Syllables of one word; digits-only tokens count as one (they are read as one unit in the formulas). */
export function countSyllables(word: string): number {
  const key = word.toLowerCase();
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const letters = key.replace(/[^\p{L}]/gu, '');
  const count = letters.length === 0 ? 1 : Math.max(1, hyphenationParts(letters), vowelGroups(letters));
  if (cache.size < 50_000) cache.set(key, count);
  return count;
}
