import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../i18n/translator.ts';
import { offerfeestEn } from './messages-en.ts';
import { offerfeestNl } from './messages-nl.ts';
import { offerfeestNavEn, offerfeestNavNl } from './nav-messages.ts';

const SAMPLE = {
  amount: 25.5,
  year: 2027,
  count: 2,
  position: 3,
  code: 'OF-7K2M-QX4P',
  status: 'Bevestigd',
  slot: '16 mei 09:00',
  language: 'Arabisch',
  name: 'Amina',
  animals: '2 schapen',
  reference: 'OF-2026-0001',
  slaughterhouse: 'Zele',
  date: '2026-05-28',
  start: '1 mei',
  end: '4 mei',
  places: 130,
  site: 'Zele',
  daily: 100,
  taken: 12,
  capacity: 10,
};

describe('texts of the Offerfeest staff pages', () => {
  it('has every Dutch key in English, each formatting to text without a straight quote', () => {
    for (const [nl, en] of [
      [offerfeestNl, offerfeestEn],
      [offerfeestNavNl, offerfeestNavEn],
    ] as const) {
      const keys = Object.keys(nl).sort();
      expect(Object.keys(en).sort()).toEqual(keys);
      for (const [locale, messages] of [
        ['nl', nl],
        ['en', en],
      ] as const) {
        const catalog: Record<string, string> = messages;
        const { maybe } = createTranslator(locale, catalog);
        for (const key of keys) {
          const out = maybe(key, SAMPLE);
          expect(out, `${locale} ${key}`).not.toBe(key);
          expect(out?.length, `${locale} ${key}`).toBeGreaterThan(0);
          expect(catalog[key], `${locale} ${key} uses ’ not '`).not.toContain("'");
        }
      }
    }
  });

  it('formats amounts and plurals in each language', () => {
    const nl = createTranslator('nl', offerfeestNl).t;
    const en = createTranslator('en', offerfeestEn).t;
    expect(nl('money', { amount: 25.5 })).toMatch(/25,50/u);
    expect(en('money', { amount: 25.5 })).toMatch(/25\.50/u);
    expect(nl('species.sheep', { count: 1 })).toBe('1 schaap');
    expect(nl('species.sheep', { count: 3 })).toBe('3 schapen');
    expect(en('slot.created', { count: 12 })).toBe('12 time slots created');
  });
});
