import { createRequire } from 'node:module';
import { dirname, join, resolve, sep } from 'node:path';
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from './types.ts';

const require = createRequire(import.meta.url);
const ROBOTO_MODULE = 'pdfmake/fonts/Roboto.js';
/** The folder with the Roboto .ttf files that ship with pdfmake: the only files a PDF may read. */
export const FONT_FOLDER = join(dirname(require.resolve(ROBOTO_MODULE)), 'Roboto');

type FontDictionary = Parameters<typeof pdfmake.setFonts>[0];

function isFontDictionary(value: unknown): value is FontDictionary {
  return typeof value === 'object' && value !== null && 'Roboto' in value;
}

/** Whether a local path lies inside the font folder (after resolving `..`). */
export function isFontPath(path: string): boolean {
  return resolve(path).startsWith(FONT_FOLDER + sep);
}

let configured = false;

// pdfmake keeps its fonts and access policies on one process-wide object: set them once.
function configure(): void {
  if (configured) return;
  const fonts: unknown = require(ROBOTO_MODULE);
  if (!isFontDictionary(fonts)) throw new Error(`${ROBOTO_MODULE} holds no Roboto font`);
  pdfmake.setFonts(fonts);
  // A document definition must never make the server fetch a URL or read another local file
  // (an image path taken from user input would otherwise be an SSRF or file-disclosure hole).
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(isFontPath);
  configured = true;
}

/** Renders a pdfmake document definition to PDF bytes, in Roboto (set as the default font). */
export async function renderPdf(definition: TDocumentDefinitions): Promise<Buffer> {
  configure();
  const withFont: TDocumentDefinitions = {
    ...definition,
    defaultStyle: { font: 'Roboto', ...definition.defaultStyle },
  };
  return pdfmake.createPdf(withFont).getBuffer();
}
