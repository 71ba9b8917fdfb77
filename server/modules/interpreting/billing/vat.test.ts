import { describe, expect, it } from 'vitest';
import { vatCents, vatPercentOf, vatSummary } from './vat.ts';

describe('invoice VAT', () => {
  it('rounds the VAT of each rate half up to the cent', () => {
    expect(vatCents(5600, 21)).toBe(1176);
    expect(vatCents(250, 21)).toBe(53); // 52.5 → 53
    expect(vatCents(249, 21)).toBe(52); // 52.29 → 52
    expect(vatCents(5600, 0)).toBe(0);
    expect(vatCents(1000, 5.5)).toBe(55);
  });

  it('sums the net per rate and adds the VAT once per rate', () => {
    const summary = vatSummary([
      { netCents: 125, vatPercent: 21 },
      { netCents: 125, vatPercent: 21 },
      { netCents: 3200, vatPercent: 0 },
    ]);
    // Per line the VAT would be 26 + 26 = 52; on the rate's base of 250 it is 52.5 → 53.
    expect(summary.rates).toEqual([
      { percent: 0, baseCents: 3200, vatCents: 0 },
      { percent: 21, baseCents: 250, vatCents: 53 },
    ]);
    expect(summary).toMatchObject({ netCents: 3450, vatCents: 53, totalCents: 3503 });
    expect(vatSummary([])).toEqual({ netCents: 0, vatCents: 0, totalCents: 0, rates: [] });
  });

  it('reads the rate from a charge snapshot, and nothing from an older one', () => {
    expect(vatPercentOf({ vatPercent: 21 })).toBe(21);
    expect(vatPercentOf({ basis: 'accepted_quote' })).toBeNull();
    expect(vatPercentOf({ vatPercent: 'x' })).toBeNull();
    expect(vatPercentOf(null)).toBeNull();
  });
});
