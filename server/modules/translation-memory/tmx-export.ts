import type { InlineCode, TmProp, TranslationUnit, Variant } from '../../../contracts/translation-memory.ts';
import type { TmxHeader } from './tmx-import.ts';
import {
  escapeAttribute,
  escapeText,
  hasForbiddenXmlChar,
  isoToTmxDate,
  openTag,
  placeholderIndex,
} from './tmx-xml.ts';

/**
 * Strict TMX 1.4b export: always the header attributes the DTD requires, escaped text, inline codes
 * re-emitted from their stored markup. It refuses a segment it cannot write validly rather than
 * writing a file another CAT tool would choke on.
 */

export type TmxSegType = 'block' | 'paragraph' | 'sentence' | 'phrase';
export type TmxExportOptions = {
  srcLang: string;
  adminLang?: string;
  creationTool?: string;
  creationToolVersion?: string;
  segType?: TmxSegType;
  oTmf?: string;
  dataType?: string;
  /** ISO 8601; written as the header's creationdate. */
  creationDate?: string;
  props?: readonly TmProp[];
  notes?: readonly string[];
};

export class TmxExportError extends Error {
  readonly code = 'TM.EXPORT_INVALID_SEGMENT';
  constructor(
    message: string,
    readonly tuid: string | undefined,
  ) {
    super(message);
    this.name = 'TmxExportError';
  }
}

const SEG_TYPES: readonly TmxSegType[] = ['block', 'paragraph', 'sentence', 'phrase'];

/** Export options that reproduce an imported header; a segtype the DTD does not know becomes "sentence". */
export function exportOptionsFromHeader(header: TmxHeader): TmxExportOptions {
  const { segType, ...rest } = header;
  const known = SEG_TYPES.find((value) => value === segType);
  return { ...rest, ...(known ? { segType: known } : {}) };
}

const CREATION_TOOL = 'Wegwijs';
const CREATION_TOOL_VERSION = '1.0';

const text = escapeText;

function checkChars(value: string, where: string, tuid: string | undefined): void {
  if (hasForbiddenXmlChar(value))
    throw new TmxExportError(`${where} holds a character XML 1.0 forbids`, tuid);
}

function expectedShape(code: InlineCode): boolean {
  if (code.kind === 'hi-close') return code.xml === '</hi>';
  if (code.kind === 'hi-open') return /^<hi[\s>]/u.test(code.xml) && code.xml.endsWith('>');
  return code.xml.startsWith(`<${code.kind}`) && code.xml.endsWith(`</${code.kind}>`);
}

/** The <seg> content: text escaped, each placeholder replaced by its code's markup, each code once. */
export function renderSegment(variant: Variant, tuid?: string): string {
  const used = new Set<number>();
  let hiDepth = 0;
  let out = '';
  for (const char of variant.text) {
    const index = placeholderIndex(char);
    if (index === null) {
      out += text(char);
      continue;
    }
    const code = variant.codes[index];
    if (!code || used.has(index))
      throw new TmxExportError(`Placeholder ${index} has no code or repeats`, tuid);
    if (!expectedShape(code))
      throw new TmxExportError(`Inline code ${index} is not a <${code.kind}> element`, tuid);
    hiDepth += code.kind === 'hi-open' ? 1 : code.kind === 'hi-close' ? -1 : 0;
    if (hiDepth < 0) throw new TmxExportError('A </hi> comes before its <hi>', tuid);
    used.add(index);
    out += code.xml;
  }
  if (hiDepth !== 0 || used.size !== variant.codes.length) {
    throw new TmxExportError('Inline codes are unbalanced or not all placed in the text', tuid);
  }
  checkChars(out, 'A segment', tuid);
  return out;
}

function optional(attrs: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(attrs).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
}

function metadata(props: readonly TmProp[], notes: readonly string[], indent: string, tuid?: string): string {
  const lines = [
    ...notes.map((note) => `${indent}<note>${text(note)}</note>\n`),
    ...props.map(
      (prop) => `${indent}<prop type="${escapeAttribute(prop.type)}">${text(prop.value)}</prop>\n`,
    ),
  ];
  checkChars(lines.join(''), 'A note or prop', tuid);
  return lines.join('');
}

function dateAttrs(item: { created?: string | undefined; changed?: string | undefined }) {
  return {
    creationdate: item.created === undefined ? undefined : isoToTmxDate(item.created),
    changedate: item.changed === undefined ? undefined : isoToTmxDate(item.changed),
  };
}

function renderUnit(unit: TranslationUnit): string {
  const attrs = optional({
    tuid: unit.tuid,
    srclang: unit.sourceLang,
    ...dateAttrs(unit),
    creationid: unit.creationId,
    changeid: unit.changeId,
  });
  let out = `    ${openTag('tu', attrs)}\n${metadata(unit.props, unit.notes, '      ', unit.tuid)}`;
  for (const [lang, variant] of Object.entries(unit.variants)) {
    out += `      ${openTag('tuv', optional({ 'xml:lang': lang, ...dateAttrs(variant) }))}\n`;
    out += metadata(variant.props, variant.notes, '        ', unit.tuid);
    out += `        <seg>${renderSegment(variant, unit.tuid)}</seg>\n      </tuv>\n`;
  }
  if (Object.keys(unit.variants).length === 0) throw new TmxExportError('A unit without variants', unit.tuid);
  return `${out}    </tu>\n`;
}

function renderHeader(options: TmxExportOptions): string {
  const attrs = optional({
    creationtool: options.creationTool ?? CREATION_TOOL,
    creationtoolversion: options.creationToolVersion ?? CREATION_TOOL_VERSION,
    segtype: options.segType ?? 'sentence',
    'o-tmf': options.oTmf ?? CREATION_TOOL,
    adminlang: options.adminLang ?? 'nl-BE',
    srclang: options.srcLang,
    datatype: options.dataType ?? 'plaintext',
    creationdate: options.creationDate === undefined ? undefined : isoToTmxDate(options.creationDate),
  });
  const children = metadata(options.props ?? [], options.notes ?? [], '    ');
  return `  ${openTag('header', attrs)}\n${children}  </header>\n`;
}

/**
 * Writes a complete TMX 1.4b document (UTF-8, no byte-order mark). No DOCTYPE: a SYSTEM reference
 * to "tmx14.dtd" makes readers try to fetch a file that is not beside the export.
 */
export function exportTmx(units: Iterable<TranslationUnit>, options: TmxExportOptions): string {
  let body = '';
  for (const unit of units) body += renderUnit(unit);
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<tmx version="1.4">\n' +
    renderHeader(options) +
    `  <body>\n${body}  </body>\n</tmx>\n`
  );
}
