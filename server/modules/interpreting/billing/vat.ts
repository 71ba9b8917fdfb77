/**
 * VAT on an invoice (pure). Each charge carries the rate of the tariff of its service day in its
 * snapshot (`vatPercent`, frozen on the charge when the invoice is drafted); the invoice sums the
 * net amounts per rate and rounds the VAT of each rate half up to whole cents, once per rate, as a
 * Belgian invoice shows it. The published tariffs have 0 % (exempt, art. 44 WBTW — an assumption).
 */

export type VatRate = { percent: number; baseCents: number; vatCents: number };
export type VatSummary = { netCents: number; vatCents: number; totalCents: number; rates: VatRate[] };

export const VAT_EXEMPT_NOTE_NL = 'Vrijgesteld van btw (art. 44 WBTW)';

/** The rate stored in a charge's tariff snapshot; null when the snapshot has none (older charges). */
export function vatPercentOf(snapshot: unknown): number | null {
  if (typeof snapshot !== 'object' || snapshot === null) return null;
  const value: unknown = Reflect.get(snapshot, 'vatPercent');
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 100 ? value : null;
}

/** base × percent / 100, half up, with the percent to two decimals (integer arithmetic). */
export function vatCents(baseCents: number, percent: number): number {
  const basisPoints = Math.round(percent * 100);
  return Math.floor((2 * baseCents * basisPoints + 10_000) / 20_000);
}

export function vatSummary(lines: readonly { netCents: number; vatPercent: number }[]): VatSummary {
  const bases = new Map<number, number>();
  for (const line of lines) bases.set(line.vatPercent, (bases.get(line.vatPercent) ?? 0) + line.netCents);
  const rates = [...bases]
    .sort((a, b) => a[0] - b[0])
    .map(([percent, baseCents]) => ({ percent, baseCents, vatCents: vatCents(baseCents, percent) }));
  const netCents = rates.reduce((sum, r) => sum + r.baseCents, 0);
  const vat = rates.reduce((sum, r) => sum + r.vatCents, 0);
  return { netCents, vatCents: vat, totalCents: netCents + vat, rates };
}
