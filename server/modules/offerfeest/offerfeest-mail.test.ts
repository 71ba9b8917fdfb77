import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../contracts/identity.ts';
import { REGISTRATION_MAILS } from './offerfeest-mail.ts';

const data = {
  name: 'Test Household',
  code: 'OF-ABCD-2345',
  slotStart: '2027-05-16T06:00:00.000Z',
  siteName: 'Slachthuis Test',
  siteAddress: 'Kaai 1, 9000 Gent',
  position: 3,
  statusUrl: 'https://example.test/offerfeest/status/OF-ABCD-2345',
};
const brand = { name: 'Amal', color: '#004b87' };

describe('offerfeest registration mails', () => {
  it('exist in all six portal languages, each its own text, with the Brussels time', () => {
    for (const [kind, template] of Object.entries(REGISTRATION_MAILS)) {
      expect(template.locales.sort()).toEqual([...LOCALES].sort());
      const subjects = new Set(LOCALES.map((locale) => template.render(locale, data, brand).subject));
      expect(subjects.size, kind).toBe(LOCALES.length);
      // 06:00 UTC is 08:00 in Brussels in May.
      expect(template.render('nl', data, brand).text).toContain('08:00');
    }
  });

  it('writes Arabic in Arabic script, right to left, with the code', () => {
    const mail = REGISTRATION_MAILS.waitlisted.render('ar', data, brand);
    expect(mail.subject).toMatch(/[\u0600-\u06FF]/u);
    expect(mail.html).toContain('dir="rtl"');
    expect(mail.text).toContain('OF-ABCD-2345');
  });
});
