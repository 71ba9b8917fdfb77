import {
  interpreterCancelledMail,
  interpreterConfirmedMail,
  interpreterReminderMail,
  offerFilledMail,
} from './interpreter-mails.ts';
import {
  requestCancelledMail,
  requestConfirmedMail,
  requesterReminderMail,
  requestReceivedMail,
  requestUnfilledMail,
} from './requester-mails.ts';

export * from './interpreter-mails.ts';
export * from './requester-mails.ts';

/** Every interpreting mail, by audience (for tests and the README's list). */
export const REQUESTER_MAILS = [
  requestReceivedMail,
  requestConfirmedMail,
  requestCancelledMail,
  requestUnfilledMail,
  requesterReminderMail,
] as const;
export const INTERPRETER_MAILS = [
  interpreterConfirmedMail,
  offerFilledMail,
  interpreterCancelledMail,
  interpreterReminderMail,
] as const;
