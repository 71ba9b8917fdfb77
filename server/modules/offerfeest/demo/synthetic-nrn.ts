/**
 * A synthetic national register number with valid check digits, for demo and test data: born on
 * `birthDay` (YYYY-MM-DD), with a daily serial (odd for men, even for women; 1–997). The check
 * is 97 − (the nine digits mod 97), with a 2 put before them for births from 2000.
 */
export function syntheticNationalRegisterNumber(birthDay: string, serial: number): string {
  const [year = '', month = '', day = ''] = birthDay.split('-');
  const base = `${year.slice(2)}${month}${day}${String(serial).padStart(3, '0')}`;
  const check = 97 - Number(BigInt(`${Number(year) >= 2000 ? '2' : ''}${base}`) % 97n);
  return `${base}${String(check).padStart(2, '0')}`;
}
