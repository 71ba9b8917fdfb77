import { z } from 'zod';
import { type Locale, LocaleSchema } from '../../../../contracts/identity.ts';
import { type Brand, type MailContent, type RenderedMail, renderLayout } from './layout.ts';

/** Dutch is required; every other locale falls back to it until it is written. */
export type Translations<T> = { nl: (data: T, brand: Brand) => MailContent } & Partial<
  Record<Exclude<Locale, 'nl'>, (data: T, brand: Brand) => MailContent>
>;

export type LocalizedMail = RenderedMail & { locale: Locale };

export type MailTemplate<S extends z.ZodType<object>> = {
  /** Kept in the outbox row: unique over the platform's and the modules' templates. */
  name: string;
  data: S;
  /** Carries a credential (a sign-in or reset link): its body is shown only to administrators. */
  secret: boolean;
  locales: Locale[];
  render(locale: string | null | undefined, data: z.output<S>, brand: Brand): LocalizedMail;
  /** Validates data against the schema first; throws MailDataError when it does not fit. */
  renderUnknown(locale: string | null | undefined, data: unknown, brand: Brand): LocalizedMail;
};

export class MailDataError extends Error {
  constructor(template: string, error: z.ZodError) {
    super(`mail template '${template}': invalid data: ${z.prettifyError(error)}`);
    this.name = 'MailDataError';
  }
}

/** The locale a mail is written in: the one asked for when it has a translation, else Dutch. */
export function pickLocale(available: readonly Locale[], wanted: string | null | undefined): Locale {
  const parsed = LocaleSchema.safeParse(wanted);
  return parsed.success && available.includes(parsed.data) ? parsed.data : 'nl';
}

export function defineTemplate<S extends z.ZodType<object>>(definition: {
  name: string;
  data: S;
  secret: boolean;
  translations: Translations<z.output<S>>;
}): MailTemplate<S> {
  const { translations } = definition;
  const locales = LocaleSchema.options.filter((locale) => translations[locale] !== undefined);
  const render = (wanted: string | null | undefined, data: z.output<S>, brand: Brand): LocalizedMail => {
    const locale = pickLocale(locales, wanted);
    const translate = translations[locale] ?? translations.nl;
    return { locale, ...renderLayout(locale, translate(data, brand), brand) };
  };
  return {
    name: definition.name,
    data: definition.data,
    secret: definition.secret,
    locales,
    render,
    renderUnknown(wanted, data, brand) {
      const parsed = definition.data.safeParse(data);
      if (!parsed.success) throw new MailDataError(definition.name, parsed.error);
      return render(wanted, parsed.data, brand);
    },
  };
}

/** Links in mail are web links only: never javascript: or data: URLs. */
export const WebUrlSchema = z
  .string()
  .url()
  .max(2000)
  .refine((value) => /^https?:\/\//i.test(value), 'must be an http(s) URL');

export const PersonNameSchema = z.string().trim().min(1).max(200);
