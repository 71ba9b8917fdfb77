import type { InterpretingFigures } from '../../../../contracts/interpreting-figures.ts';
import type { FigureRow } from './figures.repository.ts';

type Bucket = InterpretingFigures['byLanguage'][number];

function bucketsBy(
  rows: readonly FigureRow[],
  key: (r: FigureRow) => string,
  label: (r: FigureRow) => string,
) {
  const buckets = new Map<string, Bucket>();
  for (const row of rows) {
    const k = key(row);
    const bucket = buckets.get(k) ?? { key: k, label: label(row), requests: 0, hours: 0 };
    bucket.requests += 1;
    bucket.hours += Number(row.hours);
    buckets.set(k, bucket);
  }
  return [...buckets.values()]
    .map((b) => ({ ...b, hours: round2(b.hours) }))
    .sort((a, b) => b.hours - a.hours || b.requests - a.requests || a.key.localeCompare(b.key));
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const value =
    sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  return round2(value);
}

/** Pure: the report's figures from the period's rows (one per request). */
export function computeFigures(from: string, to: string, rows: readonly FigureRow[]): InterpretingFigures {
  const byStatus: Record<string, number> = {};
  for (const row of rows) byStatus[row.status] = (byStatus[row.status] ?? 0) + 1;
  const countable = rows.filter((r) => r.status !== 'cancelled');
  const filled = countable.filter((r) => r.filled).length;
  const confirmationHours = rows.flatMap((r) =>
    r.confirmed_at
      ? [(new Date(r.confirmed_at).getTime() - new Date(r.created_at).getTime()) / 3_600_000]
      : [],
  );
  return {
    from,
    to,
    requests: rows.length,
    byStatus,
    fillRate: countable.length ? round2(filled / countable.length) : null,
    hours: round2(rows.reduce((sum, r) => sum + Number(r.hours), 0)),
    byLanguage: bucketsBy(
      rows,
      (r) => r.language,
      (r) => r.language,
    ),
    bySector: bucketsBy(
      rows,
      (r) => r.sector,
      (r) => r.sector,
    ),
    byOrganisation: bucketsBy(
      rows,
      (r) => r.organisation_id,
      (r) => r.organisation_name,
    ),
    byMode: bucketsBy(
      rows,
      (r) => r.mode,
      (r) => r.mode,
    ),
    lateCancellations: rows.filter((r) => r.cancellation_kind === 'late').length,
    freeCancellations: rows.filter((r) => r.cancellation_kind === 'free').length,
    noShows: {
      client: rows.filter((r) => r.no_show === 'client').length,
      interpreter: rows.filter((r) => r.no_show === 'interpreter').length,
    },
    medianHoursToConfirmation: median(confirmationHours),
  };
}
