export { type DeliveryDeps, type DeliveryReport, deliverPendingMail, MAX_ATTEMPTS } from './delivery.ts';
export { createMail, DELIVER_JOB, type Mail, type MailDeps, type MailMessage } from './mail.ts';
export { listOutbox, type OutboxFilter } from './outbox.ts';
export {
  MAIL_TEMPLATES,
  MailDataError,
  type MailTemplateData,
  type MailTemplateName,
} from './templates/index.ts';
