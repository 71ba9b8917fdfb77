import { z } from 'zod';
import type { Locale } from '../../../contracts/identity.ts';
import { defineTemplate, PersonNameSchema, WebUrlSchema } from '../../platform/mail/index.ts';
import type { MailContent } from '../../platform/mail/templates/index.ts';
import { type MailKind, PHRASES } from './offerfeest-mail-phrases.ts';

const RegistrationMailSchema = z.object({
  name: PersonNameSchema,
  code: z.string().min(4).max(40),
  slotStart: z.iso.datetime({ offset: true }),
  siteName: z.string().min(1).max(200),
  siteAddress: z.string().min(1).max(300),
  position: z.number().int().nullable(),
  statusUrl: WebUrlSchema,
});
export type RegistrationMailData = z.infer<typeof RegistrationMailSchema>;

const INTL_LOCALE: Record<Locale, string> = {
  nl: 'nl-BE',
  en: 'en-GB',
  fr: 'fr-BE',
  tr: 'tr-TR',
  bg: 'bg-BG',
  ar: 'ar',
};

/** The slot's moment as the household reads it: Brussels wall-clock time, in its language. */
export function slotMoment(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: 'Europe/Brussels',
  }).format(new Date(iso));
}

function content(kind: MailKind, locale: Locale) {
  return (data: RegistrationMailData): MailContent => {
    const phrases = PHRASES[locale];
    const slot = slotMoment(data.slotStart, locale);
    const site = `${data.siteName} (${data.siteAddress})`;
    const active = kind !== 'cancelled';
    return {
      subject: `${phrases.subject[kind]} (${data.code})`,
      greeting: phrases.greeting(data.name),
      intro: [phrases.body[kind](slot, site, data.position), ...(active ? [phrases.code(data.code)] : [])],
      action: { label: phrases.action, url: data.statusUrl },
      outro: active && kind !== 'waitlisted' ? [phrases.bring] : [],
    };
  };
}

function registrationTemplate(kind: MailKind) {
  // Secret: the code in it opens the registration and can cancel it.
  return defineTemplate({
    name: `offerfeest.registration-${kind}`,
    secret: true,
    data: RegistrationMailSchema,
    translations: {
      nl: content(kind, 'nl'),
      en: content(kind, 'en'),
      fr: content(kind, 'fr'),
      tr: content(kind, 'tr'),
      bg: content(kind, 'bg'),
      ar: content(kind, 'ar'),
    },
  });
}

/** The registration mails, one template per event, each in nl, en, fr, tr, bg and ar. */
export const REGISTRATION_MAILS = {
  confirmed: registrationTemplate('confirmed'),
  waitlisted: registrationTemplate('waitlisted'),
  promoted: registrationTemplate('promoted'),
  reminder: registrationTemplate('reminder'),
  cancelled: registrationTemplate('cancelled'),
} satisfies Record<MailKind, ReturnType<typeof registrationTemplate>>;
