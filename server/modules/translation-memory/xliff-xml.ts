import { SaxesParser } from 'saxes';
import { decodeXml, escapeText, placeholderIndex } from './tmx-xml.ts';

/**
 * XML plumbing of the XLIFF exchange: namespaces, a small element tree (XLIFF files are documents a
 * person translates, megabytes at most, so a tree is simpler than a state machine per version), and
 * the rendering of placeholder text as XLIFF inline elements.
 */

export const XLIFF12_NS = 'urn:oasis:names:tc:xliff:document:1.2';
export const XLIFF20_NS = 'urn:oasis:names:tc:xliff:document:2.0';
export const MATCHES_NS = 'urn:oasis:names:tc:xliff:matches:2.0';
/** Our alt-trans / mtc:match origin: on import it tells our own unconfirmed pre-fills apart. */
export const TM_ORIGIN = 'wegwijs-tm';
export const TOOL_ID = 'wegwijs';

export type XmlElement = {
  /** Local name; XLIFF 1.0/1.1/no-namespace files are read by local name like 1.2. */
  name: string;
  uri: string;
  /** Keyed by the attribute's name as written (`id`, `xml:space`, `mtc:foo`). */
  attrs: Record<string, string>;
  children: XmlNode[];
  line: number;
  column: number;
};
export type XmlNode = XmlElement | string;

export type XmlParseResult =
  | { ok: true; root: XmlElement }
  | { ok: false; reason: 'encoding' | 'malformed' | 'empty'; message: string; line: number; column: number };

class ParseAbort extends Error {}

/** Parses bytes (any XML encoding) or a string into a tree with namespaces; not well-formed → line/column. */
export function parseXml(input: Uint8Array | string): XmlParseResult {
  const decoded = decodeXml(input);
  if (!decoded.ok) return { ok: false, reason: 'encoding', message: decoded.message, line: 1, column: 1 };
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  let failure: XmlParseResult | null = null;
  parser.on('opentag', (tag) => {
    const attrs: Record<string, string> = {};
    for (const attr of Object.values(tag.attributes)) attrs[attr.name] = attr.value;
    const element: XmlElement = {
      name: tag.local,
      uri: tag.uri,
      attrs,
      children: [],
      line: parser.line,
      column: parser.column,
    };
    stack.at(-1)?.children.push(element);
    if (!root) root = element;
    stack.push(element);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  const onText = (text: string) => {
    stack.at(-1)?.children.push(text);
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('error', (error) => {
    failure = {
      ok: false,
      reason: 'malformed',
      message: error.message.replace(/^[^:]*:\d+:\d+: /u, ''),
      line: parser.line,
      column: parser.column,
    };
    throw new ParseAbort();
  });
  try {
    parser.write(decoded.text).close();
  } catch (error) {
    if (!(error instanceof ParseAbort)) throw error;
  }
  if (failure) return failure;
  if (!root) return { ok: false, reason: 'empty', message: 'The file is empty', line: 1, column: 1 };
  return { ok: true, root };
}

export const elements = (element: XmlElement, name?: string): XmlElement[] =>
  element.children.filter((c): c is XmlElement => typeof c !== 'string' && (!name || c.name === name));

export const firstElement = (element: XmlElement, name: string): XmlElement | undefined =>
  elements(element, name)[0];

/** All text inside an element, markup ignored. */
export function textContent(node: XmlNode): string {
  return typeof node === 'string' ? node : node.children.map(textContent).join('');
}

/**
 * Segment text for XLIFF: escaped, each placeholder (U+E000 + n) an empty inline element — `<x/>` in
 * 1.2, `<ph/>` in 2.0 — numbered from 1 so the target's codes pair with the source's by id.
 */
export function renderInline(text: string, version: '1.2' | '2.0'): string {
  let out = '';
  for (const char of text) {
    const index = placeholderIndex(char);
    if (index === null) out += escapeText(char);
    else out += version === '1.2' ? `<x id="${index + 1}"/>` : `<ph id="c${index + 1}"/>`;
  }
  return out;
}
