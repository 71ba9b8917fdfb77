export { decodeText, normaliseText } from './decode-text.ts';
export { type ExtractedText, type ExtractOptions, extractText, TEXT_MEDIA_TYPES } from './extract-text.ts';
