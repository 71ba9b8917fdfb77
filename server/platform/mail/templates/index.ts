import type { z } from 'zod';
import { accountCreatedMail } from './account-created.ts';
import { passwordResetMail } from './password-reset.ts';

/**
 * Every mail the platform itself sends. A module defines its own with `defineTemplate` and sends
 * it with `mail.sendTemplate` (the platform may not import modules).
 */
export const MAIL_TEMPLATES = {
  'password-reset': passwordResetMail,
  'account-created': accountCreatedMail,
} as const;

export type MailTemplateName = keyof typeof MAIL_TEMPLATES;
export type MailTemplateData<N extends MailTemplateName> = z.input<(typeof MAIL_TEMPLATES)[N]['data']>;

export function isMailTemplateName(value: string): value is MailTemplateName {
  return Object.hasOwn(MAIL_TEMPLATES, value);
}

export {
  defineTemplate,
  type LocalizedMail,
  MailDataError,
  type MailTemplate,
  PersonNameSchema,
  pickLocale,
  type Translations,
  WebUrlSchema,
} from './define-template.ts';
export type { Brand, MailContent, RenderedMail } from './layout.ts';
