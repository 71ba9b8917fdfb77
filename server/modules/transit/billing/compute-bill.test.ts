import { describe, expect, it } from 'vitest';
import { AppError } from '../../../platform/http/app-error.ts';
import { type BillInput, computeBill } from './compute-bill.ts';
import { addDays, euro } from './money.ts';
import type { TransitTariff } from './tariff.ts';

const tariff = (dayFee: number, kwh: number): TransitTariff => ({
  prepaymentCents: 20_000,
  dayFeePerCaravanCents: dayFee,
  electricityCentsPerKwh: kwh,
  depositCents: 10_000,
});

/** Tariffs for every day from `from` to `to` inclusive, switching to `after` from day `switchOn`. */
function tariffs(from: string, to: string, before: TransitTariff, switchOn?: string, after?: TransitTariff) {
  const map = new Map<string, TransitTariff>();
  for (let day = from; day <= to; day = addDays(day, 1)) {
    map.set(day, switchOn && after && day >= switchOn ? after : before);
  }
  return map;
}

function input(overrides: Partial<BillInput>): BillInput {
  return {
    arrival: '2027-07-01',
    departure: '2027-07-08',
    caravans: 2,
    tariffs: tariffs('2027-07-01', '2027-07-08', tariff(720, 35)),
    meters: [],
    damages: [],
    ...overrides,
  };
}

describe('computeBill', () => {
  it('bills nights × caravans at € 7,20, metered electricity and damages', () => {
    const bill = computeBill(
      input({
        meters: [
          { pitchNumber: 4, startKwh: 10, endKwh: 10.1 },
          { pitchNumber: 3, startKwh: 1200.12, endKwh: 1234.57 },
        ],
        damages: [
          { description: 'kapotte kraan', cents: 5_000 },
          { description: 'geen schade', cents: 0 },
        ],
      }),
    );
    expect(bill.lines).toEqual([
      {
        kind: 'day_fee',
        description: '7 nachten × 2 woonwagens × € 7,20 (01/07/2027 – 08/07/2027)',
        quantity: 14,
        unitCents: 720,
        amountCents: 10_080,
      },
      {
        kind: 'electricity',
        description: 'Elektriciteit standplaats 3: 34,45 kWh × € 0,35',
        quantity: 34.45,
        unitCents: 35,
        amountCents: 1_206, // 34,45 × 0,35 = 12,0575 → € 12,06
      },
      {
        kind: 'electricity',
        description: 'Elektriciteit standplaats 4: 0,1 kWh × € 0,35',
        quantity: 0.1,
        unitCents: 35,
        amountCents: 4, // 0,035 → € 0,04
      },
      {
        kind: 'damage',
        description: 'Schade: kapotte kraan',
        quantity: 1,
        unitCents: 5_000,
        amountCents: 5_000,
      },
    ]);
    expect(euro(bill.totalCents)).toBe('€ 162,90');
  });

  it('splits the day fee where the tariff changes mid-stay and prices kWh at the departure day', () => {
    const bill = computeBill(
      input({
        arrival: '2027-12-29',
        departure: '2028-01-03',
        caravans: 3,
        tariffs: tariffs('2027-12-29', '2028-01-03', tariff(720, 35), '2028-01-01', tariff(750, 40)),
        meters: [{ pitchNumber: 12, startKwh: 100, endKwh: 150.5 }],
      }),
    );
    expect(bill.lines.map((line) => [line.description, line.amountCents])).toEqual([
      ['3 nachten × 3 woonwagens × € 7,20 (29/12/2027 – 01/01/2028)', 6_480],
      ['2 nachten × 3 woonwagens × € 7,50 (01/01/2028 – 03/01/2028)', 4_500],
      ['Elektriciteit standplaats 12: 50,5 kWh × € 0,40', 2_020],
    ]);
    expect(euro(bill.totalCents)).toBe('€ 130,00');
  });

  it('keeps a rate that comes back after a change as its own line', () => {
    const map = tariffs('2027-03-01', '2027-03-04', tariff(720, 35));
    map.set('2027-03-02', tariff(800, 35));
    const bill = computeBill(
      input({ arrival: '2027-03-01', departure: '2027-03-04', caravans: 1, tariffs: map }),
    );
    expect(bill.lines.map((line) => line.description)).toEqual([
      '1 nacht × 1 woonwagen × € 7,20 (01/03/2027 – 02/03/2027)',
      '1 nacht × 1 woonwagen × € 8,00 (02/03/2027 – 03/03/2027)',
      '1 nacht × 1 woonwagen × € 7,20 (03/03/2027 – 04/03/2027)',
    ]);
    expect(bill.totalCents).toBe(2_240);
  });

  it('rounds each electricity line once, half up (not to even)', () => {
    const meters = [
      { pitchNumber: 1, startKwh: 0, endKwh: 0.1 }, // 0,1 × 25 = 2,5 cent → 3
      { pitchNumber: 2, startKwh: 0, endKwh: 0.01 }, // 0,25 cent → 0
      { pitchNumber: 3, startKwh: 0.3, endKwh: 0.6 }, // 0,3 × 25 = 7,5 (0.6 − 0.3 ≠ 0.3 in floats) → 8
    ];
    const bill = computeBill(
      input({ tariffs: tariffs('2027-07-01', '2027-07-08', tariff(720, 25)), meters }),
    );
    expect(bill.lines.filter((line) => line.kind === 'electricity').map((line) => line.amountCents)).toEqual([
      3, 0, 8,
    ]);
  });

  it('prices electricity at the last night when the map has no departure day', () => {
    const map = tariffs('2027-07-01', '2027-07-07', tariff(720, 35));
    const bill = computeBill(input({ tariffs: map, meters: [{ pitchNumber: 1, startKwh: 0, endKwh: 10 }] }));
    expect(bill.lines.at(-1)?.amountCents).toBe(350);
  });

  it('refuses a meter that went backwards, a missing tariff and an empty stay', () => {
    const backwards = () => computeBill(input({ meters: [{ pitchNumber: 1, startKwh: 10, endKwh: 9.99 }] }));
    expect(backwards).toThrow(AppError);
    expect(backwards).toThrow(/TRANSIT.METER_READINGS/);
    const gap = tariffs('2027-07-01', '2027-07-08', tariff(720, 35));
    gap.delete('2027-07-05');
    expect(() => computeBill(input({ tariffs: gap }))).toThrow(/no tariff given for 2027-07-05/);
    expect(() => computeBill(input({ departure: '2027-07-01' }))).toThrow(RangeError);
    expect(() => computeBill(input({ caravans: 0 }))).toThrow(RangeError);
  });
});

describe('euro', () => {
  it('writes Belgian amounts', () => {
    expect(euro(720)).toBe('€ 7,20');
    expect(euro(123_456_789)).toBe('€ 1.234.567,89');
    expect(euro(-10_000)).toBe('-€ 100,00');
    expect(euro(5)).toBe('€ 0,05');
  });
});
