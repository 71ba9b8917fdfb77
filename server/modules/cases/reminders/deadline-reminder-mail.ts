import { z } from 'zod';
import { defineTemplate, PersonNameSchema, WebUrlSchema } from '../../../platform/mail/index.ts';

/**
 * What the reminder may say: the case's reference and type, the deadline's rule label and date.
 * Never the case title or a client's name (zod drops every other field): the reference is
 * enough for the counsellor, and the outbox keeps what it sends.
 */
export const DeadlineReminderSchema = z.object({
  name: PersonNameSchema,
  reference: z.string().min(1).max(40),
  caseType: z.string().min(1).max(100),
  deadline: z.string().min(1).max(200),
  dueOn: z.iso.date(),
  daysLeft: z.number().int(),
  url: WebUrlSchema,
});
export type DeadlineReminder = z.output<typeof DeadlineReminderSchema>;

const DUTCH_DATE = new Intl.DateTimeFormat('nl-BE', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "maandag 14 december 2026": a due day is a calendar day, formatted without a time zone shift. */
export function formatDueOn(dueOn: string): string {
  return DUTCH_DATE.format(new Date(`${dueOn}T00:00:00Z`));
}

function when(daysLeft: number): string {
  if (daysLeft < 0)
    return `De termijn is ${-daysLeft === 1 ? 'gisteren' : `${-daysLeft} dagen geleden`} verstreken.`;
  if (daysLeft === 0) return 'De termijn verstrijkt vandaag.';
  return `Nog ${daysLeft === 1 ? '1 dag' : `${daysLeft} dagen`}.`;
}

/** Staff mail, Dutch only (staff work in Dutch); other locales fall back to it. */
export const deadlineReminderMail = defineTemplate({
  name: 'cases.deadline-reminder',
  secret: false,
  data: DeadlineReminderSchema,
  translations: {
    nl: (d) => ({
      subject: `Termijn nadert: ${d.deadline} (${d.reference})`,
      greeting: `Beste ${d.name},`,
      intro: [
        `In dossier ${d.reference} (${d.caseType}) loopt een termijn af: ${d.deadline}, uiterlijk ${formatDueOn(d.dueOn)}.`,
        when(d.daysLeft),
      ],
      action: { label: 'Dossier openen', url: d.url },
      outro: [
        'Je krijgt deze herinnering één keer per termijn. Is de taak al gedaan? Vink ze dan af in het dossier.',
      ],
    }),
  },
});
