import { SaxesParser, type SaxesTagNS } from 'saxes';
import { AppError } from '../http/app-error.ts';

const TEXT_NS = 'urn:oasis:names:tc:opendocument:xmlns:text:1.0';
const OFFICE_NS = 'urn:oasis:names:tc:opendocument:xmlns:office:1.0';

/** Parts of the body that are no text of the document: comments and deleted (tracked) text. */
const SKIPPED = new Set([
  `${OFFICE_NS} annotation`,
  `${TEXT_NS} tracked-changes`,
  `${TEXT_NS} note-citation`,
]);
const PARAGRAPHS = new Set([`${TEXT_NS} p`, `${TEXT_NS} h`]);

type Paragraph = {
  text: string /** The last character came from collapsible white space. */;
  spaced: boolean;
};

/**
 * The text of an ODF content.xml: one line per text:p / text:h, in document order (a footnote's
 * paragraph comes right after the paragraph that holds it). White space follows ODF 1.2 §6.1.2:
 * runs of space, tab and newline in the XML are one space; text:s, text:tab and text:line-break
 * are the real spaces, tabs and line breaks.
 */
export function odtContentText(xml: string): string {
  const parser = new SaxesParser({ xmlns: true });
  const paragraphs: Paragraph[] = [];
  const open: Paragraph[] = [];
  let skipDepth = 0;
  const current = () => (skipDepth === 0 ? open.at(-1) : undefined);

  parser.on('opentag', (tag) => {
    const name = `${tag.uri} ${tag.local}`;
    if (skipDepth > 0 || SKIPPED.has(name)) {
      if (!tag.isSelfClosing) skipDepth++;
      return;
    }
    if (PARAGRAPHS.has(name)) {
      const paragraph = { text: '', spaced: true };
      paragraphs.push(paragraph);
      if (!tag.isSelfClosing) open.push(paragraph);
      return;
    }
    const paragraph = current();
    if (paragraph && tag.uri === TEXT_NS) appendControl(paragraph, tag);
  });
  parser.on('closetag', (tag) => {
    if (skipDepth > 0) {
      if (!tag.isSelfClosing) skipDepth--;
      return;
    }
    if (PARAGRAPHS.has(`${tag.uri} ${tag.local}`) && !tag.isSelfClosing) open.pop();
  });
  const onText = (text: string) => {
    const paragraph = current();
    if (paragraph) appendCollapsed(paragraph, text);
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  try {
    parser.write(xml).close();
  } catch (error) {
    throw new AppError('TEXT.UNREADABLE', 'content.xml is not well-formed XML', { cause: error });
  }
  return paragraphs.map((p) => p.text.replace(/ +$/, '')).join('\n');
}

function appendControl(paragraph: Paragraph, tag: SaxesTagNS): void {
  if (tag.local === 's') {
    const count = Number(Object.values(tag.attributes).find((a) => a.local === 'c')?.value ?? '1');
    paragraph.text += ' '.repeat(Number.isInteger(count) && count > 0 ? Math.min(count, 1000) : 1);
  } else if (tag.local === 'tab') {
    paragraph.text += '\t';
  } else if (tag.local === 'line-break') {
    paragraph.text += '\n';
  } else {
    return;
  }
  paragraph.spaced = false;
}

function appendCollapsed(paragraph: Paragraph, text: string): void {
  for (const piece of text.split(/([ \t\r\n]+)/)) {
    if (piece === '') continue;
    if (/^[ \t\r\n]/.test(piece)) {
      if (!paragraph.spaced) paragraph.text += ' ';
      paragraph.spaced = true;
    } else {
      paragraph.text += piece;
      paragraph.spaced = false;
    }
  }
}
