/** XML helpers shared by TMX import and export: decoding, escaping, dates, language tags, placeholders. */

export type Decoded = { ok: true; text: string } | { ok: false; message: string };

const PLACEHOLDER_BASE = 0xe000;
const PLACEHOLDER_LAST = 0xf8ff;

/** The placeholder that stands for inline code number `index` inside segment text. */
export function placeholder(index: number): string {
  return String.fromCodePoint(PLACEHOLDER_BASE + index);
}

/** Index of the inline code a character stands for, or null for ordinary text. */
export function placeholderIndex(char: string): number | null {
  const code = char.codePointAt(0) ?? 0;
  return code >= PLACEHOLDER_BASE && code <= PLACEHOLDER_LAST ? code - PLACEHOLDER_BASE : null;
}

export const MAX_CODES_PER_SEGMENT = PLACEHOLDER_LAST - PLACEHOLDER_BASE + 1;

function declaredEncoding(bytes: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  return /^<\?xml[^>]*encoding\s*=\s*["']([^"']+)["']/u.exec(head)?.[1]?.toLowerCase() ?? 'utf-8';
}

/** Picks the encoding as XML 1.0 appendix F does: byte-order mark, then the first bytes, then the declaration. */
function detectEncoding(bytes: Uint8Array): string {
  const [b0, b1, b2] = [bytes[0], bytes[1], bytes[2]];
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return 'utf-8';
  if (b0 === 0xff && b1 === 0xfe) return 'utf-16le';
  if (b0 === 0xfe && b1 === 0xff) return 'utf-16be';
  if (b0 === 0x3c && b1 === 0x00) return 'utf-16le';
  if (b0 === 0x00 && b1 === 0x3c) return 'utf-16be';
  const declared = declaredEncoding(bytes);
  return declared === 'utf-16' ? 'utf-16le' : declared;
}

export function decodeXml(input: Uint8Array | string): Decoded {
  if (typeof input === 'string') return { ok: true, text: input.replace(/^\uFEFF/u, '') };
  const encoding = detectEncoding(input);
  try {
    return { ok: true, text: new TextDecoder(encoding, { fatal: true }).decode(input) };
  } catch (error) {
    const reason = error instanceof RangeError ? 'is not supported' : 'does not match the bytes';
    return { ok: false, message: `Encoding "${encoding}" ${reason}` };
  }
}

/** Whether a string holds a character XML 1.0 forbids even as a reference (controls, U+FFFE/F, lone surrogates). */
export function hasForbiddenXmlChar(value: string): boolean {
  for (const char of value) {
    const code = char.codePointAt(0) ?? 0;
    const control = code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d;
    if (control || code === 0xfffe || code === 0xffff || (code >= 0xd800 && code <= 0xdfff)) return true;
  }
  return false;
}

/** Element text; a carriage return becomes a reference because XML parsers normalise a literal one away. */
export function escapeText(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/\r/gu, '&#xD;');
}

/** Attribute values also escape quotes and whitespace, which attribute normalisation would otherwise eat. */
export function escapeAttribute(value: string): string {
  return escapeText(value).replace(/"/gu, '&quot;').replace(/\t/gu, '&#x9;').replace(/\n/gu, '&#xA;');
}

export function openTag(name: string, attributes: Record<string, string>): string {
  const rendered = Object.entries(attributes)
    .map(([key, value]) => ` ${key}="${escapeAttribute(value)}"`)
    .join('');
  return `<${name}${rendered}>`;
}

const TMX_DATE = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/u;

/** TMX dates are ISO 8601 basic format in UTC (YYYYMMDDThhmmssZ); returns the extended form or null. */
export function tmxDateToIso(value: string): string | null {
  const match = TMX_DATE.exec(value.trim());
  if (!match) return null;
  const [, y, mo, d, h, mi, s] = match;
  const iso = `${y}-${mo}-${d}T${h}:${mi}:${s}Z`;
  return Number.isNaN(Date.parse(iso)) ? null : iso;
}

export function isoToTmxDate(iso: string): string {
  const date = new Date(iso);
  return date
    .toISOString()
    .replace(/\.\d{3}Z$/u, 'Z')
    .replace(/[-:]/gu, '');
}

/**
 * Canonical BCP 47 case (en-US, sr-Latn-RS); TMX files in the wild write eN-uS, DE-DE and EN_US.
 * Null for a tag that is not BCP 47, which the importer reports instead of storing.
 */
export function canonicalLang(tag: string): string | null {
  const trimmed = tag.trim().replace(/_/gu, '-');
  if (trimmed.toLowerCase() === '*all*') return '*all*';
  try {
    return Intl.getCanonicalLocales(trimmed)[0] ?? null;
  } catch {
    return null;
  }
}
