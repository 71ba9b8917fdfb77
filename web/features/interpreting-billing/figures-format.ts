import type { InterpretingFigures } from '../../../contracts/interpreting-figures.ts';

const percent = new Intl.NumberFormat('nl-BE', { style: 'percent', maximumFractionDigits: 1 });
const decimal = new Intl.NumberFormat('nl-BE', { maximumFractionDigits: 1 });

/** 0.873 → "87,3 %"; null (no request to fill) → null. */
export function formatRate(rate: number | null): string | null {
  return rate === null ? null : percent.format(rate);
}

/** Hours to one decimal the Belgian way: 12.26 → "12,3". */
export function formatHours(hours: number): string {
  return decimal.format(hours);
}

export type Bucket = InterpretingFigures['byLanguage'][number];

/** Busiest first (hours, then requests), then by label: the order a report reads. */
export function sortBuckets(buckets: readonly Bucket[]): Bucket[] {
  return [...buckets].sort(
    (a, b) => b.hours - a.hours || b.requests - a.requests || a.label.localeCompare(b.label, 'nl'),
  );
}

/** The status counts as rows, largest first, statuses with no request left out. */
export function statusRows(byStatus: Record<string, number>): { status: string; count: number }[] {
  return Object.entries(byStatus)
    .filter(([, count]) => count > 0)
    .map(([status, count]) => ({ status, count }))
    .sort((a, b) => b.count - a.count || a.status.localeCompare(b.status));
}
