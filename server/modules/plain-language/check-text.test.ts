import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkText, findJargon } from './check-text.ts';
import { DEFAULT_JARGON } from './default-jargon.ts';

const BUREAUCRATIC =
  'Geachte mevrouw, middels dit schrijven delen wij u mede dat uw aanvraag inzake de kinderbijslag reeds op ' +
  '3 maart werd goedgekeurd. Het bedrag wordt bv. via nr. 12 van het formulier door de Stad Gent aan u ' +
  'overgemaakt, teneinde de kosten van de onderhavige schoolinschrijving te dekken.';
const PLAIN =
  'Uw kind mag naar school. U krijgt geld voor de school. Wij sturen het geld in maart. Hebt u vragen? Bel ons.';

describe('checkText', () => {
  it('does not split after "bv." and "nr."', () => {
    const result = checkText('Breng bv. glas mee. Zie nr. 12 in de lijst. Kom op tijd.');
    expect(result.sentences.map((s) => s.text)).toEqual([
      'Breng bv. glas mee.',
      'Zie nr. 12 in de lijst.',
      'Kom op tijd.',
    ]);
  });

  it('counts words per sentence and flags sentences above the threshold', () => {
    const result = checkText(BUREAUCRATIC);
    expect(result.sentences.map((s) => s.words)).toEqual([21, 26]);
    expect(result.longSentences.map((s) => s.sentenceIndex)).toEqual([0, 1]);
    expect(result.averageSentenceLength).toBe(23.5);
    expect(checkText(BUREAUCRATIC, { longSentenceWords: 25 }).longSentences.map((s) => s.words)).toEqual([
      26,
    ]);
  });

  it('flags long words but not names, numbers or abbreviations', () => {
    const text =
      'Het OCMW in de Sint-Pietersnieuwstraat betaalt 1.250,00 euro. Vraag informatie over de inschrijvingsformulieren.';
    expect(checkText(text).longWords.map((w) => w.text)).toEqual(['informatie', 'inschrijvingsformulieren']);
    expect(checkText(text, { longWordSyllables: 9 }).longWords.map((w) => w.text)).toEqual([
      'inschrijvingsformulieren',
    ]);
  });

  it('finds formal words with plain alternatives, whole words only', () => {
    const hits = findJargon(
      'Indien u het formulier wilt indienen, dient u dit te doen conform de regels.',
      DEFAULT_JARGON,
    );
    // "indienen" is not "indien"; "dient u … te" is split by "u", so the phrase "dient te" does not match.
    expect(hits.map((h) => [h.text, h.alternative])).toEqual([
      ['Indien', 'als'],
      ['conform', 'volgens'],
    ]);
    expect(findJargon('de onderhavige brief', DEFAULT_JARGON).map((h) => h.text)).toEqual(['onderhavige']);
    expect(findJargon('U dient te betalen.', DEFAULT_JARGON).map((h) => h.alternative)).toEqual(['moet']);
  });

  it('marks a bureaucratic letter up and lets a plain one pass as B1', () => {
    const letter = checkText(BUREAUCRATIC);
    expect(letter.jargon.map((j) => j.term)).toEqual([
      'middels',
      'inzake',
      'reeds',
      'teneinde',
      'onderhavig',
    ]);
    expect(letter.passiveSentences.map((p) => p.participle)).toEqual(['goedgekeurd', 'overgemaakt']);
    expect(letter.b1.estimate).toBe('above-B1');
    expect(letter.b1.reasons.filter((r) => !r.ok).map((r) => r.code)).toContain('formal-words');

    const plain = checkText(PLAIN);
    expect(plain.b1.estimate).toBe('B1');
    expect(plain.scores.fleschDouma ?? 0).toBeGreaterThan(80);
    expect(plain.scores.fleschDouma ?? 0).toBeGreaterThan(letter.scores.fleschDouma ?? 0);
    expect(plain.scores.brouwer ?? 0).toBeGreaterThan(letter.scores.brouwer ?? 0);
    // LiNT-II is an estimate (lint-estimate.ts): only its ordering is pinned here.
    expect(plain.scores.lint ?? 100).toBeLessThan(letter.scores.lint ?? 0);
    expect(plain.scores.lintLevel ?? 4).toBeLessThan(letter.scores.lintLevel ?? 0);
  });

  it('handles empty input', () => {
    const result = checkText('  \n ');
    expect(result.sentences).toEqual([]);
    expect(result.scores.fleschDouma).toBeNull();
    expect(result.b1.estimate).toBe('empty');
  });

  const dutchish = fc
    .array(
      fc.oneof(
        fc.constantFrom(
          'middels',
          'wordt',
          'betaald',
          'inschrijvingsformulier',
          'bv.',
          'nr.',
          'Gent',
          'reeds',
          'de',
          'ë',
        ),
        fc.constantFrom('.', ',', '!', '?', '\n', ' ', '  ', '"', '12'),
        fc.string({ maxLength: 6 }),
      ),
      { maxLength: 60 },
    )
    .map((parts) => parts.join(' '));

  it('offsets always point at the flagged text (property)', () => {
    fc.assert(
      fc.property(dutchish, (text) => {
        const result = checkText(text);
        for (const s of result.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
        for (const s of result.longSentences) expect(text.slice(s.start, s.end)).toBe(s.text);
        for (const w of result.longWords) expect(text.slice(w.start, w.end)).toBe(w.text);
        for (const j of result.jargon) expect(text.slice(j.start, j.end)).toBe(j.text);
        for (const p of result.passiveSentences) {
          const span = text.slice(p.start, p.end);
          expect(span).toBe(p.text);
          expect(span.includes(p.auxiliary) && span.includes(p.participle)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
