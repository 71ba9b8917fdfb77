import { randomBytes } from 'node:crypto';
import QRCode from 'qrcode';

/** 32 symbols without the look-alikes 0/O and 1/I, so a code read aloud or typed is unambiguous. */
export const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const CODE_PATTERN = /^OF-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/u;

/** `OF-XXXX-XXXX`: 40 random bits; 32 divides 256, so each byte modulo 32 is a uniform symbol. */
export function newRegistrationCode(): string {
  const symbols = Array.from(randomBytes(8), (byte) => CODE_ALPHABET[byte % 32]).join('');
  return `OF-${symbols.slice(0, 4)}-${symbols.slice(4)}`;
}

/** A typed or scanned code in its stored form (upper case, dashes where they belong), or null. */
export function normaliseCode(input: string): string | null {
  const compact = input.toUpperCase().replace(/[\s-]/gu, '');
  const symbols = compact.startsWith('OF') ? compact.slice(2) : compact;
  const code = `OF-${symbols.slice(0, 4)}-${symbols.slice(4)}`;
  return CODE_PATTERN.test(code) ? code : null;
}

/** The code as a QR code in SVG: its content is the code only, nothing personal. */
export function codeQrSvg(code: string): Promise<string> {
  return QRCode.toString(code, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}
