import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../i18n/translator.ts';
import { toCents } from './call-form.tsx';
import { scholarshipsEn } from './messages-en.ts';
import { type ScholarshipsKey, scholarshipsNl } from './messages-nl.ts';
import { toPoints } from './ranking-table.tsx';

describe('scholarship pages', () => {
  it('read euro amounts with a comma or a point, and refuse anything else', () => {
    expect(toCents('296')).toBe(29600);
    expect(toCents('296,50')).toBe(29650);
    expect(toCents(' 8 880.5 ')).toBe(888050);
    expect(toCents('€296')).toBeNull();
    expect(toCents('1,234,00')).toBeNull();
    expect(toCents('')).toBeNull();
  });

  it('take whole points from 0 to 10 only', () => {
    expect(toPoints('0')).toBe(0);
    expect(toPoints(' 10 ')).toBe(10);
    expect(toPoints('11')).toBeNull();
    expect(toPoints('7.5')).toBeNull();
    expect(toPoints('-1')).toBeNull();
  });

  it('format every Dutch and English message, amounts as euros', () => {
    for (const [locale, catalog] of [
      ['nl', scholarshipsNl],
      ['en', scholarshipsEn],
    ] as const) {
      const { t } = createTranslator<ScholarshipsKey>(locale, catalog);
      for (const key of Object.keys(scholarshipsNl) as ScholarshipsKey[]) {
        const values = {
          count: 3,
          title: 'T',
          reference: 'D',
          average: '1',
          approved: 1,
          waitlisted: 2,
          rejected: 3,
          amount: 1,
        };
        expect(t(key, values), `${locale} ${key}`).not.toBe(key);
      }
    }
    expect(createTranslator<ScholarshipsKey>('nl', scholarshipsNl).t('money', { amount: 8880 })).toMatch(
      /€\s?8\.880,00/u,
    );
  });
});
