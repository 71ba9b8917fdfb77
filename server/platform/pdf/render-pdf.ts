import { createRequire } from 'node:module';
import { dirname, join, resolve, sep } from 'node:path';
import pdfmake from 'pdfmake';
import { ARABIC_FONT } from './scripts.ts';
import type { TDocumentDefinitions } from './types.ts';

const require = createRequire(import.meta.url);
const ROBOTO_MODULE = 'pdfmake/fonts/Roboto.js';
/** The folder with the Roboto .ttf files that ship with pdfmake. */
export const FONT_FOLDER = join(dirname(require.resolve(ROBOTO_MODULE)), 'Roboto');
/** Noto Naskh Arabic (SIL OFL), from @embedpdf/fonts-arabic: its main file is in dist/, the fonts beside it. */
const ARABIC_FOLDER = join(dirname(dirname(require.resolve('@embedpdf/fonts-arabic'))), 'fonts');
/** The only files a PDF may read. */
const FONT_FOLDERS = [FONT_FOLDER, ARABIC_FOLDER];

type FontDictionary = Parameters<typeof pdfmake.setFonts>[0];

function isFontDictionary(value: unknown): value is FontDictionary {
  return typeof value === 'object' && value !== null && 'Roboto' in value;
}

/** Whether a local path lies inside a font folder (after resolving `..`). */
export function isFontPath(path: string): boolean {
  const resolved = resolve(path);
  return FONT_FOLDERS.some((folder) => resolved.startsWith(folder + sep));
}

function arabicFont() {
  const regular = join(ARABIC_FOLDER, 'NotoNaskhArabic-Regular.ttf');
  const bold = join(ARABIC_FOLDER, 'NotoNaskhArabic-Bold.ttf');
  // The family has no italics: slanted Arabic is not a convention; italics print upright.
  return { normal: regular, bold, italics: regular, bolditalics: bold };
}

let configured = false;

// pdfmake keeps its fonts and access policies on one process-wide object: set them once.
function configure(): void {
  if (configured) return;
  const fonts: unknown = require(ROBOTO_MODULE);
  if (!isFontDictionary(fonts)) throw new Error(`${ROBOTO_MODULE} holds no Roboto font`);
  pdfmake.setFonts({ ...fonts, [ARABIC_FONT]: arabicFont() });
  // A document definition must never make the server fetch a URL or read another local file
  // (an image path taken from user input would otherwise be an SSRF or file-disclosure hole).
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(isFontPath);
  configured = true;
}

/** Renders a pdfmake document definition to PDF bytes, in Roboto (the default) and Noto Naskh Arabic where asked. */
export async function renderPdf(definition: TDocumentDefinitions): Promise<Buffer> {
  configure();
  const withFont: TDocumentDefinitions = {
    ...definition,
    defaultStyle: { font: 'Roboto', ...definition.defaultStyle },
  };
  return pdfmake.createPdf(withFont).getBuffer();
}
