/**
 * Closed Dutch word classes for the LiNT-II estimate (lint-estimate.ts). LiNT-II counts as content
 * words nouns, proper nouns, lexical verbs (no copulas), adjectives and manner adverbs
 * (vanboefer/lint_ii sentence_analysis.py); without a tagger, "not in one of these closed lists"
 * stands in for that. Lower case; the lists are short on purpose (frequent forms only).
 */

const words = (text: string): ReadonlySet<string> => new Set(text.trim().split(/\s+/u));

export const DETERMINERS = words(`
  de het een 't deze dit die dat mijn jouw je uw zijn haar ons onze hun jullie elk elke ieder iedere
  geen alle enkele sommige welke welk veel weinig meer meest
`);

const PRONOUNS = `ik jij u hij zij ze wij we men mij me hem hen zich zichzelf wat wie iets niets alles
  iemand niemand ieder elkaar die dat welke waarvan waarin waarop waarmee`;
const PREPOSITIONS = `aan achter bij binnen boven buiten door in met na naar naast om onder op over per
  sinds te tegen tijdens tot tussen uit van volgens voor zonder via vanaf vanuit omtrent rond langs`;
export const SUBORDINATORS = words(`dat als omdat terwijl wanneer toen voordat nadat zodat indien
  hoewel tenzij doordat opdat zodra totdat ofschoon aangezien mits ingeval teneinde vermits waardoor`);
const COORDINATORS = 'en of maar want dus noch doch alsmede';
/** Finite and other forms of copulas and auxiliaries: not content words, but they open clauses. */
export const AUXILIARIES = words(`ben bent is zijn was waren wordt word worden werd werden heb hebt
  heeft hebben had hadden kan kun kunt kunnen kon konden moet moeten moest moesten mag mogen mocht
  zal zult zullen zou zouden wil wilt willen wilde wilden blijkt blijken lijkt lijken blijft blijven
  geweest geworden gehad`);
const ADVERBS = `er daar hier nu toch ook niet nog wel al steeds soms best dan weer terug misschien net
  nooit altijd zo heel erg zeer helemaal waarom hoe waar daarin hierin eens even pas reeds alleen
  ongeveer bijna tevens echter immers daarom toen zover hierheen daarheen ja nee`;
const NUMERALS = 'één twee drie vier vijf zes zeven acht negen tien honderd duizend eerste tweede derde';

export const FUNCTION_WORDS = words(
  [
    ...DETERMINERS,
    PRONOUNS,
    PREPOSITIONS,
    [...SUBORDINATORS].join(' '),
    COORDINATORS,
    [...AUXILIARIES].join(' '),
    ADVERBS,
    NUMERALS,
  ].join(' '),
);

/** Coordinators that, after a comma, start a new clause ("…, maar ze komt"). */
export const CLAUSE_COORDINATORS = words('en maar want of dus doch');

/**
 * Suffixes of Dutch abstract nouns (-heid, -ing, -tie, …; ANS §4.3 "abstracta"), the stand-in for the
 * RBN semantic types LiNT-II uses to tell concrete from abstract nouns.
 */
export const ABSTRACT_SUFFIX = /(?:heid|ing|tie|sie|teit|schap|nis|isme|age|dom|ment)$/u;
