import { recordAudit } from '../../../platform/audit/index.ts';
import { systemContext } from '../../../platform/context.ts';
import type { Platform } from '../../../platform/platform.ts';
import { addDays, brusselsDate, brusselsInstant, type LocalDate } from '../brussels-time.ts';
import { INTERPRETING_JOBS } from '../job-names.ts';
import {
  activeAssignmentsStarting,
  lockReminder,
  REMINDER_ACTION,
  remindedAssignments,
} from './notify.repository.ts';
import { remindAssignment } from './notify.ts';

export const REMINDER_JOB = INTERPRETING_JOBS.reminders;
/** 16:00 Brussels (the schedule's zone): late enough that the next day is settled. */
export const REMINDER_CRON = '0 16 * * *';

export type ReminderReport = { day: LocalDate; sent: number; skipped: number; failed: number };

const ctx = systemContext(REMINDER_JOB);

/**
 * Sends the day-before reminder for every active assignment of tomorrow (Brussels). Each
 * assignment in its own transaction: an advisory lock and the audit row `interpreting.reminder_sent`
 * (with the day) make a second run, a retry or a parallel sweep send nothing again.
 */
export async function sendDayBeforeReminders(platform: Platform, now = new Date()): Promise<ReminderReport> {
  const day = addDays(brusselsDate(now), 1);
  const from = brusselsInstant(day, 0);
  const to = brusselsInstant(addDays(day, 1), 0);
  const { db } = platform.database;
  const report: ReminderReport = { day, sent: 0, skipped: 0, failed: 0 };
  for (const { assignmentId, requestId } of await activeAssignmentsStarting(db, from, to)) {
    try {
      const sent = await db.transaction(async (tx) => {
        await lockReminder(tx, assignmentId);
        if ((await remindedAssignments(tx, [assignmentId], day)).size > 0) return false;
        if (!(await remindAssignment(tx, platform, ctx, assignmentId))) return false;
        await recordAudit(tx, ctx, {
          action: REMINDER_ACTION,
          entity: 'interpreting_assignment',
          entityId: assignmentId,
          after: { day, requestId },
        });
        return true;
      });
      report[sent ? 'sent' : 'skipped'] += 1;
    } catch (error) {
      // One broken row must not cost everyone else their reminder; the next run tries it again.
      report.failed += 1;
      platform.logger.error({ err: error, assignmentId }, 'interpreting reminder failed');
    }
  }
  if (report.sent + report.failed > 0) platform.logger.info({ reminders: report }, 'interpreting reminders');
  return report;
}

/** Registers the daily sweep (when jobs run). */
export async function registerReminderJobs(platform: Platform): Promise<void> {
  if (!platform.jobs.enabled) return;
  await platform.jobs.register(REMINDER_JOB, async () => void (await sendDayBeforeReminders(platform)), {
    policy: 'singleton',
    retryLimit: 2,
    retryDelaySeconds: 300,
  });
  await platform.jobs.schedule(REMINDER_JOB, REMINDER_CRON);
}
