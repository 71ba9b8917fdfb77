import type { z } from 'zod';
import { accountCreatedMail } from './account-created.ts';
import { passwordResetMail } from './password-reset.ts';

/** Every mail the platform and its modules send. A module adds its template here. */
export const MAIL_TEMPLATES = {
  'password-reset': passwordResetMail,
  'account-created': accountCreatedMail,
} as const;

export type MailTemplateName = keyof typeof MAIL_TEMPLATES;
export type MailTemplateData<N extends MailTemplateName> = z.input<(typeof MAIL_TEMPLATES)[N]['data']>;

export function isMailTemplateName(value: string): value is MailTemplateName {
  return Object.hasOwn(MAIL_TEMPLATES, value);
}

export { type LocalizedMail, MailDataError, type MailTemplate, pickLocale } from './define-template.ts';
export type { Brand, RenderedMail } from './layout.ts';
