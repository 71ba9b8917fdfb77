import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { billingTranslator } from './i18n.ts';
import { billingNl } from './messages-nl.ts';
import { interpretingBillingNavEn, interpretingBillingNavNl } from './nav-messages.ts';

describe('billing catalog', () => {
  it('has only messages that compile, without the ICU-escaping straight apostrophe', () => {
    for (const [key, message] of Object.entries(billingNl)) {
      expect(() => new IntlMessageFormat(message, 'nl-BE'), key).not.toThrow();
      expect(message.includes("'"), key).toBe(false);
    }
  });

  it('formats plurals and selects in Dutch', () => {
    const { t } = billingTranslator;
    expect(t('translations.offerSent', { count: 1, reference: 'V-2027-000001' })).toBe(
      '1 aanbod verstuurd voor V-2027-000001.',
    );
    expect(t('translations.units', { units: 12, unit: 'line', price: '€ 1,00' })).toBe('12 regels × € 1,00');
    expect(t('translations.weightedUnits', { units: 374.6, price: '€ 0,16' })).toBe(
      '374,6 gewogen woorden × € 0,16',
    );
  });

  it('gives every nav label an English twin', () => {
    expect(Object.keys(interpretingBillingNavEn).sort()).toEqual(
      Object.keys(interpretingBillingNavNl).sort(),
    );
  });
});
