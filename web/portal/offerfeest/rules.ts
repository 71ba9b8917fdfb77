/**
 * Checks made in the browser before sending, mirroring the server's (the server decides): the
 * national register number's check digits, the IBAN's mod-97 check and the herd number.
 */

/** 11 digits YYMMDD SSS CC; CC = 97 − (first nine digits mod 97), with a 2 before them from 2000 on. */
export function isNationalRegisterNumber(input: string): boolean {
  const digits = input.replace(/[\s.\-/]/gu, '');
  if (!/^\d{11}$/u.test(digits)) return false;
  const base = digits.slice(0, 9);
  const check = Number(digits.slice(9));
  const expect = (prefix: string) => 97 - Number(BigInt(`${prefix}${base}`) % 97n);
  if (check !== expect('') && check !== expect('2')) return false;
  // BIS numbers add 20 or 40 to the month; 00 is allowed for an unknown date of birth.
  return Number(digits.slice(2, 4)) % 20 <= 12 && Number(digits.slice(4, 6)) <= 31;
}

/** The IBAN without spaces in capitals, or null when its length, form or mod-97 check fails. */
export function normaliseIban(input: string): string | null {
  const iban = input.replace(/[\s-]/gu, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/u.test(iban)) return null;
  if (iban.startsWith('BE') && iban.length !== 16) return null;
  const moved = `${iban.slice(4)}${iban.slice(0, 4)}`;
  let rest = 0;
  for (const char of moved) {
    const value = Number.parseInt(char, 36);
    rest = (rest * (value > 9 ? 100 : 10) + value) % 97;
  }
  return rest === 1 ? iban : null;
}

/** A herd number (beslagnummer): BE followed by 8 digits. Normalised, or null. */
export function normaliseHerdNumber(input: string): string | null {
  const compact = input.replace(/[\s.-]/gu, '').toUpperCase();
  return /^BE\d{8}$/u.test(compact) ? compact : null;
}

/** A Ghent postcode (9000–9099 as the server accepts 9xxx). */
export function isGhentPostcode(input: string): boolean {
  return /^9\d{3}$/u.test(input.trim());
}

export function isEmail(input: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/u.test(input.trim());
}

export function isPhone(input: string): boolean {
  return /^\+?[0-9 ()./-]{6,30}$/u.test(input.trim());
}

/** "85,50" or "85.50" or "85" euro → cents; null when it is not an amount. */
export function euroToCents(input: string): number | null {
  const normal = input.trim().replace(/[\s€]/gu, '').replace(',', '.');
  if (!/^\d+(\.\d{1,2})?$/u.test(normal)) return null;
  const cents = Math.round(Number(normal) * 100);
  return cents > 0 ? cents : null;
}

/** A code typed by hand: capitals, no spaces; null when nothing is left. */
export function normaliseCode(input: string): string | null {
  const code = input.replace(/\s/gu, '').toUpperCase();
  return /^[A-Z0-9-]{4,64}$/u.test(code) ? code : null;
}
