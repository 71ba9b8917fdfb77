import type { InlineCode, InlineCodeKind } from '../../../contracts/translation-memory.ts';
import { escapeText, MAX_CODES_PER_SEGMENT, openTag, placeholder } from './tmx-xml.ts';

/**
 * Builds one <seg>: text with a placeholder per inline code, and the codes with their original
 * markup. Pairing is checked here because the DTD cannot see it (omegat/invalid.tmx is DTD-valid).
 */
export type SegmentBuilder = {
  inCode(): boolean;
  /** Starts a bpt/ept/it/ph/ut/hi; returns a message when the pairing is broken. */
  openCode(name: string, attrs: Record<string, string>): string | null;
  openInner(name: string, attrs: Record<string, string>): void;
  closeInner(name: string): string | null;
  closeHi(): void;
  text(text: string): void;
  finish(): { text: string; codes: InlineCode[]; warnings: string[] };
};

const CODE_NAMES = ['bpt', 'ept', 'it', 'ph', 'ut'] as const;
type CodeName = (typeof CODE_NAMES)[number];
const isCodeName = (name: string): name is CodeName => CODE_NAMES.some((code) => code === name);
/** Literal Private Use Area characters would read as placeholders, so they are replaced (with a warning). */
const PRIVATE_USE = /[\u{E000}-\u{F8FF}]/gu;

type Pending = { kind: InlineCodeKind; attrs: Record<string, string>; xml: string; depth: number };

function describeCode(kind: InlineCodeKind, xml: string, attrs: Record<string, string>): InlineCode {
  return {
    kind,
    xml,
    ...(attrs.i === undefined ? {} : { i: attrs.i }),
    ...(attrs.x === undefined ? {} : { x: attrs.x }),
    ...(attrs.type === undefined ? {} : { type: attrs.type }),
    ...(attrs.pos === undefined ? {} : { pos: attrs.pos }),
  };
}

function pairingProblem(name: string, attrs: Record<string, string>, open: Set<string>, seen: Set<string>) {
  if (name !== 'bpt' && name !== 'ept') return null;
  const i = attrs.i;
  if (i === undefined) return `<${name}> without the required attribute i`;
  if (name === 'bpt') {
    if (seen.has(i)) return `Two <bpt> elements with i="${i}" in one segment`;
    seen.add(i);
    open.add(i);
    return null;
  }
  if (!open.has(i)) return `<ept i="${i}"> comes before any matching <bpt i="${i}">`;
  open.delete(i);
  return null;
}

export function createSegmentBuilder(): SegmentBuilder {
  let text = '';
  const codes: InlineCode[] = [];
  const warnings: string[] = [];
  const open = new Set<string>();
  const seen = new Set<string>();
  let pending: Pending | null = null;

  const push = (code: InlineCode) => {
    if (codes.length >= MAX_CODES_PER_SEGMENT) throw new RangeError('Too many inline codes in one segment');
    text += placeholder(codes.length);
    codes.push(code);
  };

  return {
    inCode: () => pending !== null,
    openCode(name, attrs) {
      const problem = pairingProblem(name, attrs, open, seen);
      if (problem) return problem;
      if (isCodeName(name)) pending = { kind: name, attrs, xml: openTag(name, attrs), depth: 1 };
      else push(describeCode('hi-open', openTag('hi', attrs), attrs));
      return null;
    },
    openInner(name, attrs) {
      if (!pending) return;
      pending.xml += openTag(name, attrs);
      pending.depth += 1;
    },
    closeInner(name) {
      if (!pending) return null;
      pending.xml += `</${name}>`;
      pending.depth -= 1;
      if (pending.depth === 0) {
        push(describeCode(pending.kind, pending.xml, pending.attrs));
        pending = null;
      }
      return null;
    },
    closeHi: () => push({ kind: 'hi-close', xml: '</hi>' }),
    text(chunk) {
      if (pending) pending.xml += escapeText(chunk);
      else {
        const cleaned = chunk.replace(PRIVATE_USE, '\uFFFD');
        if (cleaned !== chunk)
          warnings.push('Private Use Area characters in the text were replaced by U+FFFD');
        text += cleaned;
      }
    },
    finish() {
      for (const i of open) warnings.push(`<bpt i="${i}"> has no matching <ept> in its segment`);
      return { text, codes, warnings };
    },
  };
}
