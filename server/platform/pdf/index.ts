export { FONT_FOLDER, isFontPath, renderPdf } from './render-pdf.ts';
export { ARABIC_FONT, arabicParagraph, hasArabic, scriptRuns } from './scripts.ts';
export type { Content, TableCell, TDocumentDefinitions } from './types.ts';
