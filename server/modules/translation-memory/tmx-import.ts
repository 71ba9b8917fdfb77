import { SaxesParser, type SaxesTagPlain } from 'saxes';
import type {
  TmProp,
  TranslationMemoryErrorCode,
  TranslationUnit,
  Variant,
} from '../../../contracts/translation-memory.ts';
import { createSegmentBuilder, type SegmentBuilder } from './tmx-segment.ts';
import { canonicalLang, decodeXml, tmxDateToIso } from './tmx-xml.ts';

/**
 * Lenient TMX 1.4b import: accepts what real tools write (missing header attributes, odd language-tag
 * case, UTF-16, comments, target before source) and warns; refuses a whole file when it is not
 * well-formed or pairs inline codes wrongly, so a memory never holds half a file.
 */

export type TmxHeader = {
  srcLang: string;
  adminLang?: string;
  creationTool?: string;
  creationToolVersion?: string;
  segType?: string;
  oTmf?: string;
  dataType?: string;
  props: TmProp[];
  notes: string[];
};
export type TmxIssue = { code: TranslationMemoryErrorCode; message: string; line: number; column: number };
export type TmxWarning = { message: string; line: number; column: number };
export type TmxImportResult =
  | { ok: true; header: TmxHeader; units: TranslationUnit[]; skipped: number; warnings: TmxWarning[] }
  | { ok: false; error: TmxIssue };

const REQUIRED_HEADER = [
  'creationtool',
  'creationtoolversion',
  'segtype',
  'o-tmf',
  'adminlang',
  'srclang',
  'datatype',
];
const CODE_ELEMENTS = new Set(['bpt', 'ept', 'it', 'ph', 'ut']);

class TmxAbort extends Error {
  constructor(readonly issue: TmxIssue) {
    super(issue.message);
  }
}

type Owner = { props: TmProp[]; notes: string[] };
type VariantDraft = Owner & { lang: string | null; attrs: Record<string, string>; seg: Variant | null };
type UnitDraft = Owner & {
  attrs: Record<string, string>;
  variants: VariantDraft[];
  line: number;
  column: number;
};
type State = {
  parser: SaxesParser<{ xmlns: false }>;
  root: string | null;
  header: TmxHeader;
  units: TranslationUnit[];
  warnings: TmxWarning[];
  skipped: number;
  unit: UnitDraft | null;
  variant: VariantDraft | null;
  segment: SegmentBuilder | null;
  text: { kind: 'prop' | 'note'; type: string; value: string } | null;
};

const at = (state: State) => ({ line: state.parser.line, column: state.parser.column });
const warn = (state: State, message: string) => state.warnings.push({ message, ...at(state) });
const abort = (state: State, code: TranslationMemoryErrorCode, message: string): never => {
  throw new TmxAbort({ code, message, ...at(state) });
};

function dates(attrs: Record<string, string>, state: State) {
  const out: { created?: string; changed?: string } = {};
  for (const [attr, key] of [
    ['creationdate', 'created'],
    ['changedate', 'changed'],
  ] as const) {
    const raw = attrs[attr];
    if (raw === undefined) continue;
    const iso = tmxDateToIso(raw);
    if (iso) out[key] = iso;
    else warn(state, `Ignored ${attr}="${raw}": not a TMX date (YYYYMMDDThhmmssZ)`);
  }
  return out;
}

function openHeader(state: State, attrs: Record<string, string>): void {
  const missing = REQUIRED_HEADER.filter((name) => attrs[name] === undefined);
  if (missing.length > 0) warn(state, `The header lacks required attributes: ${missing.join(', ')}`);
  const srcLang = canonicalLang(attrs.srclang ?? '*all*') ?? '*all*';
  if (attrs.srclang !== undefined && srcLang === '*all*' && attrs.srclang !== '*all*') {
    warn(state, `The header srclang "${attrs.srclang}" is not a language tag; read as *all*`);
  }
  state.header = {
    ...state.header,
    srcLang,
    ...(attrs.adminlang === undefined ? {} : { adminLang: attrs.adminlang }),
    ...(attrs.creationtool === undefined ? {} : { creationTool: attrs.creationtool }),
    ...(attrs.creationtoolversion === undefined ? {} : { creationToolVersion: attrs.creationtoolversion }),
    ...(attrs.segtype === undefined ? {} : { segType: attrs.segtype }),
    ...(attrs['o-tmf'] === undefined ? {} : { oTmf: attrs['o-tmf'] }),
    ...(attrs.datatype === undefined ? {} : { dataType: attrs.datatype }),
  };
}

function openSegmentChild(state: State, segment: SegmentBuilder, tag: SaxesTagPlain): void {
  if (segment.inCode()) {
    segment.openInner(tag.name, tag.attributes);
    return;
  }
  if (CODE_ELEMENTS.has(tag.name) || tag.name === 'hi') {
    const result = segment.openCode(tag.name, tag.attributes);
    if (result) abort(state, 'TM.TMX_INVALID_CODES', result);
    return;
  }
  warn(state, `Unknown element <${tag.name}> inside <seg>: its text is kept, its markup dropped`);
}

