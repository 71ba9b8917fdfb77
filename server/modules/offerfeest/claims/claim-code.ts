import { createHash, randomBytes } from 'node:crypto';

/**
 * The status code a claimant follows her claim with, without an account: `OFS-` and 13 random
 * Crockford base32 symbols (65 bits). Only the SHA-256 of the symbols is stored, so the code is
 * shown once (the receipt and the mail) and a leaked table does not open the status page.
 * Typed back, case, spaces, dashes, the prefix and the look-alikes I/L/O are forgiven.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const SYMBOLS = 13;
const PREFIX = 'OFS';

function sha256(symbols: string): string {
  return createHash('sha256').update(symbols, 'utf8').digest('hex');
}

export function newClaimCode(): { code: string; hash: string } {
  // 32 divides 256: each byte modulo 32 is a uniform symbol.
  const symbols = Array.from(randomBytes(SYMBOLS), (byte) => ALPHABET[byte % 32]).join('');
  const groups = [symbols.slice(0, 4), symbols.slice(4, 8), symbols.slice(8)];
  return { code: [PREFIX, ...groups].join('-'), hash: sha256(symbols) };
}

/** The hash a typed code stands for, or null when it cannot be a claim code. */
export function hashOfClaimCode(typed: string): string | null {
  let compact = typed.toUpperCase().replace(/[\s-]/gu, '');
  if (compact.length === SYMBOLS + PREFIX.length && compact.startsWith(PREFIX)) {
    compact = compact.slice(PREFIX.length);
  }
  if (compact.length !== SYMBOLS) return null;
  const symbols = compact.replace(/[IL]/gu, '1').replace(/O/gu, '0');
  return [...symbols].every((symbol) => ALPHABET.includes(symbol)) ? sha256(symbols) : null;
}
