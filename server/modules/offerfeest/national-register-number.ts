/**
 * Belgian national register numbers (rijksregisternummer, INSZ) and BIS numbers: 11 digits
 * YYMMDD SSS CC. The check number CC is 97 − (the first nine digits mod 97); for people born in
 * 2000 or later a 2 is put before the nine digits first. BIS numbers add 20 or 40 to the month
 * and use the same check. (Source: the Rijksregister's structure of the number, as applied by
 * every Belgian e-government form.) Returns the 11 digits, or null when the number is not valid.
 */
export function normaliseNationalRegisterNumber(input: string): string | null {
  const digits = input.replace(/[\s.\-/]/gu, '');
  if (!/^\d{11}$/u.test(digits)) return null;
  const base = digits.slice(0, 9);
  const check = Number(digits.slice(9));
  const expect = (prefix: string) => 97 - Number(BigInt(`${prefix}${base}`) % 97n);
  if (check !== expect('') && check !== expect('2')) return null;
  const month = Number(digits.slice(2, 4)) % 20;
  const dayOfMonth = Number(digits.slice(4, 6));
  // Month and day 00 are allowed: people whose date of birth is unknown get them.
  if (month > 12 || dayOfMonth > 31) return null;
  return digits;
}

/** A herd number (beslagnummer) of the farm of origin: BE followed by 8 digits. Returns it normalised, or null. */
export function normaliseHerdNumber(input: string): string | null {
  const compact = input.replace(/[\s.-]/gu, '').toUpperCase();
  return /^BE\d{8}$/u.test(compact) ? compact : null;
}

/** The pseudonym purpose of the national register number: a register of its own. */
export const NRN_PURPOSE = 'offerfeest-nrn';

/**
 * The one form in which the Offerfeest keeps a national register number: checked, then the keyed
 * pseudonym (`platform.pseudonymise`), which detects duplicates and nothing else. Registrations,
 * claims and the demo all go through here. Null when the number is not valid.
 */
export async function nrnPseudonym(
  pseudonymise: (purpose: string, value: string) => Promise<string>,
  input: string,
): Promise<string | null> {
  const nrn = normaliseNationalRegisterNumber(input);
  return nrn ? pseudonymise(NRN_PURPOSE, nrn) : null;
}
