import { describe, expect, it } from 'vitest';
import { PORTAL_LOCALES } from '../../i18n/locales.ts';
import { createTranslator } from '../../i18n/translator.ts';
import { ar } from './messages/ar.ts';
import { bg } from './messages/bg.ts';
import { en } from './messages/en.ts';
import { fr } from './messages/fr.ts';
import { loadCasesMessages, portalLocaleOf } from './messages/load.ts';
import { nl } from './messages/nl.ts';
import { tr } from './messages/tr.ts';

const ALL = { nl, en, fr, tr, bg, ar } as const;
const SAMPLE = {
  count: 3,
  max: 200,
  size: '10 MB',
  name: 'bewijs.pdf',
  email: 'a@b.be',
  date: '1 mei',
  amount: '€ 250',
};

describe('texts of the portal forms and status page', () => {
  it('has every key in the six portal languages, each formatting to text', () => {
    const keys = Object.keys(nl).sort();
    expect(Object.keys(ALL).sort()).toEqual([...PORTAL_LOCALES].sort());
    for (const locale of PORTAL_LOCALES) {
      const messages = ALL[locale];
      expect(Object.keys(messages).sort(), locale).toEqual(keys);
      const { maybe } = createTranslator(locale, messages);
      for (const key of keys) {
        const out = maybe(key, SAMPLE);
        // The translator answers the key itself when a message fails to format.
        expect(out, `${locale} ${key}`).not.toBe(key);
        expect(out?.length, `${locale} ${key}`).toBeGreaterThan(0);
        expect(messages[key as keyof typeof messages], `${locale} ${key} uses ’ not '`).not.toContain("'");
      }
    }
  });

  it('counts fields with each language’s plural forms', () => {
    expect(createTranslator('nl', nl).t('summary', { count: 1 })).toBe('Kijk 1 veld na.');
    expect(createTranslator('tr', tr).t('summary', { count: 2 })).toBe('Lütfen 2 alanı kontrol edin.');
    expect(createTranslator('ar', ar).t('summary', { count: 2 })).toBe('تحقق من حقلين.');
    expect(createTranslator('ar', ar).t('summary', { count: 11 })).toContain('11');
  });

  it('loads one language on demand, the same promise each time, Dutch for anything unknown', async () => {
    expect(loadCasesMessages('tr')).toBe(loadCasesMessages('tr'));
    expect((await loadCasesMessages('tr')).stTitle).toBe(tr.stTitle);
    expect(portalLocaleOf('de')).toBe('nl');
    expect(portalLocaleOf(null)).toBe('nl');
    expect(portalLocaleOf('ar')).toBe('ar');
  });
});
