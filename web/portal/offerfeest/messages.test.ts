import { describe, expect, it } from 'vitest';
import { PORTAL_LOCALES } from '../../i18n/locales.ts';
import { createTranslator } from '../../i18n/translator.ts';
import { ar } from './messages/ar.ts';
import { bg } from './messages/bg.ts';
import { en } from './messages/en.ts';
import { fr } from './messages/fr.ts';
import { loadOfferfeestMessages } from './messages/load.ts';
import { nl } from './messages/nl.ts';
import { tr } from './messages/tr.ts';

const ALL = { nl, en, fr, tr, bg, ar } as const;
const SAMPLE = {
  year: 2027,
  start: '1 mei',
  end: '4 mei',
  method: 'elektrisch',
  amount: '€ 25',
  count: 3,
  position: 2,
  code: 'OF-7K2M-QX4P',
  reference: 'OF-2027-0001',
};

describe('texts of the portal’s Offerfeest pages', () => {
  it('has every key in the six portal languages, each formatting to text without a straight quote', () => {
    const keys = Object.keys(nl).sort();
    expect(Object.keys(ALL).sort()).toEqual([...PORTAL_LOCALES].sort());
    for (const locale of PORTAL_LOCALES) {
      const messages: Record<string, string> = ALL[locale];
      expect(Object.keys(messages).sort(), locale).toEqual(keys);
      const { maybe } = createTranslator(locale, messages);
      for (const key of keys) {
        const out = maybe(key, SAMPLE);
        expect(out, `${locale} ${key}`).not.toBe(key);
        expect(out?.length, `${locale} ${key}`).toBeGreaterThan(0);
        expect(messages[key], `${locale} ${key} uses ’ not '`).not.toContain("'");
      }
    }
  });

  it('counts places left with each language’s plural forms', () => {
    expect(createTranslator('nl', nl).t('slotPlaces', { count: 1 })).toBe('nog 1 plaats');
    expect(createTranslator('nl', nl).t('slotPlaces', { count: 4 })).toBe('nog 4 plaatsen');
    expect(createTranslator('ar', ar).t('slotPlaces', { count: 2 })).toBe('بقي مكانان');
    expect(createTranslator('ar', ar).t('slotPlaces', { count: 5 })).toContain('5');
  });

  it('loads one language on demand, the same promise each time', async () => {
    expect(loadOfferfeestMessages('ar')).toBe(loadOfferfeestMessages('ar'));
    expect((await loadOfferfeestMessages('ar')).regTitle).toBe(ar.regTitle);
  });
});
