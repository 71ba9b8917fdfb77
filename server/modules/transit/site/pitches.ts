import type { Db } from '../../../platform/db/index.ts';
import { countPitches, insertPitches } from './site.repository.ts';

export const SITE_PITCHES = 25;
const CLUSTER_SIZE = 5;

/** The site's pitches (1–25 in clusters of five, one meter each), made once on a new installation. */
export async function ensurePitches(db: Db): Promise<number> {
  if ((await countPitches(db)) > 0) return 0;
  return insertPitches(
    db,
    Array.from({ length: SITE_PITCHES }, (_, i) => ({
      number: i + 1,
      cluster: Math.floor(i / CLUSTER_SIZE) + 1,
      meterId: `DT-M-${String(i + 1).padStart(2, '0')}`,
    })),
  );
}
