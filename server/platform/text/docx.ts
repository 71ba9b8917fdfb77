import mammoth from 'mammoth';
import { SaxesParser } from 'saxes';
import { AppError } from '../http/app-error.ts';

/** Elements of mammoth's HTML that end a line of text. */
const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'td', 'th', 'tr', 'table']);
// Images carry no words; an empty source keeps mammoth from base64-encoding each one.
const NO_IMAGES = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));

/**
 * The text of a Word document, one paragraph per line, footnotes and endnotes at the end.
 * mammoth's raw-text output drops line breaks (w:br), which glues "regel een" and "regel twee"
 * into one word; its HTML keeps them as <br />, so the text is read from the HTML instead.
 */
export async function docxText(bytes: Uint8Array): Promise<string> {
  let html: string;
  try {
    ({ value: html } = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes) },
      { convertImage: NO_IMAGES },
    ));
  } catch (error) {
    throw new AppError('TEXT.UNREADABLE', 'not a readable Word document', { cause: error });
  }
  return htmlText(html);
}

/** mammoth writes well-formed markup escaping only &, <, > and ", so an XML parser reads it. */
function htmlText(html: string): string {
  const parser = new SaxesParser({ fragment: true });
  let text = '';
  parser.on('text', (chunk) => {
    text += chunk;
  });
  parser.on('opentag', (tag) => {
    if (tag.name === 'br') text += '\n';
  });
  parser.on('closetag', (tag) => {
    if (BLOCKS.has(tag.name) && !text.endsWith('\n')) text += '\n';
  });
  try {
    parser.write(html).close();
  } catch (error) {
    throw new AppError('TEXT.UNREADABLE', 'the Word document could not be converted', { cause: error });
  }
  return text;
}
