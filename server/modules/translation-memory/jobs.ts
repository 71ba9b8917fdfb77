import type { Platform } from '../../platform/platform.ts';
import { backfillSegmentKeys } from './segment-keys.repository.ts';

export const TM_JOBS = { segmentKeys: 'tm.segment-keys' } as const;

/** 02:40 Brussels: a quiet hour; normally there is nothing to key (every write path keys). */
export const SEGMENT_KEYS_CRON = '40 2 * * *';

// The module's start and a test may both start the jobs on one platform: register once.
const started = new WeakSet<Platform>();

/**
 * Keys the segments that lack keys of the current scheme (rows from before migration 0013, or after
 * a change of key scheme). With jobs, in the background — once now and nightly as a safety net; the
 * lookup reads unkeyed rows directly meanwhile, so it misses none. Without jobs, before the app serves.
 */
export async function startTranslationMemoryJobs(platform: Platform): Promise<void> {
  const { db } = platform.database;
  if (!platform.jobs.enabled) {
    const keyed = await backfillSegmentKeys(db);
    if (keyed > 0) platform.logger.info({ keyed }, 'translation memory segments keyed');
    return;
  }
  if (started.has(platform)) return;
  started.add(platform);
  await platform.jobs.register(
    TM_JOBS.segmentKeys,
    async () => {
      const keyed = await backfillSegmentKeys(db);
      if (keyed > 0) platform.logger.info({ keyed }, 'translation memory segments keyed');
    },
    { policy: 'singleton', retryLimit: 2, retryDelaySeconds: 300, expireInSeconds: 6 * 3600 },
  );
  await platform.jobs.schedule(TM_JOBS.segmentKeys, SEGMENT_KEYS_CRON);
  await platform.jobs.send(TM_JOBS.segmentKeys, {});
}
