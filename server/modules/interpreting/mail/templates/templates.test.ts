import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { LOCALES } from '../../../../../contracts/identity.ts';
import { INTERPRETER_MAILS, OfferMailSchema, offerMail, REQUESTER_MAILS } from './index.ts';
import { formatWhen, InterpreterMailSchema, RequesterMailSchema } from './job-facts.ts';

const brand = { name: 'Amal', color: '#1d4e89' };
const job = {
  reference: 'T-2027-000123',
  mode: 'on_site' as const,
  language: 'ar',
  variant: 'maghreb',
  startsAt: new Date('2027-01-12T08:00:00Z'),
  endsAt: new Date('2027-01-12T09:30:00Z'),
};
// Extra fields a careless caller could pass from a database row: the schemas must drop them.
const leak = {
  clientName: 'Yasmina Benali',
  preparationNotes: 'Moeder van Yasmina',
  familyName: 'Haddouchi',
};
const requesterData = {
  name: 'Els Peeters',
  url: 'https://wegwijs.example/app/interpreting/requests/r1?x=1&y=2',
  job: {
    ...job,
    ...leak,
    clientReference: 'K-17',
    interpreter: { givenName: 'Samira', code: 'T-0042', ...leak },
  },
  ...leak,
};
const interpreterData = {
  name: 'Samira',
  url: 'https://wegwijs.example/app/interpreting/agenda',
  job: {
    ...job,
    ...leak,
    organisationName: 'Basisschool De Regenboog',
    address: 'Kongostraat 42, 9000 Gent',
    room: 'B.12',
  },
  ...leak,
};
const offerData = { ...interpreterData, expiresAt: new Date('2027-01-10T11:00:00Z') };

const cases = [
  ...REQUESTER_MAILS.map((template) => ({
    template,
    render: (l: string) => template.renderUnknown(l, requesterData, brand),
  })),
  ...INTERPRETER_MAILS.map((template) => ({
    template,
    render: (l: string) => template.renderUnknown(l, interpreterData, brand),
  })),
  { template: offerMail, render: (l: string) => offerMail.renderUnknown(l, offerData, brand) },
];

describe('interpreting mail templates', () => {
  it('exist in every language, each with its own subject', () => {
    expect(cases).toHaveLength(10);
    expect(new Set(cases.map((c) => c.template.name)).size).toBe(10);
    for (const { template, render } of cases) {
      expect(template.locales).toEqual([...LOCALES]);
      const subjects = new Set(LOCALES.map((locale) => render(locale).subject));
      expect(subjects.size, template.name).toBe(LOCALES.length);
    }
  });

  it('render every locale with the reference, the Brussels time and the link, text and HTML', () => {
    for (const { template, render } of cases) {
      for (const locale of LOCALES) {
        const mail = render(locale);
        const where = `${template.name}/${locale}`;
        expect(mail.locale, where).toBe(locale);
        expect(mail.subject, where).toContain(job.reference);
        expect(mail.text, where).toContain(formatWhen(locale, job.startsAt, job.endsAt));
        expect(mail.text, where).toMatch(/\b0?9:00\b/);
        expect(mail.text, where).toContain('10:30');
        expect(mail.text, where).toContain('maghreb');
        expect(mail.html, where).toContain(
          `<html lang="${locale}" dir="${locale === 'ar' ? 'rtl' : 'ltr'}">`,
        );
        expect(mail.html, where).toContain('href="https://wegwijs.example/app/interpreting/');
      }
    }
  });

  it('write dates in the reader’s language on Brussels clocks', () => {
    // ICU versions differ in spaces around the dash: compare without them.
    const when = (locale: (typeof LOCALES)[number], start: string, end: string) =>
      formatWhen(locale, new Date(start), new Date(end))
        .replace(/\s*[–-]\s*/g, '–')
        .replace(/\s/g, ' ');
    expect(when('nl', '2027-01-12T08:00:00Z', '2027-01-12T09:30:00Z')).toBe(
      'dinsdag 12 januari 2027, 09:00–10:30',
    );
    expect(when('fr', '2027-01-12T08:00:00Z', '2027-01-12T09:30:00Z')).toBe(
      'mardi 12 janvier 2027, 09:00–10:30',
    );
    expect(when('en', '2027-01-12T08:00:00Z', '2027-01-12T09:30:00Z')).toMatch(
      /^Tuesday,? 12 January 2027, 09:00–10:30$/,
    );
    expect(when('ar', '2027-01-12T08:00:00Z', '2027-01-12T09:30:00Z')).toBe(
      'الثلاثاء، 12 يناير 2027، 09:00–10:30',
    );
    // Summer time: 07:00 UTC is 09:00 in Brussels.
    expect(when('nl', '2027-07-06T07:00:00Z', '2027-07-06T08:00:00Z')).toBe(
      'dinsdag 6 juli 2027, 09:00–10:00',
    );
  });

  it('show the requester the interpreter’s first name and code, and the interpreter the place', () => {
    for (const template of REQUESTER_MAILS) {
      expect(template.render('nl', RequesterMailSchema.parse(requesterData), brand).text).toContain(
        'Tolk: Samira (T-0042)',
      );
    }
    const forInterpreter = INTERPRETER_MAILS[0].render(
      'nl',
      InterpreterMailSchema.parse(interpreterData),
      brand,
    ).text;
    expect(forInterpreter).toContain('Adres: Kongostraat 42, 9000 Gent');
    expect(forInterpreter).toContain('Organisatie: Basisschool De Regenboog');
    expect(forInterpreter).not.toContain('K-17');
  });

  it('never carry a client’s name or notes, even when a caller passes them', () => {
    for (const { render } of cases) {
      for (const locale of LOCALES) {
        const mail = render(locale);
        for (const text of [mail.subject, mail.text, mail.html])
          expect(text).not.toMatch(/Yasmina|Benali|Haddouchi|Moeder/);
      }
    }
  });

  it('have no field for a client’s name: only the pseudonymous reference', () => {
    const keys = (schema: z.ZodObject) => Object.keys(schema.shape);
    const all = [
      ...keys(RequesterMailSchema),
      ...keys(RequesterMailSchema.shape.job),
      ...keys(InterpreterMailSchema.shape.job),
      ...keys(OfferMailSchema),
    ];
    expect(all.filter((key) => /client/i.test(key))).toEqual(['clientReference']);
    expect(all).not.toContain('familyName');
    expect(all).not.toContain('preparationNotes');
  });

  it('refuse a link that is not http(s)', () => {
    expect(() =>
      REQUESTER_MAILS[0].renderUnknown('nl', { ...requesterData, url: 'javascript:alert(1)' }, brand),
    ).toThrow(/invalid data/);
  });
});
