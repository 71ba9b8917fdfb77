import { describe, expect, it } from 'vitest';
import { brusselsDay, currentEdition, formatTimeRange, groupSlots } from './format.ts';
import {
  euroToCents,
  isGhentPostcode,
  isNationalRegisterNumber,
  normaliseCode,
  normaliseHerdNumber,
  normaliseIban,
} from './rules.ts';

describe('client checks of the Offerfeest forms', () => {
  it('accepts national register numbers whose check digits fit, before and after 2000', () => {
    expect(isNationalRegisterNumber('85.07.30-033.28')).toBe(true);
    expect(isNationalRegisterNumber('85073003328')).toBe(true);
    // Born in 2001: the check is computed with a 2 before the nine digits.
    expect(isNationalRegisterNumber('01020304526')).toBe(true);
    expect(isNationalRegisterNumber('93010112361')).toBe(true);
  });

  it('refuses wrong check digits, wrong lengths and impossible months', () => {
    expect(isNationalRegisterNumber('85073003329')).toBe(false);
    expect(isNationalRegisterNumber('8507300332')).toBe(false);
    expect(isNationalRegisterNumber('01020304527')).toBe(false);
    expect(isNationalRegisterNumber('851330033xx')).toBe(false);
    expect(isNationalRegisterNumber('')).toBe(false);
  });

  it('checks an IBAN by mod 97 and gives it back compact', () => {
    expect(normaliseIban('BE68 5390 0754 7034')).toBe('BE68539007547034');
    expect(normaliseIban('nl91abna0417164300')).toBe('NL91ABNA0417164300');
    expect(normaliseIban('GB82 WEST 1234 5698 7654 32')).toBe('GB82WEST12345698765432');
    expect(normaliseIban('BE68 5390 0754 7035')).toBeNull();
    expect(normaliseIban('BE68 5390 0754 703')).toBeNull();
    expect(normaliseIban('68539007547034')).toBeNull();
  });

  it('knows a herd number, a Ghent postcode, an amount and a typed code', () => {
    expect(normaliseHerdNumber('be 1234.5678')).toBe('BE12345678');
    expect(normaliseHerdNumber('BE1234567')).toBeNull();
    expect(normaliseHerdNumber('NL12345678')).toBeNull();
    expect(isGhentPostcode('9000')).toBe(true);
    expect(isGhentPostcode('1000')).toBe(false);
    expect(euroToCents('85,50')).toBe(8550);
    expect(euroToCents('€ 120')).toBe(12000);
    expect(euroToCents('0')).toBeNull();
    expect(euroToCents('12,345')).toBeNull();
    expect(normaliseCode(' of-7k2m qx4p ')).toBe('OF-7K2MQX4P');
    expect(normaliseCode(' ')).toBeNull();
  });
});

const slot = (id: string, siteId: string, start: string) => ({
  id,
  siteId,
  siteName: siteId === 's1' ? 'Slachthuis Zele' : 'Slachtvloer Lennik',
  start,
  end: new Date(Date.parse(start) + 30 * 60_000).toISOString(),
});

describe('slots and dates of the Offerfeest', () => {
  it('groups slots by site, then by day in Brussels, in time order', () => {
    const groups = groupSlots([
      slot('c', 's1', '2027-05-17T07:00:00Z'),
      slot('a', 's2', '2027-05-16T06:00:00Z'),
      slot('b', 's1', '2027-05-16T22:30:00Z'), // 00:30 on the 17th in Brussels (summer time)
      slot('d', 's1', '2027-05-16T08:00:00Z'),
    ]);
    expect(groups.map((g) => g.siteName)).toEqual(['Slachtvloer Lennik', 'Slachthuis Zele']);
    expect(groups[1]?.days.map((d) => [d.day, d.slots.map((s) => s.id)])).toEqual([
      ['2027-05-16', ['d']],
      ['2027-05-17', ['b', 'c']],
    ]);
  });

  it('shows times in Brussels whatever the machine’s zone', () => {
    expect(brusselsDay('2027-01-31T23:30:00Z')).toBe('2027-02-01');
    expect(formatTimeRange('2027-05-16T07:00:00Z', '2027-05-16T07:30:00Z', 'nl')).toBe('09:00–09:30');
  });

  it('picks the edition whose feast is still to come, else the latest', () => {
    const editions = [
      { year: 2026, feastEnd: '2026-05-30' },
      { year: 2027, feastEnd: '2027-05-19' },
    ];
    expect(currentEdition(editions, '2026-11-27')?.year).toBe(2027);
    expect(currentEdition(editions, '2026-05-01')?.year).toBe(2026);
    expect(currentEdition(editions, '2028-01-01')?.year).toBe(2027);
    expect(currentEdition([], '2026-01-01')).toBeNull();
  });
});
