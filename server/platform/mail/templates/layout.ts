import type { Locale } from '../../../../contracts/identity.ts';
import { escapeHtml } from './html.ts';

/** How the agency presents itself in mail (from BRAND_NAME and BRAND_COLOR). */
export type Brand = { name: string; color: string };

/** What one translation of a template says; the layout turns it into text and HTML alike. */
export type MailContent = {
  subject: string;
  greeting: string;
  /** Paragraphs before the link. */
  intro: string[];
  action: { label: string; url: string };
  /** Paragraphs after the link. */
  outro: string[];
};

export type RenderedMail = { subject: string; text: string; html: string };

const RTL: readonly Locale[] = ['ar'];

const FOOTER: Record<Locale, (brand: string) => string> = {
  nl: (brand) => `Dit is een automatisch bericht van ${brand}.`,
  en: (brand) => `This is an automated message from ${brand}.`,
  fr: (brand) => `Ceci est un message automatique de ${brand}.`,
  tr: (brand) => `Bu, ${brand} tarafından gönderilen otomatik bir mesajdır.`,
  bg: (brand) => `Това е автоматично съобщение от ${brand}.`,
  ar: (brand) => `هذه رسالة آلية من ${brand}.`,
};

/** One layout for every mail: plain text that reads well on its own, and simple inline-styled HTML. */
export function renderLayout(locale: Locale, content: MailContent, brand: Brand): RenderedMail {
  const footer = FOOTER[locale](brand.name);
  const text = [
    content.greeting,
    ...content.intro,
    content.action.url,
    ...content.outro,
    `-- \n${footer}`,
  ].join('\n\n');
  return { subject: content.subject, text: `${text}\n`, html: renderHtml(locale, content, brand, footer) };
}

function renderHtml(locale: Locale, content: MailContent, brand: Brand, footer: string): string {
  const dir = RTL.includes(locale) ? 'rtl' : 'ltr';
  const color = escapeHtml(brand.color);
  const url = escapeHtml(content.action.url);
  const paragraph = (value: string) => `<p style="margin:0 0 16px">${escapeHtml(value)}</p>`;
  return [
    '<!doctype html>',
    `<html lang="${locale}" dir="${dir}">`,
    `<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(content.subject)}</title></head>`,
    '<body style="margin:0;padding:24px;background:#f4f5f7;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1f2933">',
    // dir is repeated here because some mail clients drop the <html> element's attributes.
    `<div dir="${dir}" style="max-width:560px;margin:0 auto;padding:24px;background:#ffffff;border-top:4px solid ${color}">`,
    paragraph(content.greeting),
    ...content.intro.map(paragraph),
    `<p style="margin:0 0 16px"><a href="${url}" style="display:inline-block;padding:12px 20px;background:${color};color:#ffffff;text-decoration:none;border-radius:4px">${escapeHtml(content.action.label)}</a></p>`,
    `<p style="margin:0 0 16px;font-size:13px;color:#52606d;word-break:break-all" dir="ltr">${url}</p>`,
    ...content.outro.map(paragraph),
    `<p style="margin:24px 0 0;font-size:12px;color:#7b8794">${escapeHtml(footer)}</p>`,
    '</div>',
    '</body>',
    '</html>',
  ].join('\n');
}
