import { systemContext } from '../../platform/context.ts';
import type { QueueOptions } from '../../platform/jobs/index.ts';
import type { Platform } from '../../platform/platform.ts';
import { anonymiseOldStays, expireHolds } from './reservations/housekeeping.ts';
import { ensurePitches } from './site/pitches.ts';

export const TRANSIT_JOBS = {
  holdExpiry: 'transit.hold-expiry',
  retention: 'transit.retention',
} as const;

/** A hold runs out at any minute; a quarter of an hour late is within what the desk promises. */
export const HOLD_EXPIRY_CRON = '*/15 * * * *';
/** 03:10 Brussels: a quiet hour; retention is counted in months. */
export const TRANSIT_RETENTION_CRON = '10 3 * * *';

// The module's start and a test may both start the jobs on one platform: register once.
const started = new WeakSet<Platform>();

/** Makes the pitches (jobs or not: the site needs them), then registers and schedules the sweeps. */
export async function startTransitJobs(platform: Platform): Promise<void> {
  await ensurePitches(platform.database.db);
  if (!platform.jobs.enabled || started.has(platform)) return;
  started.add(platform);
  const options: QueueOptions = { policy: 'singleton', retryLimit: 2, retryDelaySeconds: 120 };
  const { db } = platform.database;
  await platform.jobs.register(
    TRANSIT_JOBS.holdExpiry,
    async () => {
      const expired = await expireHolds(db, systemContext('transit-hold-expiry'));
      if (expired > 0) platform.logger.info({ expired }, 'transit holds expired');
    },
    options,
  );
  await platform.jobs.register(
    TRANSIT_JOBS.retention,
    async () => {
      const report = await anonymiseOldStays(db, platform.params, systemContext('transit-retention'));
      if (report.reservations > 0) platform.logger.info({ retention: report }, 'transit retention');
    },
    options,
  );
  await platform.jobs.schedule(TRANSIT_JOBS.holdExpiry, HOLD_EXPIRY_CRON);
  await platform.jobs.schedule(TRANSIT_JOBS.retention, TRANSIT_RETENTION_CRON);
}
