import { isValidIBAN } from 'ibantools';
import { describe, expect, it } from 'vitest';
import { DEMO_DEBTOR } from './debtor-param.ts';
import { maskIban, normaliseIban, toSepaName, toSepaText } from './sepa-text.ts';

describe('SEPA text', () => {
  it('transliterates to the SEPA Latin set and replaces the rest by spaces', () => {
    expect(toSepaText('Ayşe Öztürk-Işık')).toBe('Ayse Ozturk-Isik');
    expect(toSepaText('Łukasz Weiß & Æsa')).toBe('Lukasz Weiss AEsa');
    expect(toSepaText('O’Brien "Jr"')).toBe('O Brien Jr');
    expect(toSepaText("D'Hondt (a/b) +?:.,")).toBe("D'Hondt (a/b) +?:.,");
  });

  it('names: at most 70 characters; none when no Latin letter is left (Arabic, Cyrillic)', () => {
    expect(toSepaName('x'.repeat(100))).toHaveLength(70);
    expect(toSepaName('أحمد الحسن')).toBeNull();
    expect(toSepaName('Иван Петров')).toBeNull();
    expect(toSepaName('محمد Mohamed')).toBe('Mohamed');
  });

  it('IBANs: electronic format when mod 97 holds, masked to the last four', () => {
    expect(normaliseIban(' be68 5390 0754 7034 ')).toBe('BE68539007547034');
    expect(normaliseIban('BE68 5390 0754 7035')).toBeNull();
    expect(normaliseIban('not an iban')).toBeNull();
    expect(maskIban('BE68539007547034')).toBe('************7034');
    expect(maskIban(null)).toBeNull();
  });

  it('the demo debtor account is a valid Belgian IBAN (its check digits computed, not guessed)', () => {
    expect(isValidIBAN(DEMO_DEBTOR.iban)).toBe(true);
    const bban = DEMO_DEBTOR.iban.slice(4);
    expect(Number(BigInt(bban.slice(0, 10)) % 97n)).toBe(Number(bban.slice(10)));
  });
});
