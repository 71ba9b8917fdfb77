import { z } from 'zod';
import type { QueueOptions } from '../../../platform/jobs/index.ts';
import type { Platform } from '../../../platform/platform.ts';
import { offerfeestDeps } from '../offerfeest-deps.ts';
import { anonymiseExpiredEditions, sendSlotReminders } from './sweeps.ts';

export const REGISTRATION_JOBS = {
  reminders: 'offerfeest.registration-reminders',
  anonymise: 'offerfeest.registration-anonymise',
} as const;

/** 10:00 Brussels: the day before the slot, in time to arrange transport of the animal. */
export const REMINDER_CRON = '0 10 * * *';
/** 03:10 Brussels: a quiet hour; an edition expires on a calendar day. */
export const ANONYMISE_CRON = '10 3 * * *';

/** A run may name its day (tests, a catch-up by hand); the schedule sends none: today in Brussels. */
const RunSchema = z.object({ today: z.iso.date().optional() });

export async function runReminderJob(platform: Platform, data: unknown): Promise<void> {
  const { today } = RunSchema.parse(data ?? {});
  const report = await sendSlotReminders(offerfeestDeps(platform), today);
  if (report.sent > 0) platform.logger.info({ reminders: report }, 'offerfeest reminders');
}

export async function runAnonymiseJob(platform: Platform, data: unknown): Promise<void> {
  const { today } = RunSchema.parse(data ?? {});
  const report = await anonymiseExpiredEditions(platform.database.db, today);
  if (report.editions > 0)
    platform.logger.info({ anonymised: report }, 'offerfeest registrations anonymised');
}

// The module's start and a test may both start the jobs on one platform: register once.
const started = new WeakSet<Platform>();

/** Registers and schedules the daily reminder mail and the daily anonymisation (when jobs run). */
export async function startRegistrationJobs(platform: Platform): Promise<void> {
  if (!platform.jobs.enabled || started.has(platform)) return;
  started.add(platform);
  const options: QueueOptions = { policy: 'singleton', retryLimit: 2, retryDelaySeconds: 300 };
  await platform.jobs.register(
    REGISTRATION_JOBS.reminders,
    (data) => runReminderJob(platform, data),
    options,
  );
  await platform.jobs.register(
    REGISTRATION_JOBS.anonymise,
    (data) => runAnonymiseJob(platform, data),
    options,
  );
  await platform.jobs.schedule(REGISTRATION_JOBS.reminders, REMINDER_CRON);
  await platform.jobs.schedule(REGISTRATION_JOBS.anonymise, ANONYMISE_CRON);
}
