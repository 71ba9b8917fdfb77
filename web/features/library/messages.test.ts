import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../i18n/translator.ts';
import { libraryEn } from './messages-en.ts';
import { type LibraryKey, libraryNl } from './messages-nl.ts';

describe('library texts of the app', () => {
  it('formats every Dutch and English message', () => {
    for (const [locale, catalog] of [
      ['nl', libraryNl],
      ['en', libraryEn],
    ] as const) {
      const { t } = createTranslator<LibraryKey>(locale, catalog);
      for (const key of Object.keys(libraryNl) as LibraryKey[]) {
        const out = t(key, {
          count: 14,
          label: 'L',
          lang: 'ar',
          title: 'T',
          date: 'D',
          no: 2,
          file: 'f',
          words: 9,
          reason: 'r',
        });
        expect(out, `${locale} ${key}`).not.toBe(key);
      }
    }
  });

  it('says in how many languages a document is available', () => {
    expect(createTranslator<LibraryKey>('nl', libraryNl).t('search.available', { count: 14 })).toBe(
      'beschikbaar in 14 talen',
    );
    expect(createTranslator<LibraryKey>('en', libraryEn).t('search.available', { count: 1 })).toBe(
      'available in 1 language',
    );
  });
});
