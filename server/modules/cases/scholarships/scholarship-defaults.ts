import { ensureParamDefaults } from '../../../platform/params/index.ts';
import type { Platform } from '../../../platform/platform.ts';
import { SCHOLARSHIP_PARAM_DEFAULTS } from './eligibility.ts';

/**
 * Puts the assumed eligibility rules (`cases.scholarship.rules`) in place on a fresh installation;
 * once an admin has set a value, nothing here touches the key again. Call it from the module's start.
 */
export async function ensureScholarshipDefaults(platform: Pick<Platform, 'database'>): Promise<void> {
  await ensureParamDefaults(platform.database.db, SCHOLARSHIP_PARAM_DEFAULTS);
}
