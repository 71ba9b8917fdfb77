import type { ErrorCode } from '../../../contracts/errors.ts';
import type { XliffExportRequest, XliffImportResponse } from '../../../contracts/translation-memory-xliff.ts';
import { recordAudit } from '../../platform/audit/index.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Db } from '../../platform/db/index.ts';
import { AppError } from '../../platform/http/app-error.ts';
import { segmentSentences } from './segmentation.ts';
import { findMatches, insertSegments, type NewSegment } from './translation-memory.repository.ts';
import { exportXliff, XliffExportError, type XliffExportUnit, type XliffMatch } from './xliff-export.ts';
import { importXliff, reassemble, type XliffIssueCode } from './xliff-import.ts';

const DEFAULT_ORIGIN = 'xliff-import';
/** Matches below this are no help to a translator and only make the file heavier. */
const CANDIDATE_THRESHOLD = 50;
const CANDIDATES_PER_UNIT = 3;

/** The importer's issue kinds as the catalogue's XLIFF codes (`translationMemoryXliffErrors`). */
const ISSUE_CODES: Record<XliffIssueCode, ErrorCode> = {
  malformed: 'TM.XLIFF_MALFORMED',
  'not-xliff': 'TM.XLIFF_NOT_XLIFF',
  encoding: 'TM.XLIFF_ENCODING_UNSUPPORTED',
  invalid: 'TM.XLIFF_INVALID',
};
const EXPORT_REFUSED: ErrorCode = 'TM.XLIFF_TEXT_NOT_XML';

export type XliffFile = { fileName: string; document: string };

/** A text as an XLIFF file: its sentences with the memory's best matches (looked up once per sentence). */
export async function exportDocument(db: Db, request: XliffExportRequest): Promise<XliffFile> {
  const { text, source, target, version } = request;
  const sentences = segmentSentences(text, source);
  if (sentences.length === 0) throw new AppError('COMMON.VALIDATION_FAILED', 'The text has no sentence');
  const lookups = new Map<string, Promise<XliffMatch[]>>();
  const matchesOf = (sentence: string) => {
    let found = lookups.get(sentence);
    if (!found) {
      found = findMatches(db, { source: sentence, sourceLang: source, targetLang: target }).then((matches) =>
        matches
          .filter((m) => m.score >= CANDIDATE_THRESHOLD)
          .slice(0, CANDIDATES_PER_UNIT)
          .map(({ score, sourceText, targetText }) => ({ score, sourceText, targetText })),
      );
      lookups.set(sentence, found);
    }
    return found;
  };
  const units: XliffExportUnit[] = [];
  for (const [index, sentence] of sentences.entries()) {
    const next = sentences[index + 1];
    units.push({
      source: sentence.text,
      after: next ? text.slice(sentence.end, next.start) : '',
      matches: await matchesOf(sentence.text),
    });
  }
  const name = request.name ?? `document-${source}-${target}`;
  try {
    const document = exportXliff({ sourceLang: source, targetLang: target, name, units }, version);
    // ASCII only: the name goes into a header, where other characters are not allowed.
    const base =
      name
        .replace(/[^A-Za-z0-9._-]+/gu, '-')
        .replace(/\.(txt|xlf|xliff)$/iu, '')
        .replace(/^[-.]+|-+$/gu, '') || 'document';
    return { fileName: `${base}.${target}.xlf`, document };
  } catch (error) {
    if (error instanceof XliffExportError) throw new AppError(EXPORT_REFUSED, error.message);
    throw error;
  }
}

/**
 * Imports a translated XLIFF file all or nothing: a refused file writes no row; otherwise the
 * translated segments go in one transaction, duplicates skipped by the memory's unique index.
 */
export async function importXliffFile(
  db: Db,
  ctx: RequestContext,
  bytes: Uint8Array,
  origin = DEFAULT_ORIGIN,
): Promise<XliffImportResponse> {
  const result = importXliff(bytes);
  if (!result.ok) {
    const { code, message, line, column } = result.error;
    throw new AppError(ISSUE_CODES[code], `XLIFF: ${message} (line ${line}, column ${column})`);
  }
  const errors: XliffImportResponse['errors'] = result.warnings.map((w) => ({
    code: 'TM.XLIFF_WARNING',
    ...w,
  }));
  const rows: NewSegment[] = [];
  for (const s of result.segments) {
    const sourceText = s.source.text.trim();
    const targetText = s.target?.text.trim() ?? '';
    if (!s.translated || !s.sourceLang || !s.targetLang || sourceText === '' || targetText === '') continue;
    rows.push({
      sourceLang: s.sourceLang,
      targetLang: s.targetLang,
      sourceText,
      targetText,
      sourceCodes: s.source.codes,
      targetCodes: s.target?.codes ?? [],
      origin,
      tuid: s.unitId ?? null,
      reviewed: s.reviewed,
    });
  }
  const imported = await db.transaction(async (tx) => {
    const inserted = await insertSegments(tx, rows);
    await recordAudit(tx, ctx, {
      action: 'tm.xliff_imported',
      entity: 'tm_segments',
      after: { origin, version: result.version, segments: result.segments.length, imported: inserted },
    });
    return inserted;
  });
  return {
    version: result.version,
    imported,
    skipped: result.segments.length - imported,
    errors,
    text: reassemble(result.segments),
  };
}
