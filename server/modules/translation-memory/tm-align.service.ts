import { recordAudit } from '../../platform/audit/index.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Db } from '../../platform/db/index.ts';
import { alignTexts, memoryPairs } from './alignment.ts';
import { insertSegments, type NewSegment } from './translation-memory.repository.ts';

export type AlignInput = {
  sourceLang: string;
  targetLang: string;
  sourceText: string;
  targetText: string;
  /** Stored as each segment's origin, e.g. `library:<documentId>`. */
  origin: string;
  originDocumentId: string | null;
  /** Library translations are reviewed by the library editor. */
  reviewed?: boolean;
};

/** aligned = pairs the memory can use (1-1, 2-1, 1-2 beads); inserted + skipped = aligned. */
export type AlignResult = { aligned: number; inserted: number; skipped: number };

function pairRows(input: AlignInput): { beads: number; rows: NewSegment[] } {
  const beads = alignTexts(input.sourceText, input.sourceLang, input.targetText, input.targetLang);
  const rows: NewSegment[] = memoryPairs(beads).map((pair) => ({
    sourceLang: input.sourceLang,
    targetLang: input.targetLang,
    sourceText: pair.source,
    targetText: pair.target,
    origin: input.origin,
    originDocumentId: input.originDocumentId,
    reviewed: input.reviewed ?? false,
  }));
  return { beads: beads.length, rows };
}

/**
 * Aligns a text and its translation sentence by sentence (alignment.ts, Gale–Church) and writes the
 * pairs as memory segments in one transaction: a pair already in the memory is skipped by the unique
 * index, so aligning the same document again inserts nothing. One audit row per alignment.
 */
export async function alignIntoMemory(db: Db, ctx: RequestContext, input: AlignInput): Promise<AlignResult> {
  const { beads, rows } = pairRows(input);
  const inserted = await db.transaction(async (tx) => {
    const count = await insertSegments(tx, rows);
    await recordAudit(tx, ctx, {
      action: 'tm.aligned',
      entity: 'tm_segments',
      ...(input.originDocumentId === null ? {} : { entityId: input.originDocumentId }),
      after: {
        origin: input.origin,
        pair: `${input.sourceLang}-${input.targetLang}`,
        beads,
        aligned: rows.length,
        inserted: count,
      },
    });
    return count;
  });
  return { aligned: rows.length, inserted, skipped: rows.length - inserted };
}

/**
 * Many alignments in one transaction with batched inserts and one audit row: for loading a whole
 * library at once (demo data, a migration of an old library), where one transaction per document
 * would cost a thousand round trips.
 */
export async function alignManyIntoMemory(
  db: Db,
  ctx: RequestContext,
  inputs: readonly AlignInput[],
  label: string,
): Promise<AlignResult> {
  const rows = inputs.flatMap((input) => pairRows(input).rows);
  const inserted = await db.transaction(async (tx) => {
    const count = await insertSegments(tx, rows);
    await recordAudit(tx, ctx, {
      action: 'tm.aligned',
      entity: 'tm_segments',
      after: { origin: label, texts: inputs.length, aligned: rows.length, inserted: count },
    });
    return count;
  });
  return { aligned: rows.length, inserted, skipped: rows.length - inserted };
}
