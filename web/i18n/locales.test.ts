import { describe, expect, it } from 'vitest';
import { APP_LOCALES, directionOf, negotiateLocale, PORTAL_LOCALES } from './locales.ts';
import { pickLocale } from './preference.ts';

describe('negotiateLocale', () => {
  it('takes the first supported language in the reader’s order, by primary subtag', () => {
    expect(negotiateLocale(['de-DE', 'fr-BE', 'en'], PORTAL_LOCALES, 'nl')).toBe('fr');
    expect(negotiateLocale(['AR-ma'], PORTAL_LOCALES, 'nl')).toBe('ar');
    expect(negotiateLocale(['tr;q=0.9'], PORTAL_LOCALES, 'nl')).toBe('tr');
  });

  it('falls back when nothing matches, and the app offers only Dutch and English', () => {
    expect(negotiateLocale(['de', 'pl'], PORTAL_LOCALES, 'nl')).toBe('nl');
    expect(negotiateLocale(['bg', 'en-GB'], APP_LOCALES, 'nl')).toBe('en');
    expect(negotiateLocale([], APP_LOCALES, 'nl')).toBe('nl');
  });
});

describe('pickLocale', () => {
  const browser = ['fr-BE'];

  it('an explicit ?lang wins and is reported as explicit (to be remembered)', () => {
    expect(pickLocale({ search: '?lang=ar', stored: 'tr', browser }, PORTAL_LOCALES, 'nl')).toEqual({
      locale: 'ar',
      explicit: true,
    });
  });

  it('then the remembered choice, then the browser, ignoring unsupported values', () => {
    expect(pickLocale({ search: '?lang=xx', stored: 'tr', browser }, PORTAL_LOCALES, 'nl').locale).toBe('tr');
    expect(pickLocale({ search: '', stored: 'de', browser }, PORTAL_LOCALES, 'nl').locale).toBe('fr');
    expect(pickLocale({ search: '?lang=tr', stored: null, browser }, APP_LOCALES, 'nl').locale).toBe('nl');
  });
});

describe('directionOf', () => {
  it('is right-to-left for Arabic only', () => {
    expect(PORTAL_LOCALES.filter((l) => directionOf(l) === 'rtl')).toEqual(['ar']);
  });
});