function onOpen(state: State, tag: SaxesTagPlain): void {
  const attrs = tag.attributes;
  if (state.root === null) {
    state.root = tag.name;
    if (tag.name !== 'tmx') abort(state, 'TM.TMX_NOT_TMX', `The root element is <${tag.name}>, not <tmx>`);
    return;
  }
  if (state.segment) {
    openSegmentChild(state, state.segment, tag);
  } else if (tag.name === 'header') {
    openHeader(state, attrs);
  } else if (tag.name === 'tu') {
    state.unit = { attrs, variants: [], props: [], notes: [], ...at(state) };
  } else if (tag.name === 'tuv' && state.unit) {
    const lang = attrs['xml:lang'] ?? attrs.lang;
    const canonical = lang === undefined ? null : canonicalLang(lang);
    if (lang !== undefined && canonical === null) warn(state, `xml:lang="${lang}" is not a language tag`);
    state.variant = { lang: canonical, attrs, seg: null, props: [], notes: [] };
  } else if (tag.name === 'seg' && state.variant) {
    state.segment = createSegmentBuilder();
  } else if (tag.name === 'prop' || tag.name === 'note') {
    state.text = { kind: tag.name, type: attrs.type ?? '', value: '' };
  }
}

function finishSegment(state: State, segment: SegmentBuilder, variant: VariantDraft): void {
  const built = segment.finish();
  for (const message of built.warnings) warn(state, message);
  const { text, codes } = built;
  variant.seg = { text, codes, props: variant.props, notes: variant.notes, ...dates(variant.attrs, state) };
}

function finishUnit(state: State, unit: UnitDraft): void {
  // A Map, then fromEntries: language keys never reach Object.prototype setters.
  const found = new Map<string, Variant>();
  for (const draft of unit.variants) {
    if (!draft.lang || !draft.seg) {
      warn(state, `A <tuv> without ${draft.lang ? '<seg>' : 'a valid xml:lang'} was skipped`);
    } else if (found.has(draft.lang)) {
      warn(state, `A second <tuv> for ${draft.lang} in one <tu> was skipped`);
    } else {
      found.set(draft.lang, draft.seg);
    }
  }
  const variants = Object.fromEntries(found);
  if (found.size === 0) {
    state.skipped += 1;
    state.warnings.push({
      message: 'A <tu> without usable variants was skipped',
      line: unit.line,
      column: unit.column,
    });
    return;
  }
  const sourceLang =
    unit.attrs.srclang === undefined
      ? state.header.srcLang
      : (canonicalLang(unit.attrs.srclang) ?? state.header.srcLang);
  if (sourceLang !== '*all*' && !found.has(sourceLang))
    warn(state, `No variant in the source language ${sourceLang}`);
  const a = unit.attrs;
  state.units.push({
    ...(a.tuid === undefined ? {} : { tuid: a.tuid }),
    sourceLang,
    variants,
    props: unit.props,
    notes: unit.notes,
    ...dates(a, state),
    ...(a.creationid === undefined ? {} : { creationId: a.creationid }),
    ...(a.changeid === undefined ? {} : { changeId: a.changeid }),
  });
}

function finishText(state: State, text: NonNullable<State['text']>): void {
  const owner: Owner = state.variant ?? state.unit ?? state.header;
  if (text.kind === 'prop') owner.props.push({ type: text.type, value: text.value });
  else owner.notes.push(text.value);
}

function onClose(state: State, tag: SaxesTagPlain): void {
  const { segment, variant, unit } = state;
  if (segment && tag.name !== 'seg') {
    if (!segment.inCode() && tag.name === 'hi') segment.closeHi();
    else if (segment.inCode()) {
      const problem = segment.closeInner(tag.name);
      if (problem) abort(state, 'TM.TMX_INVALID_CODES', problem);
    }
    return;
  }
  if (tag.name === 'seg' && segment && variant) {
    finishSegment(state, segment, variant);
    state.segment = null;
  } else if (tag.name === 'tuv' && variant && unit) {
    unit.variants.push(variant);
    state.variant = null;
  } else if (tag.name === 'tu' && unit) {
    finishUnit(state, unit);
    state.unit = null;
  } else if ((tag.name === 'prop' || tag.name === 'note') && state.text) {
    finishText(state, state.text);
    state.text = null;
  }
}

function onText(state: State, text: string): void {
  if (state.segment) state.segment.text(text);
  else if (state.text) state.text.value += text;
}

function createState(): State {
  const parser = new SaxesParser({ xmlns: false, position: true });
  const header: TmxHeader = { srcLang: '*all*', props: [], notes: [] };
  return {
    parser,
    root: null,
    header,
    units: [],
    warnings: [],
    skipped: 0,
    unit: null,
    variant: null,
    segment: null,
    text: null,
  };
}

/** Imports one TMX document (bytes in any XML encoding, or a string). All or nothing. */
export function importTmx(input: Uint8Array | string): TmxImportResult {
  const decoded = decodeXml(input);
  if (!decoded.ok) {
    return {
      ok: false,
      error: { code: 'TM.TMX_ENCODING_UNSUPPORTED', message: decoded.message, line: 1, column: 1 },
    };
  }
  const state = createState();
  const { parser } = state;
  parser.on('opentag', (tag) => onOpen(state, tag));
  parser.on('closetag', (tag) => onClose(state, tag));
  parser.on('text', (text) => onText(state, text));
  parser.on('cdata', (text) => onText(state, text));
  parser.on('error', (error) =>
    abort(state, 'TM.TMX_MALFORMED', error.message.replace(/^[^:]*:\d+:\d+: /u, '')),
  );
  try {
    parser.write(decoded.text).close();
  } catch (error) {
    if (error instanceof TmxAbort) return { ok: false, error: error.issue };
    throw error;
  }
  if (state.root === null)
    return { ok: false, error: { code: 'TM.TMX_NOT_TMX', message: 'The file is empty', line: 1, column: 1 } };
  const { header, units, skipped, warnings } = state;
  return { ok: true, header, units, skipped, warnings };
}
