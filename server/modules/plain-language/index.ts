/** Public API of the plain-language module: the only file other modules may import. */

/** Request body of POST /api/plain-language/check; the cap keeps one request from pinning a worker. */
export { PlainLanguageCheckRequestSchema as checkTextRequestSchema } from '../../../contracts/plain-language.ts';
export type { B1Assessment, B1Reason } from './b1.ts';
export {
  type CheckedSentence,
  type CheckOptions,
  type CheckResult,
  checkText,
  DEFAULT_CHECK_OPTIONS,
  findJargon,
  type JargonHit,
  type LongWord,
  type PassiveSentence,
  type Span,
} from './check-text.ts';
export { DEFAULT_JARGON, type JargonEntry } from './default-jargon.ts';
export { estimateLint, estimateSentenceFeatures, type LintEstimate } from './lint-estimate.ts';
export { plainLanguageModule } from './module.ts';
export { isParticiple } from './passive.ts';
export {
  brouwer,
  FLESCH_DOUMA_BANDS,
  fleschDouma,
  fleschDoumaBand,
  type LintFeatures,
  lintIILevel,
  lintIIScore,
  type TextCounts,
} from './readability.ts';
export { countSyllables } from './syllables.ts';
