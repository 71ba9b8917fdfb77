/**
 * Public API of the translation-memory module: the only file other modules may import.
 * Pure foundations for now; tables, routes and candidate retrieval come next (see README.md).
 */
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
export { analyseAgainstMemory } from './tm-analysis.service.ts';
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
