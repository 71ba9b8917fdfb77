import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../../contracts/identity.ts';
import { MAIL_TEMPLATES, MailDataError } from './index.ts';

const brand = { name: 'Amal', color: '#1d4e89' };
const reset = {
  name: 'Ayşe Yılmaz',
  resetUrl: 'https://wegwijs.example/reset?token=abc&x=1',
  expiresInMinutes: 60,
};
const created = {
  name: 'Ivan Petrov',
  setPasswordUrl: 'https://wegwijs.example/set?token=def',
  brandName: 'Amal',
};

describe('mail templates', () => {
  it('have every locale for password-reset and account-created, and Dutch for all', () => {
    expect(MAIL_TEMPLATES['password-reset'].locales).toEqual([...LOCALES]);
    expect(MAIL_TEMPLATES['account-created'].locales).toEqual([...LOCALES]);
    for (const template of Object.values(MAIL_TEMPLATES)) expect(template.locales).toContain('nl');
  });

  it('write each locale in its own words, with the link, in text and HTML', () => {
    const subjects = new Set<string>();
    for (const locale of LOCALES) {
      const mail = MAIL_TEMPLATES['password-reset'].render(locale, reset, brand);
      expect(mail.locale).toBe(locale);
      subjects.add(mail.subject);
      expect(mail.text).toContain(reset.resetUrl);
      expect(mail.text).toContain('60');
      expect(mail.text).toContain(reset.name);
      expect(mail.html).toContain('href="https://wegwijs.example/reset?token=abc&amp;x=1"');
      expect(mail.html).toContain(`<html lang="${locale}"`);
    }
    expect(subjects.size).toBe(LOCALES.length);
  });

  it('renders Dutch by default and for a locale without a translation', () => {
    const dutch = MAIL_TEMPLATES['account-created'].render('nl', created, brand);
    expect(dutch.subject).toBe('Je account bij Amal');
    for (const wanted of [undefined, null, 'de', 'xx-YY']) {
      const mail = MAIL_TEMPLATES['account-created'].render(wanted, created, brand);
      expect(mail.locale).toBe('nl');
      expect(mail.subject).toBe(dutch.subject);
    }
  });

  it('writes Arabic right to left and the others left to right', () => {
    const arabic = MAIL_TEMPLATES['account-created'].render('ar', created, brand);
    expect(arabic.html).toContain('<html lang="ar" dir="rtl">');
    expect(arabic.html).toContain('<div dir="rtl"');
    expect(arabic.subject).toBe('حسابك لدى Amal');
    const english = MAIL_TEMPLATES['account-created'].render('en', created, brand);
    expect(english.html).toContain('dir="ltr"');
    expect(english.html).not.toContain('dir="rtl"');
  });

  it('escapes names and brand in HTML, never in the plain text', () => {
    const name = '<script>alert("x")</script> & Co';
    const mail = MAIL_TEMPLATES['account-created'].render(
      'en',
      { ...created, name, brandName: 'A&B "Gent"' },
      { name: '<b>Amal</b>', color: '#1d4e89' },
    );
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).not.toContain('<b>Amal</b>');
    expect(mail.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co');
    expect(mail.html).toContain('A&amp;B &quot;Gent&quot;');
    expect(mail.text).toContain(`Hello ${name},`);
  });

  it('refuses data that does not fit the template, and links that are not web links', () => {
    const template = MAIL_TEMPLATES['password-reset'];
    expect(() => template.renderUnknown('nl', { name: 'X' }, brand)).toThrow(MailDataError);
    expect(() => template.renderUnknown('nl', { ...reset, resetUrl: 'javascript:alert(1)' }, brand)).toThrow(
      /http\(s\)/,
    );
    expect(() => template.renderUnknown('nl', { ...reset, expiresInMinutes: -5 }, brand)).toThrow(
      MailDataError,
    );
    expect(template.renderUnknown('fr', reset, brand).locale).toBe('fr');
  });
});
