import type { InlineCode } from '../../../contracts/translation-memory.ts';
import { escapeText, openTag, placeholder } from './tmx-xml.ts';
import { textContent, type XmlElement, type XmlNode } from './xliff-xml.ts';

/**
 * Reads XLIFF `<source>`/`<target>` content into memory text: one placeholder per inline code, the
 * code kept as TMX markup (the memory's one format, so the strict TMX export can write it again).
 * 1.2 `<x/>`, `<ph>` → ph; `<g>`, `<bpt>`/`<ept>` → bpt/ept; `<bx/>`, `<ex/>`, `<it>` → it.
 * 2.0 `<ph>` → ph; `<pc>`, `<sc>`/`<ec>` → bpt/ept; isolated or unpaired `<sc>`/`<ec>` → it.
 * `<mrk>` keeps its text; `<sm>`/`<em>` are dropped. The native code travels as the TMX element's
 * content (1.2 element text, 2.0 `<data>` referred to by dataRef).
 */

export type InlineText = { text: string; codes: InlineCode[] };
export type InlineOptions = {
  version: '1.2' | '2.0';
  /** xml:space="preserve" in scope; otherwise whitespace runs collapse, as XLIFF says. */
  preserve: boolean;
  /** 2.0 `<originalData>`: data id → native code. */
  data: ReadonlyMap<string, string>;
};

const PRIVATE_USE = /[\u{E000}-\u{F8FF}]/gu;

type Builder = {
  text: string;
  codes: InlineCode[];
  /** The native code of each entry of codes, unescaped. */
  natives: string[];
  /** Open paired codes: key (1.2 id/rid, 2.0 sc id) → index of the bpt in codes. */
  open: Map<string, number>;
  nextI: number;
};

type Code = { kind: 'ph' | 'bpt' | 'ept' | 'it'; native: string; extra?: { i?: string; pos?: string } };

function tmxCode({ kind, native, extra = {} }: Code): InlineCode {
  const attributes = Object.fromEntries(Object.entries(extra).filter(([, v]) => v !== undefined));
  return { kind, xml: `${openTag(kind, attributes)}${escapeText(native)}</${kind}>`, ...extra };
}

function push(b: Builder, kind: Code['kind'], native: string, extra?: Code['extra']): number {
  b.text += placeholder(b.codes.length);
  b.codes.push(tmxCode({ kind, native, ...(extra ? { extra } : {}) }));
  b.natives.push(native);
  return b.codes.length - 1;
}

function openPair(b: Builder, key: string | undefined, native: string): void {
  const i = `${b.nextI++}`;
  const index = push(b, 'bpt', native, { i });
  if (key !== undefined) b.open.set(key, index);
}

function closePair(b: Builder, key: string | undefined, native: string): void {
  const index = key === undefined ? undefined : b.open.get(key);
  const opening = index === undefined ? undefined : b.codes[index];
  if (key === undefined || opening?.i === undefined) {
    push(b, 'it', native, { pos: 'end' });
    return;
  }
  b.open.delete(key);
  push(b, 'ept', native, { i: opening.i });
}

const attr = (element: XmlElement, name: string) => element.attrs[name];
const dataOf = (options: InlineOptions, ref: string | undefined) =>
  ref === undefined ? '' : (options.data.get(ref) ?? '');

function read12(b: Builder, element: XmlElement, options: InlineOptions): boolean {
  const native = textContent(element);
  switch (element.name) {
    case 'x':
      push(b, 'ph', '');
      return true;
    case 'ph':
      push(b, 'ph', native);
      return true;
    case 'bx':
      push(b, 'it', '', { pos: 'begin' });
      return true;
    case 'ex':
      push(b, 'it', '', { pos: 'end' });
      return true;
    case 'it':
      push(b, 'it', native, { pos: attr(element, 'pos') === 'close' ? 'end' : 'begin' });
      return true;
    case 'bpt':
      openPair(b, attr(element, 'rid') ?? attr(element, 'id'), native);
      return true;
    case 'ept':
      closePair(b, attr(element, 'rid') ?? attr(element, 'id'), native);
      return true;
    case 'g': {
      const key = `g:${b.nextI}`;
      openPair(b, key, '');
      readChildren(b, element.children, options);
      closePair(b, key, '');
      return true;
    }
    default:
      return false;
  }
}

function read20(b: Builder, element: XmlElement, options: InlineOptions): boolean {
  switch (element.name) {
    case 'ph':
      push(b, 'ph', dataOf(options, attr(element, 'dataRef')));
      return true;
    case 'pc': {
      const key = `pc:${b.nextI}`;
      openPair(b, key, dataOf(options, attr(element, 'dataRefStart')));
      readChildren(b, element.children, options);
      closePair(b, key, dataOf(options, attr(element, 'dataRefEnd')));
      return true;
    }
    case 'sc':
      if (attr(element, 'isolated') === 'yes')
        push(b, 'it', dataOf(options, attr(element, 'dataRef')), { pos: 'begin' });
      else openPair(b, attr(element, 'id'), dataOf(options, attr(element, 'dataRef')));
      return true;
    case 'ec':
      closePair(b, attr(element, 'startRef'), dataOf(options, attr(element, 'dataRef')));
      return true;
    case 'cp':
      // A character XML cannot carry: the memory cannot either, so it becomes U+FFFD.
      b.text += '\uFFFD';
      return true;
    case 'sm':
    case 'em':
      return true;
    default:
      return false;
  }
}

function readChildren(b: Builder, children: readonly XmlNode[], options: InlineOptions): void {
  for (const child of children) {
    if (typeof child === 'string') b.text += child.replace(PRIVATE_USE, '\uFFFD');
    else if (!(options.version === '1.2' ? read12 : read20)(b, child, options))
      readChildren(b, child.children, options); // <mrk>, <sub>, unknown: the text stays
  }
}

/** The content of a `<source>` or `<target>` as memory text with its codes. */
export function readInline(element: XmlElement, options: InlineOptions): InlineText {
  const b: Builder = { text: '', codes: [], natives: [], open: new Map(), nextI: 1 };
  readChildren(b, element.children, options);
  // A paired code whose end lies outside this segment is an isolated one in TMX terms.
  for (const index of b.open.values()) {
    b.codes[index] = tmxCode({ kind: 'it', native: b.natives[index] ?? '', extra: { pos: 'begin' } });
  }
  const text = options.preserve ? b.text : b.text.replace(/[ \t\r\n]+/gu, ' ').trim();
  return { text, codes: b.codes };
}
