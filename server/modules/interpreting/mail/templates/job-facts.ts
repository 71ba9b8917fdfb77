import { z } from 'zod';
import type { Locale } from '../../../../../contracts/identity.ts';
import { INTERPRETING_MODES } from '../../../../../contracts/interpreting.ts';
import {
  type Brand,
  type MailContent,
  PersonNameSchema,
  WebUrlSchema,
} from '../../../../platform/mail/index.ts';
import { BRUSSELS_TIME_ZONE } from '../../brussels-time.ts';
import { PHRASES } from './phrases.ts';

/**
 * What a mail may say about a job. An explicit whitelist: zod drops every other field, so a
 * client's name can never slip in from a database row. The client is known only by the
 * pseudonymous reference the requester chose, and only the requester sees it.
 */
export const JobSchema = z.object({
  reference: z.string().min(1).max(40),
  mode: z.enum(INTERPRETING_MODES),
  language: z.string().min(2).max(35),
  /** A dialect or variant the request asked for, e.g. "maghreb". */
  variant: z.string().max(60).nullish(),
  startsAt: z.date(),
  endsAt: z.date(),
});

/** The requester sees the interpreter's first name and code, nothing more. */
export const RequesterJobSchema = JobSchema.extend({
  clientReference: z.string().min(1).max(60),
  interpreter: z.object({ givenName: PersonNameSchema, code: z.string().min(1).max(20) }).nullish(),
});

/** The interpreter needs where to be (or what to call) and for whom. */
export const InterpreterJobSchema = JobSchema.extend({
  organisationName: z.string().min(1).max(200),
  address: z.string().max(300).nullish(),
  room: z.string().max(100).nullish(),
  phoneNumber: z.string().max(50).nullish(),
  videoLink: WebUrlSchema.nullish(),
});

export const RequesterMailSchema = z.object({
  name: PersonNameSchema,
  url: WebUrlSchema,
  job: RequesterJobSchema,
});
export const InterpreterMailSchema = z.object({
  name: PersonNameSchema,
  url: WebUrlSchema,
  job: InterpreterJobSchema,
});

export type Job = z.output<typeof JobSchema>;
export type RequesterMail = z.output<typeof RequesterMailSchema>;
export type InterpreterMail = z.output<typeof InterpreterMailSchema>;

/**
 * "dinsdag 12 januari 2027, 09:00–10:30", always on Brussels clocks whatever the server's zone.
 * formatRange writes the range the way each language does (separators, "г.", "ч.", Arabic comma).
 */
export function formatWhen(locale: Locale, startsAt: Date, endsAt: Date): string {
  return new Intl.DateTimeFormat(PHRASES[locale].intl, {
    timeZone: BRUSSELS_TIME_ZONE,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatRange(startsAt, endsAt);
}

/** A moment with date and time, e.g. an offer's deadline. */
export function formatMoment(locale: Locale, at: Date): string {
  return new Intl.DateTimeFormat(PHRASES[locale].intl, {
    timeZone: BRUSSELS_TIME_ZONE,
    dateStyle: 'full',
    timeStyle: 'short',
    hourCycle: 'h23',
  }).format(at);
}

export function languageName(locale: Locale, tag: string): string {
  try {
    const name = new Intl.DisplayNames([PHRASES[locale].intl], { type: 'language', fallback: 'code' }).of(
      tag,
    );
    return name ?? tag;
  } catch {
    // A tag Intl refuses is still better shown than dropped.
    return tag;
  }
}

function baseFacts(locale: Locale, job: Job): string[] {
  const { labels, modes } = PHRASES[locale];
  return [
    `${labels.when}: ${formatWhen(locale, job.startsAt, job.endsAt)}`,
    `${labels.language}: ${languageName(locale, job.language)}${job.variant ? ` (${job.variant})` : ''}`,
    `${labels.mode}: ${modes[job.mode]}`,
    `${labels.reference}: ${job.reference}`,
  ];
}

export function requesterFacts(locale: Locale, job: RequesterMail['job']): string[] {
  const { labels } = PHRASES[locale];
  const lines = [...baseFacts(locale, job), `${labels.clientReference}: ${job.clientReference}`];
  if (job.interpreter)
    lines.push(`${labels.interpreter}: ${job.interpreter.givenName} (${job.interpreter.code})`);
  return lines;
}

export function interpreterFacts(locale: Locale, job: InterpreterMail['job']): string[] {
  const { labels } = PHRASES[locale];
  const lines = [...baseFacts(locale, job), `${labels.organisation}: ${job.organisationName}`];
  if (job.mode === 'on_site' && job.address) lines.push(`${labels.place}: ${job.address}`);
  if (job.mode === 'on_site' && job.room) lines.push(`${labels.room}: ${job.room}`);
  if (job.mode === 'phone' && job.phoneNumber) lines.push(`${labels.phone}: ${job.phoneNumber}`);
  if (job.mode === 'video' && job.videoLink) lines.push(`${labels.video}: ${job.videoLink}`);
  return lines;
}

/** What one language of one template says; the facts come between the lead and the link. */
export type Wording = { subject: string; lead: string[]; action: string; outro?: string[] };

export function writeMail(
  locale: Locale,
  input: { name: string; url: string; facts: string[]; wording: Wording },
): MailContent {
  const { wording } = input;
  return {
    subject: wording.subject,
    greeting: PHRASES[locale].hello(input.name),
    intro: [...wording.lead, ...input.facts],
    action: { label: wording.action, url: input.url },
    outro: wording.outro ?? [],
  };
}

type Render<T> = (data: T, brand: Brand) => MailContent;

/** Every locale of a template from one function, so no language can be forgotten. */
export function perLocale<T>(render: (locale: Locale) => Render<T>): Record<Locale, Render<T>> {
  return {
    nl: render('nl'),
    en: render('en'),
    fr: render('fr'),
    tr: render('tr'),
    bg: render('bg'),
    ar: render('ar'),
  };
}

/** A requester mail: wording per language, facts from the job. */
export function requesterTranslations(wordings: Record<Locale, (data: RequesterMail) => Wording>) {
  return perLocale<RequesterMail>(
    (locale) => (data) =>
      writeMail(locale, {
        name: data.name,
        url: data.url,
        facts: requesterFacts(locale, data.job),
        wording: wordings[locale](data),
      }),
  );
}

/** An interpreter mail: wording per language, facts from the job. */
export function interpreterTranslations<T extends InterpreterMail>(
  wordings: Record<Locale, (data: T) => Wording>,
) {
  return perLocale<T>(
    (locale) => (data) =>
      writeMail(locale, {
        name: data.name,
        url: data.url,
        facts: interpreterFacts(locale, data.job),
        wording: wordings[locale](data),
      }),
  );
}
