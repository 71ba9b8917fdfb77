import {
  InlineCodeSchema,
  type TmxImportResponse,
  type TranslationUnit,
  type Variant,
} from '../../../contracts/translation-memory.ts';
import { recordAudit } from '../../platform/audit/index.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Db } from '../../platform/db/index.ts';
import { AppError } from '../../platform/http/app-error.ts';
import { exportTmx, TmxExportError } from './tmx-export.ts';
import { importTmx, type TmxHeader } from './tmx-import.ts';
import {
  insertSegments,
  type NewSegment,
  type SegmentRow,
  selectPair,
} from './translation-memory.repository.ts';

const DEFAULT_ORIGIN = 'tmx-import';

/** The unit's source language: its own srclang, else the header's, else its first variant's. */
function sourceLanguage(unit: TranslationUnit, header: TmxHeader): string | undefined {
  if (unit.sourceLang !== '*all*' && unit.variants[unit.sourceLang]) return unit.sourceLang;
  if (header.srcLang !== '*all*' && unit.variants[header.srcLang]) return header.srcLang;
  return Object.keys(unit.variants)[0];
}

const toDate = (iso: string | undefined) => (iso === undefined ? null : new Date(iso));

/** One row per (source, other language) pair of a unit. */
function unitRows(unit: TranslationUnit, sourceLang: string, origin: string): NewSegment[] {
  const source = unit.variants[sourceLang];
  if (!source) return [];
  return Object.entries(unit.variants)
    .filter(([lang]) => lang !== sourceLang)
    .map(([targetLang, target]) => ({
      sourceLang,
      targetLang,
      sourceText: source.text,
      targetText: target.text,
      sourceCodes: source.codes,
      targetCodes: target.codes,
      origin,
      tuid: unit.tuid ?? null,
      sourceCreatedAt: toDate(target.created ?? unit.created),
      sourceChangedAt: toDate(target.changed ?? unit.changed),
      props: [...unit.props, ...target.props],
      notes: [...unit.notes, ...target.notes],
    }));
}

/**
 * Imports a TMX file all or nothing: a file the importer refuses writes no row; otherwise every
 * pair of every unit is inserted in one transaction, duplicates skipped by the unique index.
 */
export async function importTmxFile(
  db: Db,
  ctx: RequestContext,
  bytes: Uint8Array,
  origin = DEFAULT_ORIGIN,
): Promise<TmxImportResponse> {
  const result = importTmx(bytes);
  if (!result.ok) {
    const { code, message, line, column } = result.error;
    throw new AppError(code, `${message} (line ${line}, column ${column})`);
  }
  const errors: TmxImportResponse['errors'] = result.warnings.map((w) => ({
    code: 'TM.TMX_WARNING',
    message: w.message,
    line: w.line,
    column: w.column,
  }));
  const rows: NewSegment[] = [];
  for (const unit of result.units) {
    const sourceLang = sourceLanguage(unit, result.header);
    const unitRowsFound = sourceLang === undefined ? [] : unitRows(unit, sourceLang, origin);
    if (unitRowsFound.length === 0) {
      errors.push({
        code: 'TM.UNIT_SKIPPED',
        message: `Unit ${unit.tuid ?? '(no tuid)'} has no translation`,
      });
    }
    rows.push(...unitRowsFound);
  }
  const imported = await db.transaction(async (tx) => {
    const inserted = await insertSegments(tx, rows);
    await recordAudit(tx, ctx, {
      action: 'tm.imported',
      entity: 'tm_segments',
      after: { origin, units: result.units.length, imported: inserted, skipped: rows.length - inserted },
    });
    return inserted;
  });
  return { imported, skipped: rows.length - imported + result.skipped, errors };
}

function variant(text: string, codes: unknown): Variant {
  return { text, codes: InlineCodeSchema.array().parse(codes), props: [], notes: [] };
}

function toUnit(row: SegmentRow): TranslationUnit {
  return {
    ...(row.tuid === null ? {} : { tuid: row.tuid }),
    sourceLang: row.sourceLang,
    variants: {
      [row.sourceLang]: variant(row.sourceText, row.sourceCodes),
      [row.targetLang]: variant(row.targetText, row.targetCodes),
    },
    props: row.props,
    notes: row.notes,
    ...(row.sourceCreatedAt === null ? {} : { created: row.sourceCreatedAt.toISOString() }),
    ...(row.sourceChangedAt === null ? {} : { changed: row.sourceChangedAt.toISOString() }),
  };
}

/** The pair's segments as a strict TMX 1.4b document. */
export async function exportPair(db: Db, source: string, target: string): Promise<string> {
  const rows = await selectPair(db, source, target);
  try {
    return exportTmx(rows.map(toUnit), {
      srcLang: source,
      segType: 'sentence',
      creationDate: new Date().toISOString(),
    });
  } catch (error) {
    if (error instanceof TmxExportError) throw new AppError('TM.EXPORT_INVALID_SEGMENT', error.message);
    throw error;
  }
}
