export { FONT_FOLDER, isFontPath, renderPdf } from './render-pdf.ts';
export type { Content, TableCell, TDocumentDefinitions } from './types.ts';
