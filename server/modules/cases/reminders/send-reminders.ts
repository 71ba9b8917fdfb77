import { CASE_TYPE_LABELS, CaseTypeSchema } from '../../../../contracts/case-types.ts';
import { recordAudit } from '../../../platform/audit/index.ts';
import { systemContext } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db/index.ts';
import { today as brusselsToday } from '../../../platform/params/index.ts';
import type { Platform } from '../../../platform/platform.ts';
import { addDays } from '../case-types/index.ts';
import { deadlineReminderMail } from './deadline-reminder-mail.ts';
import { daysBefore, loadReminderDays, type ReminderDays } from './reminder-params.ts';
import {
  type DueDeadline,
  lockUnremindedDeadline,
  markReminded,
  reminderRecipients,
  unremindedDeadlines,
} from './reminders.repository.ts';

export const REMINDED_ACTION = 'case.deadline_reminded';

export type DeadlineReminderReport = { day: string; sent: number; skipped: number; failed: number };

const ctx = systemContext('cases.deadline-reminders');

/** Whole days from one calendar day to another (both YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

function typeLabel(type: string): string {
  const parsed = CaseTypeSchema.safeParse(type);
  return parsed.success ? CASE_TYPE_LABELS[parsed.data] : type;
}

/**
 * Mails one deadline's reminder and marks it sent, in one transaction: the mail exists only if
 * `reminded_at` is set with it, so the reminder goes out once. Answers false when there was
 * nothing to do (reminded meanwhile, done, or nobody to tell: tried again on the next run).
 */
async function remindDeadline(platform: Platform, taskId: string, day: string): Promise<boolean> {
  const { db } = platform.database;
  return db.transaction(async (tx: Db) => {
    const deadline = await lockUnremindedDeadline(tx, taskId);
    if (!deadline) return false;
    const recipients = await reminderRecipients(tx, deadline);
    if (recipients.length === 0) return false;
    const url = new URL(`/app/cases/${deadline.caseId}`, platform.env.BASE_URL).toString();
    for (const recipient of recipients) {
      await platform.mail.sendTemplate(tx, ctx, deadlineReminderMail, {
        to: recipient.email,
        locale: recipient.locale,
        data: {
          name: recipient.name,
          reference: deadline.reference,
          caseType: typeLabel(deadline.type),
          deadline: deadline.title,
          dueOn: deadline.dueOn,
          daysLeft: daysBetween(day, deadline.dueOn),
          url,
        },
      });
    }
    await markReminded(tx, taskId);
    await recordAudit(tx, ctx, {
      action: REMINDED_ACTION,
      entity: 'case',
      entityId: deadline.caseId,
      after: {
        taskId,
        deadlineKey: deadline.deadlineKey,
        dueOn: deadline.dueOn,
        recipients: recipients.length,
      },
    });
    return true;
  });
}

function isDue(deadline: DueDeadline, days: ReminderDays, day: string): boolean {
  return deadline.dueOn <= addDays(day, daysBefore(days, deadline.deadlineKey));
}

/**
 * Reminds the counsellor (the assignee, or the team's counsellors when the case has none) of
 * every rule-made deadline due within `cases.reminders.days_before` days of `now` (Brussels),
 * or already past without a reminder. One transaction per deadline: one failure costs no one
 * else their reminder, and the next run tries it again.
 */
export async function sendDeadlineReminders(
  platform: Platform,
  now = new Date(),
): Promise<DeadlineReminderReport> {
  const day = brusselsToday(now);
  const days = await loadReminderDays(platform.params, day);
  const horizon = addDays(day, Math.max(...Object.values(days)));
  const report: DeadlineReminderReport = { day, sent: 0, skipped: 0, failed: 0 };
  const candidates = await unremindedDeadlines(platform.database.db, horizon);
  for (const deadline of candidates.filter((candidate) => isDue(candidate, days, day))) {
    try {
      report[(await remindDeadline(platform, deadline.taskId, day)) ? 'sent' : 'skipped'] += 1;
    } catch (error) {
      report.failed += 1;
      platform.logger.error({ err: error, taskId: deadline.taskId }, 'case deadline reminder failed');
    }
  }
  if (report.sent + report.failed > 0) platform.logger.info({ reminders: report }, 'case deadline reminders');
  return report;
}
