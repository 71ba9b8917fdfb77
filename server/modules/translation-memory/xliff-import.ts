import type { XliffVersion } from '../../../contracts/translation-memory-xliff.ts';
import { canonicalLang } from './tmx-xml.ts';
import { type InlineText, readInline } from './xliff-inline.ts';
import { elements, parseXml, TM_ORIGIN, textContent, XLIFF20_NS, type XmlElement } from './xliff-xml.ts';

/**
 * Lenient XLIFF import: 1.2 (and the 1.0/1.1 or namespace-less files real tools still write) and 2.0,
 * told apart by the root's version attribute and namespace. A file that is not well-formed, or that
 * breaks a rule XLIFF 2.0 says a processor must reject (an unknown segment state, an `<ec>` before its
 * `<sc>`), is refused whole with line and column; anything else is read as far as it makes sense.
 */

export type XliffIssueCode = 'malformed' | 'not-xliff' | 'encoding' | 'invalid';
export type XliffIssue = { code: XliffIssueCode; message: string; line: number; column: number };
export type XliffWarning = { message: string; line: number; column: number };

/** One segment of the file (a 1.2 trans-unit, a 2.0 segment) with what the memory needs. */
export type XliffSegment = {
  unitId: string | undefined;
  sourceLang: string | null;
  targetLang: string | null;
  source: InlineText;
  target: InlineText | null;
  /** A translation the translator stands behind (see README "XLIFF import"). */
  translated: boolean;
  reviewed: boolean;
  /** The text between this segment and the next in the reassembled document. */
  after: string;
  line: number;
  column: number;
};

export type XliffImportResult =
  | { ok: true; version: XliffVersion; segments: XliffSegment[]; warnings: XliffWarning[] }
  | { ok: false; error: XliffIssue };

const NOT_STARTED_12 = new Set(['new', 'needs-translation']);
const STATES_20 = new Set(['initial', 'translated', 'reviewed', 'final']);
const REVIEWED_12 = new Set(['final', 'signed-off']);
const REVIEWED_20 = new Set(['reviewed', 'final']);

class Refusal extends Error {
  constructor(readonly issue: XliffIssue) {
    super(issue.message);
  }
}
const refuse = (element: XmlElement, message: string): never => {
  throw new Refusal({ code: 'invalid', message, line: element.line, column: element.column });
};

const lang = (value: string | undefined) => (value === undefined ? null : canonicalLang(value));
const preserveIn = (element: XmlElement, inherited: boolean) =>
  element.attrs['xml:space'] === undefined ? inherited : element.attrs['xml:space'] === 'preserve';
const blank = (inline: InlineText | null) => inline === null || inline.text.trim() === '';

/** The targets of our own matches in the unit: an unchanged one is a pre-fill nobody confirmed. */
function ourMatchTargets(container: XmlElement | undefined, read: (e: XmlElement) => string): Set<string> {
  const found = new Set<string>();
  for (const match of container ? elements(container) : []) {
    const target = elements(match, 'target')[0];
    if (match.attrs.origin === TM_ORIGIN && target) found.add(read(target));
  }
  return found;
}

type Context = { sourceLang: string | null; targetLang: string | null; preserve: boolean };

function unit12(unit: XmlElement, ctx: Context): XliffSegment | null {
  const source = elements(unit, 'source')[0];
  if (!source) return null;
  const preserve = preserveIn(unit, ctx.preserve);
  const options = { version: '1.2' as const, preserve, data: new Map<string, string>() };
  const targetElement = elements(unit, 'target')[0];
  const own = (element: XmlElement) =>
    readInline(element, { ...options, preserve: preserveIn(element, preserve) });
  const target = targetElement ? own(targetElement) : null;
  const state = targetElement?.attrs.state;
  const prefills = ourMatchTargets(
    { ...unit, children: elements(unit, 'alt-trans') },
    (t) => readInline(t, options).text,
  );
  const unconfirmed = state === 'needs-review-translation' && target !== null && prefills.has(target.text);
  const extradata = unit.attrs.extradata;
  return {
    unitId: unit.attrs.id,
    sourceLang: ctx.sourceLang,
    targetLang: lang(targetElement?.attrs['xml:lang']) ?? ctx.targetLang,
    source: own(source),
    target,
    translated:
      unit.attrs.translate !== 'no' && !blank(target) && !NOT_STARTED_12.has(state ?? '') && !unconfirmed,
    reviewed: unit.attrs.approved === 'yes' || REVIEWED_12.has(state ?? ''),
    after: extradata !== undefined && /^\s+$/u.test(extradata) ? extradata : '\n',
    line: unit.line,
    column: unit.column,
  };
}

function walk12(element: XmlElement, ctx: Context, out: XliffSegment[]): void {
  for (const child of elements(element)) {
    const inner = { ...ctx, preserve: preserveIn(child, ctx.preserve) };
    if (child.name === 'trans-unit') {
      const segment = unit12(child, inner);
      if (segment) out.push(segment);
    } else if (child.name === 'group' || child.name === 'body') walk12(child, inner, out);
  }
}

function read12(root: XmlElement): XliffSegment[] {
  const out: XliffSegment[] = [];
  for (const file of elements(root, 'file')) {
    walk12(
      file,
      {
        sourceLang: lang(file.attrs['source-language']),
        targetLang: lang(file.attrs['target-language']),
        preserve: preserveIn(file, preserveIn(root, false)),
      },
      out,
    );
  }
  return out;
}

