import { describe, expect, it } from 'vitest';
import { autonym, dirOf, languageName, parseThemes, snippetParts, sortLanguages } from './library-format.ts';

describe('snippetParts', () => {
  it('joins neighbouring parts of the same kind and drops empty ones', () => {
    expect(
      snippetParts([
        { text: 'Uw kind ', hit: false },
        { text: 'inschrijven', hit: true },
        { text: '', hit: false },
        { text: ' school', hit: true },
        { text: ' in Gent', hit: false },
        { text: '.', hit: false },
      ]),
    ).toEqual([
      { text: 'Uw kind ', hit: false },
      { text: 'inschrijven school', hit: true },
      { text: ' in Gent.', hit: false },
    ]);
  });

  it('keeps markup from a document as plain text', () => {
    const parts = snippetParts([{ text: '<script>alert(1)</script>', hit: true }]);
    expect(parts).toEqual([{ text: '<script>alert(1)</script>', hit: true }]);
  });

  it('gives nothing for an empty snippet', () => {
    expect(snippetParts([])).toEqual([]);
    expect(snippetParts([{ text: '', hit: true }])).toEqual([]);
  });
});

describe('language names', () => {
  it('names a code in the reader’s language, with a capital', () => {
    expect(languageName('ar', 'nl')).toBe('Arabisch');
    expect(languageName('ar', 'en')).toBe('Arabic');
    expect(languageName('tr', 'nl')).toBe('Turks');
  });

  it('names a language in itself', () => {
    expect(autonym('ar')).toBe('العربية');
    expect(autonym('fr')).toBe('Français');
  });

  it('falls back to the code when there is no name', () => {
    expect(languageName('qqq', 'nl')).toBe('qqq');
    expect(languageName('not a code', 'nl')).toBe('not a code');
  });

  it('sorts the original first, then by name in the reader’s language', () => {
    // In Dutch: Arabisch, Engels, Turks; in English: Arabic, English, Turkish — but Frans/French
    // shows the order is by name, not by code ("fr" < "tr" yet "Duits" < "Frans").
    expect(sortLanguages(['tr', 'de', 'nl', 'ar', 'fr', 'ar'], 'nl')).toEqual(['nl', 'ar', 'de', 'fr', 'tr']);
    expect(sortLanguages(['de', 'el'], 'nl')).toEqual(['de', 'el']);
    expect(sortLanguages(['de', 'el'], 'de')).toEqual(['de', 'el']);
    expect(sortLanguages(['en', 'de'], 'nl')).toEqual(['de', 'en']);
    expect(sortLanguages(['en', 'hu'], 'nl')).toEqual(['en', 'hu']);
  });
});

describe('parseThemes', () => {
  it('splits, trims, lower-cases and removes duplicates', () => {
    expect(parseThemes(' Inschrijving, school , ,School')).toEqual(['inschrijving', 'school']);
    expect(parseThemes('')).toEqual([]);
  });
});

describe('dirOf', () => {
  it('knows the right-to-left scripts', () => {
    expect(dirOf('ar')).toBe('rtl');
    expect(dirOf('fa')).toBe('rtl');
    expect(dirOf('tr')).toBe('ltr');
  });
});
