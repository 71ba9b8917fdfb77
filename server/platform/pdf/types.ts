import type { createPdf } from 'pdfmake';

// The document-definition types callers need, so that modules do not import pdfmake themselves.
// @types/pdfmake does not export TDocumentDefinitions from its entry point: take it from createPdf.
export type TDocumentDefinitions = Parameters<typeof createPdf>[0];
export type { Content, TableCell } from 'pdfmake';
