import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { formatAmount, letterLanguages } from './letter-texts.ts';
import { type Letter, lettersPdf } from './letters.ts';

const base: Letter = {
  outcome: 'approved',
  name: 'Yusuf Örnek',
  reference: 'D-2026-000042',
  course: 'Nederlands niveau 2',
  amountCents: 29_600,
  language: 'nl',
  callTitle: 'Beurs UCT 2026-2027',
  date: '2026-09-01',
};

async function textOf(letters: Letter[]): Promise<string> {
  const pdf = await getDocumentProxy(new Uint8Array(await lettersPdf(letters, 'Wegwijs Gent')));
  const { text } = await extractText(pdf, { mergePages: true });
  return text.replace(/\s+/gu, ' ');
}

describe('decision letters', () => {
  it('formats euros the way each reader writes them', () => {
    expect(formatAmount(29_600, 'nl')).toBe('€ 296,00');
    expect(formatAmount(123_456_7, 'fr')).toBe('€ 12.345,67');
    expect(formatAmount(123_456_7, 'en')).toBe('€12,345.67');
  });

  it('prints Dutch, then the reader’s language; unknown languages fall back to English', () => {
    expect(letterLanguages('nl')).toEqual({ languages: ['nl'], fallback: false });
    expect(letterLanguages('tr')).toEqual({ languages: ['nl', 'tr'], fallback: false });
    expect(letterLanguages('ar')).toEqual({ languages: ['nl', 'ar'], fallback: false });
    expect(letterLanguages('ps')).toEqual({ languages: ['nl', 'en'], fallback: true });
  });

  const expected = {
    approved: {
      nl: 'u krijgt een beurs',
      en: 'you get a grant',
      fr: 'vous recevez une bourse',
      tr: 'burs alıyorsunuz',
    },
    waitlisted: {
      nl: 'op de wachtlijst',
      en: 'on the waiting list',
      fr: 'liste d’attente',
      tr: 'bekleme listesindesiniz',
    },
    rejected: {
      nl: 'U krijgt geen beurs',
      en: 'You do not get a grant',
      fr: 'ne recevez pas de bourse',
      tr: 'Burs alamıyorsunuz',
    },
  } as const;

  for (const outcome of ['approved', 'waitlisted', 'rejected'] as const) {
    for (const language of ['en', 'fr', 'tr'] as const) {
      it(`${outcome} in Dutch and ${language}: name, reference and the decision in both`, async () => {
        const text = await textOf([{ ...base, outcome, language }]);
        expect(text).toContain('Yusuf Örnek');
        expect(text).toContain('D-2026-000042');
        expect(text).toContain(expected[outcome].nl);
        expect(text).toContain(expected[outcome][language]);
        if (outcome === 'approved') {
          expect(text).toContain(formatAmount(29_600, language));
          expect(text).toContain('oasis.ugent.be');
        }
      });
    }
  }

  // The extracted text of a right-to-left line comes out word by word, in either order (and the
  // lam-alef ligature reads back in glyph order: the words below avoid it).
  const hasWords = (text: string, words: string) =>
    words.split(' ').every((word) => text.includes(word) || text.includes([...word].reverse().join('')));

  for (const [outcome, words] of [
    ['approved', 'خبر سار'],
    ['waitlisted', 'أنت على قائمة'],
    ['rejected', 'لن تحصل على منحة'],
  ] as const) {
    it(`${outcome} in Dutch and Arabic (Noto Naskh Arabic, the facts in a table of their own)`, async () => {
      const letter = { ...base, outcome, language: 'ar', name: 'أحمد بن علي' };
      const pdf = await lettersPdf([letter], 'Wegwijs Gent');
      expect(pdf.toString('latin1')).toContain('NotoNaskhArabic');
      const text = await textOf([letter]);
      expect(text).toContain(expected[outcome].nl);
      expect(hasWords(text, words)).toBe(true);
      expect(hasWords(text, 'أحمد بن علي')).toBe(true);
      expect(text).toContain('D-2026-000042');
      expect(text).not.toContain(expected[outcome].en);
    });
  }

  it('several letters render into one document, each from a new page', async () => {
    const letters = ['nl', 'ar', 'tr'].map((language, i) => ({ ...base, language, name: `Persoon ${i}` }));
    const pdf = await getDocumentProxy(new Uint8Array(await lettersPdf(letters, 'Wegwijs Gent')));
    expect(pdf.numPages).toBeGreaterThanOrEqual(3);
    const text = await textOf(letters);
    for (const name of ['Persoon 0', 'Persoon 1', 'Persoon 2']) expect(text).toContain(name);
  });
});
