import { z } from 'zod';
import type { QueueOptions } from '../../../platform/jobs/index.ts';
import { ensureParamDefaults, today } from '../../../platform/params/index.ts';
import type { Platform } from '../../../platform/platform.ts';
import { anonymiseExpiredClaims } from './anonymise-claims.ts';
import { debtorParamDefaults } from './debtor-param.ts';

export { anonymiseExpiredClaims } from './anonymise-claims.ts';

export const CLAIM_RETENTION_JOB = 'offerfeest.claims-retention';
/** 02:45 Brussels: a quiet hour; an edition expires on a calendar day, so once a day is enough. */
export const CLAIM_RETENTION_CRON = '45 2 * * *';

/** A run may name its day (tests, a catch-up by hand); the schedule sends none: today in Brussels. */
const RetentionJobSchema = z.object({ today: z.iso.date().optional() });

export async function runClaimRetentionJob(platform: Platform, data: unknown): Promise<void> {
  const { today: day } = RetentionJobSchema.parse(data ?? {});
  const report = await anonymiseExpiredClaims(
    platform.database.db,
    platform.files.store,
    day ?? today(),
    (claimId, error) =>
      platform.logger.error({ err: error, claimId }, 'offerfeest claim anonymisation failed'),
  );
  if (report.anonymised + report.failed > 0)
    platform.logger.info({ retention: report }, 'offerfeest claim retention');
}

// The module's start and a test may both start the jobs on one platform: register once.
const started = new WeakSet<Platform>();

/** Publishes the debtor account's default, then (when jobs run) schedules the daily anonymisation. */
export async function startClaimJobs(platform: Platform): Promise<void> {
  await ensureParamDefaults(platform.database.db, debtorParamDefaults);
  if (!platform.jobs.enabled || started.has(platform)) return;
  started.add(platform);
  const options: QueueOptions = { policy: 'singleton', retryLimit: 2, retryDelaySeconds: 300 };
  await platform.jobs.register(CLAIM_RETENTION_JOB, (data) => runClaimRetentionJob(platform, data), options);
  await platform.jobs.schedule(CLAIM_RETENTION_JOB, CLAIM_RETENTION_CRON);
}
