import { z } from 'zod';
import type { QueueOptions } from '../../../platform/jobs/index.ts';
import { ensureParamDefaults, today } from '../../../platform/params/index.ts';
import type { Platform } from '../../../platform/platform.ts';
import { reminderParamDefaults } from '../reminders/reminder-params.ts';
import { sendDeadlineReminders } from '../reminders/send-reminders.ts';
import { anonymiseExpiredCases } from './anonymise.ts';

export const CASE_JOBS = {
  retention: 'cases.retention',
  deadlineReminders: 'cases.deadline-reminders',
} as const;

/** 02:30 Brussels: a quiet hour; a case expires on a calendar day, so once a day is enough. */
export const RETENTION_CRON = '30 2 * * *';
/** 07:00 Brussels: the mail is there when the counsellor starts her day. */
export const REMINDER_CRON = '0 7 * * *';

/** A run may name its day (tests, a catch-up by hand); the schedule sends none: today in Brussels. */
const RetentionJobSchema = z.object({ today: z.iso.date().optional() });

export async function runRetentionJob(platform: Platform, data: unknown): Promise<void> {
  const { today: day } = RetentionJobSchema.parse(data ?? {});
  const report = await anonymiseExpiredCases(platform.database.db, day ?? today(), (caseId, error) =>
    platform.logger.error({ err: error, caseId }, 'case anonymisation failed'),
  );
  if (report.anonymised + report.failed > 0) platform.logger.info({ retention: report }, 'case retention');
  // A failed case is retried by the next daily run; failing the job would redo the ones that worked.
}

// The lead's module start and a test may both start the jobs on one platform: register once.
const started = new WeakSet<Platform>();

/**
 * Publishes the reminder days parameter, then (when jobs run) registers and schedules the daily
 * retention sweep and the daily deadline reminders.
 */
export async function startCaseJobs(platform: Platform): Promise<void> {
  await ensureParamDefaults(platform.database.db, reminderParamDefaults);
  if (!platform.jobs.enabled || started.has(platform)) return;
  started.add(platform);
  const options: QueueOptions = { policy: 'singleton', retryLimit: 2, retryDelaySeconds: 300 };
  await platform.jobs.register(CASE_JOBS.retention, (data) => runRetentionJob(platform, data), options);
  await platform.jobs.register(
    CASE_JOBS.deadlineReminders,
    async () => void (await sendDeadlineReminders(platform)),
    options,
  );
  await platform.jobs.schedule(CASE_JOBS.retention, RETENTION_CRON);
  await platform.jobs.schedule(CASE_JOBS.deadlineReminders, REMINDER_CRON);
}
