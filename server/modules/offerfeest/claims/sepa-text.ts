import { electronicFormatIBAN, isValidIBAN } from 'ibantools';

/**
 * Text in a SEPA file is limited to the SEPA Latin character set (EPC guidelines, Febelfin's
 * Belgian implementation): a-z A-Z 0-9 / - ? : ( ) . , ' + and space. Letters that NFKD does not
 * split into a base letter and marks get their usual transliteration first (Turkish dotless ı,
 * German ß, Nordic and Polish letters), so "Yıldız" stays readable instead of turning into gaps.
 */
const SPECIAL: Readonly<Record<string, string>> = {
  ı: 'i',
  ß: 'ss',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  ø: 'o',
  Ø: 'O',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  þ: 'th',
  Þ: 'TH',
};
const OUTSIDE_SEPA = /[^a-zA-Z0-9/\-?:().,'+ ]/gu;
export const SEPA_NAME_MAX = 70;

/** The text in the SEPA Latin set: transliterated, marks stripped, anything else a space, spaces collapsed. */
export function toSepaText(text: string, max = 140): string {
  const mapped = [...text].map((char) => SPECIAL[char] ?? char).join('');
  return mapped
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(OUTSIDE_SEPA, ' ')
    .replace(/\s+/gu, ' ')
    .trim()
    .slice(0, max)
    .trim();
}

/** A name for Cdtr/Nm or Dbtr/Nm: SEPA Latin, at most 70 characters; null when no Latin letter is left. */
export function toSepaName(name: string): string | null {
  const text = toSepaText(name, SEPA_NAME_MAX);
  return /[a-zA-Z]/u.test(text) ? text : null;
}

/** The IBAN in electronic format (no spaces, upper case) when its country format and mod-97 check hold. */
export function normaliseIban(input: string): string | null {
  const compact = electronicFormatIBAN(input) ?? '';
  return compact && isValidIBAN(compact) ? compact : null;
}

/** Staff see only the last four characters of an account. */
export function maskIban(iban: string | null): string | null {
  return iban ? `${'*'.repeat(Math.max(0, iban.length - 4))}${iban.slice(-4)}` : null;
}
