import { z } from 'zod';
import { LOCALES, type Locale } from '../../../../contracts/identity.ts';
import {
  defineTemplate,
  type MailContent,
  PersonNameSchema,
  WebUrlSchema,
} from '../../../platform/mail/index.ts';
import { CLAIM_PHRASES } from './claims-mail-phrases.ts';

/** Amounts in the claimant's language; Arabic keeps Western digits, as Belgian bank statements show them. */
const NUMBER_LOCALE: Record<Locale, string> = {
  nl: 'nl-BE',
  en: 'en-GB',
  fr: 'fr-BE',
  tr: 'tr-TR',
  bg: 'bg-BG',
  ar: 'ar-u-nu-latn',
};

export function formatEuro(cents: number, locale: Locale): string {
  return new Intl.NumberFormat(NUMBER_LOCALE[locale], { style: 'currency', currency: 'EUR' }).format(
    cents / 100,
  );
}

const base = { name: PersonNameSchema, reference: z.string().min(1).max(40), statusUrl: WebUrlSchema };
const ReceivedSchema = z.object({ ...base, code: z.string().min(10).max(40) });
const ApprovedSchema = z.object({ ...base, amountCents: z.number().int().min(0) });
const RejectedSchema = z.object({ ...base, reason: z.string().min(1).max(1_000) });
const PaidSchema = z.object({
  ...base,
  amountCents: z.number().int().min(0),
  remittance: z.string().max(140),
});

type Render<T> = (locale: Locale) => (data: T) => MailContent;

function translations<T>(render: Render<T>) {
  const entries = LOCALES.map((locale) => [locale, render(locale)] as const);
  const all = Object.fromEntries(entries.filter(([locale]) => locale !== 'nl'));
  return { nl: render('nl'), ...all };
}

const received: Render<z.infer<typeof ReceivedSchema>> = (locale) => (data) => {
  const p = CLAIM_PHRASES[locale];
  return {
    subject: `${p.received.subject} (${data.reference})`,
    greeting: p.greeting(data.name),
    intro: [p.received.thanks(data.reference), p.received.code(data.code)],
    action: { label: p.received.action, url: data.statusUrl },
    outro: [p.received.next, p.contact(data.reference)],
  };
};

const approved: Render<z.infer<typeof ApprovedSchema>> = (locale) => (data) => {
  const p = CLAIM_PHRASES[locale];
  return {
    subject: `${p.approved.subject} (${data.reference})`,
    greeting: p.greeting(data.name),
    intro: [p.approved.body(data.reference, formatEuro(data.amountCents, locale)), p.approved.next],
    action: { label: p.received.action, url: data.statusUrl },
    outro: [p.contact(data.reference)],
  };
};

const rejected: Render<z.infer<typeof RejectedSchema>> = (locale) => (data) => {
  const p = CLAIM_PHRASES[locale];
  return {
    subject: `${p.rejected.subject} (${data.reference})`,
    greeting: p.greeting(data.name),
    intro: [p.rejected.body(data.reference), p.rejected.reason(data.reason)],
    action: { label: p.received.action, url: data.statusUrl },
    outro: [p.contact(data.reference)],
  };
};

const paid: Render<z.infer<typeof PaidSchema>> = (locale) => (data) => {
  const p = CLAIM_PHRASES[locale];
  return {
    subject: `${p.paid.subject} (${data.reference})`,
    greeting: p.greeting(data.name),
    intro: [p.paid.body(formatEuro(data.amountCents, locale), data.remittance), p.paid.next],
    action: { label: p.received.action, url: data.statusUrl },
    outro: [p.contact(data.reference)],
  };
};

/** Carries the status code: its body is shown to administrators only. */
export const claimReceivedMail = defineTemplate({
  name: 'offerfeest.claim-received',
  secret: true,
  data: ReceivedSchema,
  translations: translations(received),
});
export const claimApprovedMail = defineTemplate({
  name: 'offerfeest.claim-approved',
  secret: false,
  data: ApprovedSchema,
  translations: translations(approved),
});
export const claimRejectedMail = defineTemplate({
  name: 'offerfeest.claim-rejected',
  secret: false,
  data: RejectedSchema,
  translations: translations(rejected),
});
export const claimPaidMail = defineTemplate({
  name: 'offerfeest.claim-paid',
  secret: false,
  data: PaidSchema,
  translations: translations(paid),
});

/** The portal page where a claimant types her code; with the code, it opens her claim at once. */
export function claimStatusUrl(baseUrl: string, code?: string): string {
  const root = `${baseUrl.replace(/\/+$/u, '')}/offerfeest/claim-status`;
  return code ? `${root}/${encodeURIComponent(code)}` : root;
}
