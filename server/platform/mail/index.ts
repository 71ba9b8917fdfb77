export {
  MAX_ATTACHMENT_BYTES,
  MAX_ATTACHMENTS,
  MailAttachmentError,
  type MailAttachmentInput,
} from './attachments.ts';
export { type DeliveryDeps, type DeliveryReport, deliverPendingMail, MAX_ATTEMPTS } from './delivery.ts';
export {
  createMail,
  DELIVER_JOB,
  type Mail,
  type MailDeps,
  type MailMessage,
  type TemplateMessage,
} from './mail.ts';
export { listOutbox, type OutboxFilter } from './outbox.ts';
export {
  type Brand,
  defineTemplate,
  MAIL_TEMPLATES,
  type MailContent,
  MailDataError,
  type MailTemplate,
  type MailTemplateData,
  type MailTemplateName,
  PersonNameSchema,
  WebUrlSchema,
} from './templates/index.ts';
