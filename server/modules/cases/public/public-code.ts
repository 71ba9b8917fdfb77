import { createHash, randomBytes } from 'node:crypto';
import type { CaseType } from '../../../../contracts/case-types.ts';

/**
 * The status code a portal applicant follows her case with: 12 random Crockford base32 symbols
 * (60 bits: guessing one among even millions of cases stays impractical behind the rate limit),
 * grouped by four behind a prefix that names the form: `OND-7K3M-9PQ2-X4ZD`. Only the SHA-256 of
 * the 12 symbols is stored, so the prefix, case, spaces and dashes do not matter when typed back.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const SYMBOLS = 12;

export const CODE_PREFIXES = {
  education_question: 'OND',
  scholarship: 'BRS',
  guidance: 'ONT',
} as const satisfies Partial<Record<CaseType, string>>;
export type PublicCaseType = keyof typeof CODE_PREFIXES;

const PREFIXES: ReadonlySet<string> = new Set(Object.values(CODE_PREFIXES));

export type PublicCode = { code: string; hash: string };

/** A new code with its hash; 32 divides 256, so each byte modulo 32 is a uniform symbol. */
export function newPublicCode(type: PublicCaseType): PublicCode {
  const symbols = Array.from(randomBytes(SYMBOLS), (byte) => ALPHABET[byte % 32]).join('');
  const groups = symbols.match(/.{4}/gu) ?? [];
  return { code: [CODE_PREFIXES[type], ...groups].join('-'), hash: hashSymbols(symbols) };
}

function hashSymbols(symbols: string): string {
  return createHash('sha256').update(symbols, 'utf8').digest('hex');
}

/**
 * The hash a typed code stands for, or null when it cannot be a code. Crockford decoding forgives
 * lower case and the look-alikes I/L (1) and O (0); U never occurs in a code.
 */
export function hashOfTypedCode(typed: string): string | null {
  let compact = typed.toUpperCase().replace(/[\s-]/gu, '');
  const prefix = compact.slice(0, 3);
  if (compact.length === SYMBOLS + 3 && PREFIXES.has(prefix)) compact = compact.slice(3);
  if (compact.length !== SYMBOLS) return null;
  const symbols = compact.replace(/[IL]/gu, '1').replace(/O/gu, '0');
  if (![...symbols].every((symbol) => ALPHABET.includes(symbol))) return null;
  return hashSymbols(symbols);
}
