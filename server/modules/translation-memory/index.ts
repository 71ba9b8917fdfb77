/**
 * Public API of the translation-memory module: the only file other modules may import.
 * See README.md for what each part does.
 */
export {
  type AlignedPair,
  alignLengths,
  alignTexts,
  type Bead,
  type BeadKind,
  lengthCost,
  memoryPairs,
} from './alignment.ts';
export { analyseSegments, analyseText, MATCH_BANDS, type MatchLookup, matchBand, price } from './analysis.ts';
export {
  characterSimilarity,
  levenshtein,
  type MatchScore,
  matchScore,
  PENALTY,
  type RankedMatch,
  rankMatches,
  tokenize,
} from './fuzzy-match.ts';
export { translationMemoryModule } from './module.ts';
export { countWords, type Sentence, segmentSentences } from './segmentation.ts';
export {
  type AlignInput,
  type AlignResult,
  alignIntoMemory,
  alignManyIntoMemory,
} from './tm-align.service.ts';
export { analyseAgainstMemory } from './tm-analysis.service.ts';
export { DEFAULT_BAND_WEIGHTS } from './tm-params.ts';
export {
  exportOptionsFromHeader,
  exportTmx,
  renderSegment,
  TmxExportError,
  type TmxExportOptions,
  type TmxSegType,
} from './tmx-export.ts';
export {
  importTmx,
  type TmxHeader,
  type TmxImportResult,
  type TmxIssue,
  type TmxWarning,
} from './tmx-import.ts';
export { placeholder, placeholderIndex } from './tmx-xml.ts';
export { findMatches } from './translation-memory.repository.ts';
export { exportDocument, importXliffFile, type XliffFile } from './xliff.service.ts';
export {
  exportXliff,
  PREFILL_THRESHOLD,
  XliffExportError,
  type XliffExportInput,
  type XliffExportUnit,
  type XliffMatch,
} from './xliff-export.ts';
export {
  importXliff,
  reassemble,
  type XliffImportResult,
  type XliffIssue,
  type XliffSegment,
  type XliffWarning,
} from './xliff-import.ts';
