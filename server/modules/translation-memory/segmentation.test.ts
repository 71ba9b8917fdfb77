import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countWords, segmentSentences } from './segmentation.ts';

const texts = (input: string, lang = 'nl') => segmentSentences(input, lang).map((s) => s.text);

describe('segmentSentences (nl)', () => {
  it('splits plain sentences and keeps offsets into the original text', () => {
    const input = 'Sorteer je afval. Zet de zak buiten!  Vragen? Bel ons.';
    const sentences = segmentSentences(input);
    expect(sentences.map((s) => s.text)).toEqual([
      'Sorteer je afval.',
      'Zet de zak buiten!',
      'Vragen?',
      'Bel ons.',
    ]);
    for (const s of sentences) expect(input.slice(s.start, s.end)).toBe(s.text);
  });

  it.each([
    'Breng bv. glas naar het containerpark.',
    'Zie nr. 12 in de lijst.',
    'Max. 20 deelnemers per sessie.',
    'Neem o.a. je identiteitskaart mee.',
    'Dat is gratis, d.w.z. je betaalt niets.',
    'Mevr. Janssens en dhr. De Smet komen.',
    'Lees blz. 4 en p. 7 van de brochure.',
    'Het duurt ca. 2 uur, incl. pauze en excl. vervoer.',
    'Open van maandag t.e.m. vrijdag.',
    'Uw tolk is J. Peeters uit Gent.',
    'De prijs stijgt van 3.5 naar 1.000 euro per jaar.',
    'Hij zei: "Kom binnen!" en ging zitten.',
    'Ik weet het niet... misschien morgen.',
    'Dit is Max. Aantal plaatsen beperkt.',
  ])('keeps "%s" as one sentence', (input) => {
    expect(texts(input)).toEqual([input]);
  });

  it('ends a sentence after "enz." when a capital follows, not when a lower-case word follows', () => {
    expect(texts('Appels, peren enz. Daarna groenten.')).toEqual(['Appels, peren enz.', 'Daarna groenten.']);
    expect(texts('Appels, peren enz. en groenten.')).toEqual(['Appels, peren enz. en groenten.']);
  });

  it('ends a sentence after an ellipsis followed by a capital', () => {
    expect(texts('We wachten… Dan beginnen we.')).toEqual(['We wachten…', 'Dan beginnen we.']);
  });

  it('keeps closing quotes with their sentence', () => {
    expect(texts('Ze vroeg: "Is het open?" De balie zei ja.')).toEqual([
      'Ze vroeg: "Is het open?"',
      'De balie zei ja.',
    ]);
  });

  it("treats Dutch elisions ('s, 't) as a sentence start", () => {
    expect(texts("We sluiten om vijf uur. 's Avonds is het dicht.")).toEqual([
      'We sluiten om vijf uur.',
      "'s Avonds is het dicht.",
    ]);
  });

  it('keeps list numbering and ends sentences at line breaks', () => {
    expect(texts('Inschrijven\n1. Vul het formulier in.\n2. Breng het binnen.')).toEqual([
      'Inschrijven',
      '1. Vul het formulier in.',
      '2. Breng het binnen.',
    ]);
  });
});

describe('segmentSentences (other languages)', () => {
  it('uses the English list and splits uncased scripts after a terminator', () => {
    expect(texts('Bring e.g. a passport. Dr. Smith will help.', 'en')).toEqual([
      'Bring e.g. a passport.',
      'Dr. Smith will help.',
    ]);
    expect(texts('مرحبا بكم. كيف حالك؟ شكرا.', 'ar')).toEqual(['مرحبا بكم.', 'كيف حالك؟', 'شكرا.']);
    expect(texts('今日は晴れです。明日は雨です。', 'ja')).toEqual(['今日は晴れです。', '明日は雨です。']);
  });

  it('keeps "Max." and "Tel." (TYPO3 nl.locallang.xlf) whole', () => {
    expect(texts('Max. participants: 20. Tel. 09 123 45 67.', 'en')).toEqual([
      'Max. participants: 20.',
      'Tel. 09 123 45 67.',
    ]);
    expect(texts('Tel. 09 123 45 67 of max. 3 personen.')).toEqual(['Tel. 09 123 45 67 of max. 3 personen.']);
  });

  it('returns sentences that are trimmed, ordered, non-overlapping slices of the text (property)', () => {
    const unit = fc.constantFrom('a', 'B', ' ', '.', '!', '?', '…', '"', '\n', '3', 'bv', 'J', "'s");
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 60 }), (input) => {
        let previousEnd = 0;
        for (const sentence of segmentSentences(input)) {
          expect(input.slice(sentence.start, sentence.end)).toBe(sentence.text);
          expect(sentence.text).toBe(sentence.text.trim());
          expect(sentence.start).toBeGreaterThanOrEqual(previousEnd);
          previousEnd = sentence.end;
        }
        const covered = segmentSentences(input)
          .map((sentence) => sentence.text)
          .join('');
        expect(covered.replace(/\s/gu, '')).toBe(input.replace(/\s/gu, ''));
      }),
    );
  });

  it('returns nothing for blank text', () => {
    expect(segmentSentences('  \n\n ')).toEqual([]);
  });
});

describe('countWords', () => {
  it.each([
    ['Sorteer je afval.', 3],
    ['Bel 09 123 45 67 of mail naar info@stad.gent.', 10],
    ['e-mail, zo’n, o.a. en 1.000,50 euro', 6],
    ['en/of', 2],
    ["'s Avonds", 2],
    ['— , ; !', 0],
    ['Klik \u{E000}hier\u{E001}.', 2],
    ['今日は', 3],
    ['', 0],
  ])('"%s" has %i words', (input, expected) => {
    expect(countWords(input)).toBe(expected);
  });
});
