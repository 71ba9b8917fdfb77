import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../platform/db/index.ts';
import { type IndexedSegment, MemoryIndex } from './tm-memory-index.ts';

/**
 * The in-process index of each database handle, kept current before every lookup (decision 0008,
 * revision "in-process index"). Rows are read by `tm_segments.seq`: first all of them, in batches,
 * then those above the highest seen. A seq below it that was missing when read may belong to a
 * transaction still open (identity values are taken at insert, committed later): such gaps are asked
 * again at every refresh until `GAP_TTL_MS` has passed — an insert committed later than that after a
 * later-numbered one was read would be missed until a restart. Rows of a rolled-back transaction or
 * deleted ones leave gaps too; they just stop being asked.
 *
 * Keyed by the handle, so a transaction handle gets an index of its own (correct, but built in full:
 * callers pass the database, as the analysis and the XLIFF export do).
 */
const indexes = new WeakMap<Db, Tracked>();

/** How long a missing seq is asked again. Far longer than any import transaction of ours. */
export const GAP_TTL_MS = 30 * 60_000;
/** Gap ranges kept at most: nearest neighbours are merged beyond (a merged range only costs a probe). */
const MAX_GAPS = 64;
const BATCH = 20_000;

type Gap = { low: number; high: number; since: number };
type Tracked = { index: MemoryIndex; gaps: Gap[]; refreshing: Promise<void> | null };
type Row = { seq: number | string; source_lang: string; target_lang: string; source_text: string };

/** The index of `db`, with every row committed (or visible to `db`) before this call in it. */
export async function memoryIndex(db: Db): Promise<MemoryIndex> {
  let tracked = indexes.get(db);
  if (!tracked) {
    tracked = { index: new MemoryIndex(), gaps: [], refreshing: null };
    indexes.set(db, tracked);
  }
  // One refresh at a time per handle; a lookup arriving during one waits for it and then refreshes
  // again, so rows committed before it arrived are in.
  const current = tracked;
  while (current.refreshing) await current.refreshing;
  current.refreshing = refresh(db, current).finally(() => {
    current.refreshing = null;
  });
  await current.refreshing;
  return current.index;
}

async function refresh(db: Db, tracked: Tracked): Promise<void> {
  const now = Date.now();
  tracked.gaps = tracked.gaps.filter((gap) => now - gap.since < GAP_TTL_MS);
  if (tracked.gaps.length > 0) {
    const lows = `{${tracked.gaps.map((gap) => gap.low).join(',')}}`;
    const highs = `{${tracked.gaps.map((gap) => gap.high).join(',')}}`;
    const filled = await queryRows<Row>(
      db,
      sql`select s.seq, s.source_lang, s.target_lang, s.source_text
            from unnest(${lows}::bigint[], ${highs}::bigint[]) as g(low, high)
            join tm_segments s on s.seq between g.low and g.high order by s.seq`,
    );
    for (const row of filled) {
      tracked.index.add(segmentOf(row));
      tracked.gaps = splitGaps(tracked.gaps, Number(row.seq));
    }
  }
  for (;;) {
    const after = tracked.index.highest;
    const rows = await queryRows<Row>(
      db,
      sql`select seq, source_lang, target_lang, source_text from tm_segments
           where seq > ${after}::bigint order by seq limit ${BATCH}::int`,
    );
    let previous = after;
    for (const row of rows) {
      const seq = Number(row.seq);
      if (seq > previous + 1) tracked.gaps.push({ low: previous + 1, high: seq - 1, since: now });
      tracked.index.add(segmentOf(row));
      previous = seq;
    }
    if (rows.length < BATCH) break;
  }
  tracked.gaps = mergeGaps(tracked.gaps);
}

function segmentOf(row: Row): IndexedSegment {
  return {
    seq: Number(row.seq),
    sourceLang: row.source_lang,
    targetLang: row.target_lang,
    sourceText: row.source_text,
  };
}

/** The gaps without `seq` (it has been read). */
export function splitGaps(gaps: readonly Gap[], seq: number): Gap[] {
  return gaps.flatMap((gap) => {
    if (seq < gap.low || seq > gap.high) return [gap];
    const parts: Gap[] = [];
    if (gap.low < seq) parts.push({ ...gap, high: seq - 1 });
    if (seq < gap.high) parts.push({ ...gap, low: seq + 1 });
    return parts;
  });
}

/** At most `MAX_GAPS` ranges: the two closest are merged (the older `since` kept) until it fits. */
export function mergeGaps(gaps: readonly Gap[], most = MAX_GAPS): Gap[] {
  const sorted = [...gaps].sort((x, y) => x.low - y.low);
  while (sorted.length > most) {
    let best = 0;
    for (let i = 1; i < sorted.length - 1; i += 1) {
      const distance = (sorted[i + 1] as Gap).low - (sorted[i] as Gap).high;
      if (distance < (sorted[best + 1] as Gap).low - (sorted[best] as Gap).high) best = i;
    }
    const [left, right] = [sorted[best] as Gap, sorted[best + 1] as Gap];
    sorted.splice(best, 2, { low: left.low, high: right.high, since: Math.min(left.since, right.since) });
  }
  return sorted;
}
