import type { Db } from '../../../platform/db/index.ts';
import type { Platform } from '../../../platform/platform.ts';

/** What the reservation services need of the platform (the demo builds the same from a bare database). */
export type TransitDeps = { db: Db } & Pick<Platform, 'params' | 'pseudonymise'>;

export function transitDeps(platform: Platform): TransitDeps {
  return { db: platform.database.db, params: platform.params, pseudonymise: platform.pseudonymise };
}
