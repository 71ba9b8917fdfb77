import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../i18n/translator.ts';
import { type CasesKey, casesNl } from './messages-nl.ts';
import { casesNavEn, casesNavNl } from './nav-messages.ts';

describe('case page texts', () => {
  it('formats every Dutch message', () => {
    const { t } = createTranslator<CasesKey>('nl', casesNl);
    const values = { count: 3, name: 'N', label: 'L', date: 'D', reason: 'R', done: 1, total: 4, title: 'T' };
    for (const key of Object.keys(casesNl) as CasesKey[]) {
      const editors = { finished: 1, planned: 2, step: 'S', items: 'I', received: 1, notNeeded: 1, days: 2 };
      const scores = { n: 1, item: 'I', average: 19.5, max: 30 };
      const out = t(key, { ...values, ...editors, ...scores, author: 'A', from: 'F', to: 'T', status: 'S' });
      expect(out, key).not.toBe(key);
      expect(out, key).not.toContain('{');
    }
  });

  it('counts cases in Dutch', () => {
    const { t } = createTranslator<CasesKey>('nl', casesNl);
    expect(t('list.total', { count: 0 })).toBe('Geen dossiers');
    expect(t('list.total', { count: 1 })).toBe('1 dossier');
    expect(t('list.total', { count: 12 })).toBe('12 dossiers');
  });

  it('counts the days to a NARIC deadline, and the scores of the committee', () => {
    const { t } = createTranslator<CasesKey>('nl', casesNl);
    expect(t('checklist.daysLeft', { days: 0 })).toBe('vandaag');
    expect(t('checklist.daysLeft', { days: 12 })).toBe('nog 12 dagen');
    expect(t('checklist.count', { received: 2, total: 5, notNeeded: 0 })).toBe('2 van 5 ontvangen');
    expect(t('eligibility.scoreValue', { average: 19.5, max: 30, count: 1 })).toContain('1 beoordeling)');
  });

  it('names the nav entry in both app languages', () => {
    expect(casesNavNl['nav.cases']).toBe('Dossiers');
    expect(Object.keys(casesNavEn)).toEqual(Object.keys(casesNavNl));
  });
});
