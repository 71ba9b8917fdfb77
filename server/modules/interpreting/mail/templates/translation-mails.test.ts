import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../../../contracts/identity.ts';
import { translationDeliveredMail, translationOfferMail } from './translation-mails.ts';

const brand = { name: 'Amal', color: '#00587c' };
const data = {
  name: 'Samira',
  url: 'https://wegwijs.example/app/interpreting/translations',
  job: {
    reference: 'V-2027-000045',
    sourceLanguage: 'nl',
    targetLanguage: 'ar',
    words: 412,
    deadline: '2027-02-12',
  },
};

describe('translation mails', () => {
  it('exist in every language with the reference, the word count and the deadline day', () => {
    for (const template of [translationOfferMail, translationDeliveredMail]) {
      expect(template.locales).toEqual([...LOCALES]);
      const subjects = new Set<string>();
      for (const locale of LOCALES) {
        const mail = template.render(locale, data, brand);
        subjects.add(mail.subject);
        expect(mail.subject).toContain('V-2027-000045');
        expect(mail.text).toContain('412');
        expect(mail.text).toContain(data.url);
      }
      expect(subjects.size).toBe(LOCALES.length);
    }
    expect(translationOfferMail.render('nl', data, brand).text).toContain('vrijdag 12 februari 2027');
    expect(translationOfferMail.render('nl', data, brand).text).toContain('Nederlands → Arabisch');
  });

  it('refuse data beyond the job facts: no document text gets in', () => {
    const mail = translationDeliveredMail.renderUnknown(
      'en',
      { ...data, job: { ...data.job, text: 'Dear Mr Peeters' } },
      brand,
    );
    expect(mail.text).not.toContain('Peeters');
  });
});
