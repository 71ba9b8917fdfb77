import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../i18n/translator.ts';
import { plainLanguageEn } from './messages-en.ts';
import { type PlainLanguageKey, plainLanguageNl } from './messages-nl.ts';

describe('plain-language texts', () => {
  it('formats every Dutch and English message, with the same placeholders', () => {
    for (const [locale, catalog] of [
      ['nl', plainLanguageNl],
      ['en', plainLanguageEn],
    ] as const) {
      const { t } = createTranslator<PlainLanguageKey>(locale, catalog);
      for (const key of Object.keys(plainLanguageNl) as PlainLanguageKey[]) {
        const out = t(key, {
          name: 'brief.pdf',
          label: 'L',
          hint: 'als',
          score: '61,2',
          level: 4,
          value: '12,0',
          count: 1,
          total: 3,
          term: 'indien',
        });
        expect(out, `${locale} ${key}`).not.toBe(key);
        expect(out, `${locale} ${key}`).not.toMatch(/[{}]/u);
      }
    }
  });
});
