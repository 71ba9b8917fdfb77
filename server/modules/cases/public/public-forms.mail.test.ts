import { describe, expect, it } from 'vitest';
import { PORTAL_LANGUAGES } from '../../../../contracts/public-forms.ts';
import { publicFormConfirmationMail } from './public-forms.mail.ts';

const brand = { name: 'Wegwijs Gent', color: '#005f73' };
const data = {
  name: 'Ayşe Yılmaz',
  type: 'education_question' as const,
  reference: 'D-2026-000042',
  code: 'OND-7K3M-9PQ2-X4ZD',
  statusUrl: 'http://localhost:3000/status/OND-7K3M-9PQ2-X4ZD',
};

describe('the portal confirmation mail', () => {
  it('is written in all six portal languages, with the code, reference and status link', () => {
    expect(publicFormConfirmationMail.locales).toEqual([...PORTAL_LANGUAGES]);
    const subjects = new Set<string>();
    for (const locale of PORTAL_LANGUAGES) {
      const mail = publicFormConfirmationMail.render(locale, data, brand);
      expect(mail.locale).toBe(locale);
      for (const part of [data.code, data.reference, data.statusUrl]) expect(mail.text).toContain(part);
      expect(mail.html).toContain(data.statusUrl);
      subjects.add(mail.subject);
    }
    expect(subjects.size).toBe(6);
  });

  it('reads right to left in Arabic and names the form in Turkish', () => {
    expect(publicFormConfirmationMail.render('ar', data, brand).html).toContain('dir="rtl"');
    const turkish = publicFormConfirmationMail.render('tr', { ...data, type: 'scholarship' }, brand);
    expect(turkish.subject).toBe('Burs başvurunuzu aldık (D-2026-000042)');
  });

  it('refuses a link that is not a web link', () => {
    expect(() =>
      publicFormConfirmationMail.renderUnknown('nl', { ...data, statusUrl: 'javascript:alert(1)' }, brand),
    ).toThrow(/invalid data/u);
  });
});
