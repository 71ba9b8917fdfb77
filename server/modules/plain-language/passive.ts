/**
 * Dutch passive-voice hint: a form of "worden" or "zijn" plus a past participle in the same clause.
 *
 * Heuristic, not a parser. Known limits (pinned in passive.test.ts):
 * - "zijn" + participle is also the perfect tense of verbs like "gaan", "komen", "vertrekken"; a list of
 *   those participles is skipped. Stative passives ("het loket is gesloten") are flagged on purpose.
 * - "zijn" is also the possessive ("zijn formulier"): with a form of "hebben" in the clause the
 *   participle belongs to "hebben", so only a "worden" form then counts.
 * - Present tense "-t" forms of be-/ver-/ont- verbs look like participles ("betekent"); common ones
 *   are listed. "-en" participles without ge- ("verzonden") are recognised from a list only, because
 *   they look like infinitives.
 */
import type { Token } from './tokens.ts';

export type PassiveHit = { start: number; end: number; auxiliary: Token; participle: Token };

const WORDEN = new Set(['word', 'wordt', 'worden', 'werd', 'werden', 'geworden']);
const ZIJN = new Set(['is', 'zijn', 'was', 'waren', 'ben', 'bent']);
const HEBBEN = new Set(['heb', 'hebt', 'heeft', 'hebben', 'had', 'hadden']);

/** Clause boundaries: conjunctions and relative pronouns that open a new finite clause. */
const CLAUSE_WORDS = new Set(
  'en of maar want omdat dat die als wanneer terwijl zodat doordat nadat voordat tenzij hoewel waar wat'.split(
    ' ',
  ),
);

const SEPARABLE =
  'aan|af|bij|binnen|dicht|door|goed|in|los|mee|na|neer|om|onder|op|open|over|samen|terug|thuis|toe|uit|vast|voor|vrij|weg|kennis|plaats|deel';
const GE_PARTICIPLE = new RegExp(`^(?:${SEPARABLE})?ge\\p{L}{2,}(?:d|t|en)$`, 'u');
const PREFIXED_WEAK = /^(?:be|ver|ont|her|er)\p{L}{2,}[dt]$/u;
const PREFIXED_STRONG = new Set(
  'verzonden ontvangen vertrokken verboden bevolen verloren besloten beschreven verkregen vergeten verschenen ontslagen ontnomen bewezen verwezen vernomen verbonden ontbonden verworven begonnen bevonden verbroken verschoven verdreven bedreven verstreken ontnomen beslagen herschreven ondertekend onderzocht'.split(
    ' ',
  ),
);
/** Words shaped like participles that are not: infinitives, nouns, adjectives, present tense. */
const NOT_PARTICIPLES = new Set(
  'geven gebruiken gebeuren geloven genieten gelden gebieden gewennen gehoorzamen gezond gedicht gewicht gezicht gebied geluid gerecht algemeen gemeen geleden getuigen betekent bestaat bevat vertelt verdient begint bedraagt bepaalt vermeldt verandert ontvangt betaalt bezit vergeet verstaat herinnert behoort verdwijnt verschijnt ontstaat verwijst bereikt besteedt verhuist vertrekt bedankt beslist herhaalt ervaart erkent'.split(
    ' ',
  ),
);
/** Participles that take "zijn" in the active perfect ("hij is vertrokken"): not passive with "zijn". */
const ZIJN_PERFECT = new Set(
  'gekomen gegaan vertrokken gebleven gebeurd geweest gestorven geboren verhuisd begonnen gestopt veranderd gegroeid gevallen opgestaan aangekomen teruggekomen teruggegaan verschenen ontstaan overleden gelukt mislukt gereisd gevlucht gestegen gedaald geslaagd binnengekomen meegekomen verdwenen ingeschreven'.split(
    ' ',
  ),
);

export function isParticiple(word: string): boolean {
  const lower = word.toLowerCase();
  if (NOT_PARTICIPLES.has(lower) || WORDEN.has(lower)) return false;
  if (lower.endsWith('heid')) return false;
  return PREFIXED_STRONG.has(lower) || GE_PARTICIPLE.test(lower) || PREFIXED_WEAK.test(lower);
}

/** Splits a sentence's tokens into clauses at punctuation between them and at clause-opening words. */
function clauses(sentence: string, sentenceStart: number, tokens: Token[]): Token[][] {
  const out: Token[][] = [];
  let current: Token[] = [];
  let previousEnd = sentenceStart;
  for (const token of tokens) {
    const gap = sentence.slice(previousEnd - sentenceStart, token.start - sentenceStart);
    if ((/[,;:()–—]/u.test(gap) || CLAUSE_WORDS.has(token.text.toLowerCase())) && current.length > 0) {
      out.push(current);
      current = [];
    }
    current.push(token);
    previousEnd = token.end;
  }
  if (current.length > 0) out.push(current);
  return out;
}

function passiveInClause(clause: Token[]): PassiveHit | null {
  const lower = clause.map((t) => t.text.toLowerCase());
  const hasHebben = lower.some((w) => HEBBEN.has(w));
  for (let a = 0; a < clause.length; a += 1) {
    const auxWord = lower[a] ?? '';
    const isWorden = WORDEN.has(auxWord);
    if (!isWorden && !(ZIJN.has(auxWord) && !hasHebben)) continue;
    for (let p = 0; p < clause.length; p += 1) {
      const word = lower[p] ?? '';
      if (p === a || !isParticiple(word)) continue;
      if (!isWorden && ZIJN_PERFECT.has(word)) continue;
      const auxiliary = clause[a];
      const participle = clause[p];
      if (!auxiliary || !participle) continue;
      const start = Math.min(auxiliary.start, participle.start);
      const end = Math.max(auxiliary.end, participle.end);
      return { start, end, auxiliary, participle };
    }
  }
  return null;
}

/** Passive hints in one sentence, at most one per clause. Offsets are into the whole text. */
export function findPassives(sentence: string, sentenceStart: number, tokens: Token[]): PassiveHit[] {
  const hits: PassiveHit[] = [];
  for (const clause of clauses(sentence, sentenceStart, tokens)) {
    const hit = passiveInClause(clause);
    if (hit) hits.push(hit);
  }
  return hits;
}
