import { describe, expect, it } from 'vitest';
import { PORTAL_LOCALES } from '../../i18n/locales.ts';
import { createTranslator } from '../../i18n/translator.ts';
import { matchRoute } from '../portal-router.tsx';
import { LIBRARY_PORTAL_MESSAGES } from './messages.ts';

describe('library routes of the portal', () => {
  it('opens the search and one document', () => {
    expect(matchRoute('/library')).toEqual({ name: 'library' });
    expect(matchRoute('/library/')).toEqual({ name: 'library' });
    expect(matchRoute('/library/0d4c6f1e-5a7b-4c2d-9e8f-1a2b3c4d5e6f')).toEqual({
      name: 'library',
      id: '0d4c6f1e-5a7b-4c2d-9e8f-1a2b3c4d5e6f',
    });
    expect(matchRoute('/library/a/b')).toEqual({ name: 'not-found' });
  });
});

describe('library texts of the portal', () => {
  it('has every text in the six portal languages, and each formats', () => {
    const keys = Object.keys(LIBRARY_PORTAL_MESSAGES.nl).sort();
    for (const locale of PORTAL_LOCALES) {
      const messages = LIBRARY_PORTAL_MESSAGES[locale];
      expect(Object.keys(messages).sort()).toEqual(keys);
      const { maybe } = createTranslator(locale, messages);
      for (const key of keys) {
        const out = maybe(key, { count: 3, title: 'X' });
        // The translator answers the key itself when a message fails to format.
        if (messages[key as keyof typeof messages] !== key) expect(out, `${locale} ${key}`).not.toBe(key);
        expect(out?.length).toBeGreaterThan(0);
      }
    }
  });

  it('counts in Arabic with its plural forms', () => {
    const { t } = createTranslator('ar', LIBRARY_PORTAL_MESSAGES.ar);
    expect(t('available', { count: 2 })).toBe('متوفرة بلغتين');
    expect(t('available', { count: 14 })).toContain('14');
  });
});
