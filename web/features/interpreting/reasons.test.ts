import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { ELIGIBILITY_RULES } from '../../../contracts/interpreting.ts';
import { interpretingTranslator as t } from './i18n.ts';
import { interpretingNl } from './messages-nl.ts';
import { interpretingNavEn, interpretingNavNl } from './nav-messages.ts';
import { RANKING_REASON_KEYS, reasonText } from './reasons.ts';

describe('reason texts', () => {
  it('has a Dutch sentence for every eligibility rule and every ranking reason', () => {
    const keys = [
      ...ELIGIBILITY_RULES.map((rule) => `interpreting.ineligible.${rule}`),
      ...RANKING_REASON_KEYS,
    ];
    for (const key of keys) expect(t.maybe(key, {}), key).toBeTruthy();
  });

  it('renders the matcher’s parameters readably: language names, Brussels times, plural counts', () => {
    expect(
      reasonText(
        { key: 'interpreting.ineligible.language', params: { language: 'ar', variant: 'maghreb' } },
        t,
      ),
    ).toBe('Tolkt niet in het Arabisch (Maghrebijns) in de gevraagde richting.');
    expect(
      reasonText(
        {
          key: 'interpreting.ineligible.overlap',
          params: { start: '2027-01-12T08:00:00.000Z', end: '2027-01-12T09:30:00.000Z' },
        },
        t,
      ),
    ).toMatch(/09:00.*10:30/);
    expect(reasonText({ key: 'interpreting.reason.same_client', params: { count: 1 } }, t)).toBe(
      'Tolkte al 1 keer voor deze cliënt.',
    );
    expect(reasonText({ key: 'interpreting.reason.travel_distance', params: { km: 3.6 } }, t)).toBe(
      'Woont op 3,6 km.',
    );
    expect(reasonText({ key: 'interpreting.ineligible.mode', params: { mode: 'video' } }, t)).toBe(
      'Werkt niet via video.',
    );
    expect(
      reasonText({ key: 'interpreting.ineligible.availability', params: { reason: 'time_off' } }, t),
    ).toBe('Is dan afwezig.');
    expect(
      reasonText(
        { key: 'interpreting.ineligible.certification', params: { validUntil: '', date: '2027-01-12' } },
        t,
      ),
    ).toContain('geldig tot —');
  });

  it('shows a reason it does not know by its key instead of hiding it', () => {
    expect(reasonText({ key: 'interpreting.reason.new_rule', params: {} }, t)).toContain(
      'interpreting.reason.new_rule',
    );
  });
});

describe('interpreting messages', () => {
  it('are valid ICU without straight apostrophes (ICU’s escape character)', () => {
    for (const [key, message] of Object.entries({
      ...interpretingNl,
      ...interpretingNavNl,
      ...interpretingNavEn,
    })) {
      expect(() => new IntlMessageFormat(message, 'nl-BE'), key).not.toThrow();
      expect(message, key).not.toContain("'");
    }
  });

  it('names every navigation entry in Dutch and English, and each Dutch label is its page title', () => {
    expect(Object.keys(interpretingNavEn).sort()).toEqual(Object.keys(interpretingNavNl).sort());
    const titles: string[] = Object.values(interpretingNl);
    for (const label of Object.values(interpretingNavNl)) expect(titles).toContain(label);
  });
});