/** XLIFF 2.0 §4.7.2: an `<ec>` must not come before its `<sc>` in the unit. */
function checkCodeOrder(unit: XmlElement): void {
  const seen = new Set<string>();
  const visit = (element: XmlElement) => {
    for (const child of elements(element)) {
      if (child.name === 'sc' && child.attrs.id) seen.add(child.attrs.id);
      const ref = child.attrs.startRef;
      if (child.name === 'ec' && child.attrs.isolated !== 'yes' && ref && !seen.has(ref))
        refuse(child, `<ec startRef="${ref}"> comes before its <sc>`);
      // Targets may reorder codes (2.0 `order`), and matches and original data are not content.
      if (!['target', 'matches', 'originalData'].includes(child.name)) visit(child);
    }
  };
  visit(unit);
}

function unit20(unit: XmlElement, ctx: Context, out: XliffSegment[]): void {
  checkCodeOrder(unit);
  const preserve = preserveIn(unit, ctx.preserve);
  const data = new Map<string, string>();
  for (const original of elements(unit, 'originalData'))
    for (const entry of elements(original, 'data'))
      if (entry.attrs.id) data.set(entry.attrs.id, textContent(entry));
  const options = { version: '2.0' as const, preserve, data };
  const prefills = ourMatchTargets(elements(unit, 'matches')[0], (t) => readInline(t, options).text);
  const parts: XliffSegment[] = [];
  for (const child of elements(unit)) {
    const sourceElement = elements(child, 'source')[0];
    if (child.name === 'ignorable') {
      const previous = parts.at(-1);
      if (previous && sourceElement) previous.after = `${previous.after}${textContent(sourceElement)}`;
      continue;
    }
    if (child.name !== 'segment' || !sourceElement) continue;
    const state = child.attrs.state;
    if (state !== undefined && !STATES_20.has(state))
      refuse(child, `state="${state}" is not an XLIFF 2.0 state`);
    const targetElement = elements(child, 'target')[0];
    const own = (element: XmlElement) =>
      readInline(element, { ...options, preserve: preserveIn(element, preserve) });
    const target = targetElement ? own(targetElement) : null;
    const unconfirmed = (state ?? 'initial') === 'initial' && target !== null && prefills.has(target.text);
    parts.push({
      unitId: unit.attrs.id,
      sourceLang: ctx.sourceLang,
      targetLang: lang(targetElement?.attrs['xml:lang']) ?? ctx.targetLang,
      source: own(sourceElement),
      target,
      translated: unit.attrs.translate !== 'no' && !blank(target) && !unconfirmed,
      reviewed: REVIEWED_20.has(state ?? ''),
      after: '',
      line: child.line,
      column: child.column,
    });
  }
  const last = parts.at(-1);
  if (last && last.after === '') last.after = '\n';
  out.push(...parts);
}

function walk20(element: XmlElement, ctx: Context, out: XliffSegment[]): void {
  for (const child of elements(element)) {
    const inner = { ...ctx, preserve: preserveIn(child, ctx.preserve) };
    if (child.name === 'unit') unit20(child, inner, out);
    else if (child.name === 'group') walk20(child, inner, out);
  }
}

function read20(root: XmlElement): XliffSegment[] {
  const out: XliffSegment[] = [];
  const ctx = { sourceLang: lang(root.attrs.srcLang), targetLang: lang(root.attrs.trgLang), preserve: false };
  for (const file of elements(root, 'file')) walk20(file, { ...ctx, preserve: preserveIn(file, false) }, out);
  return out;
}

/** Reads one XLIFF document (bytes in any XML encoding, or a string). */
export function importXliff(input: Uint8Array | string): XliffImportResult {
  const parsed = parseXml(input);
  if (!parsed.ok) {
    const code =
      parsed.reason === 'encoding' ? 'encoding' : parsed.reason === 'empty' ? 'not-xliff' : 'malformed';
    return { ok: false, error: { code, message: parsed.message, line: parsed.line, column: parsed.column } };
  }
  const { root } = parsed;
  if (root.name !== 'xliff') {
    const message = `The root element is <${root.name}>, not <xliff>`;
    return { ok: false, error: { code: 'not-xliff', message, line: root.line, column: root.column } };
  }
  const version: XliffVersion =
    root.uri === XLIFF20_NS || (root.attrs.version ?? '').startsWith('2') ? '2.0' : '1.2';
  try {
    const segments = version === '2.0' ? read20(root) : read12(root);
    const warnings = segments
      .filter((s) => s.translated && (s.sourceLang === null || s.targetLang === null))
      .map((s) => ({
        message: `Unit ${s.unitId ?? '(no id)'} names no ${s.sourceLang === null ? 'source' : 'target'} language`,
        line: s.line,
        column: s.column,
      }));
    return { ok: true, version, segments, warnings };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, error: error.issue };
    throw error;
  }
}

/** The translated document: each translated segment's target, else its source; codes left out. */
export function reassemble(segments: readonly XliffSegment[]): string {
  const plain = (inline: InlineText) => inline.text.replace(/[\u{E000}-\u{F8FF}]/gu, '');
  return segments
    .map((s) => `${plain(s.translated && s.target ? s.target : s.source)}${s.after}`)
    .join('')
    .replace(/\s+$/u, '');
}
