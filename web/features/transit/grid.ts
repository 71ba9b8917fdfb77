import type { Occupancy } from '../../../contracts/transit.ts';
import { addDays } from './format.ts';

/**
 * The occupancy grid built from the server's allocation ranges: per pitch, the window's days as
 * free days and allocation segments (clipped to the window, one table cell spanning their days),
 * pitches grouped by cluster in number order.
 */

type OccupancyPitch = Occupancy['pitches'][number];
export type Allocation = OccupancyPitch['allocations'][number];
export type CellState = Allocation['state'];

export type Segment =
  | { kind: 'free'; day: string }
  | {
      kind: 'taken';
      state: CellState;
      days: string[];
      allocation: Allocation;
      /** The allocation began before the window or goes on after it. */
      before: boolean;
      after: boolean;
    };

export type GridRow = { pitch: Omit<OccupancyPitch, 'allocations'>; segments: Segment[] };
export type GridCluster = { cluster: number; rows: GridRow[] };

/** The allocation covering `day` ([fromDay, toDay)); a pitch is never given twice, so the first. */
function coveringAt(allocations: readonly Allocation[], day: string): Allocation | undefined {
  return allocations.find((a) => a.fromDay <= day && day < a.toDay);
}

export function segmentsOf(allocations: readonly Allocation[], days: readonly string[]): Segment[] {
  const segments: Segment[] = [];
  let i = 0;
  while (i < days.length) {
    const day = days[i] as string;
    const allocation = coveringAt(allocations, day);
    if (!allocation) {
      segments.push({ kind: 'free', day });
      i += 1;
      continue;
    }
    const covered: string[] = [];
    while (i < days.length && coveringAt(allocations, days[i] as string) === allocation) {
      covered.push(days[i] as string);
      i += 1;
    }
    const last = covered[covered.length - 1] as string;
    segments.push({
      kind: 'taken',
      state: allocation.state,
      days: covered,
      allocation,
      before: allocation.fromDay < day,
      after: allocation.toDay > addDays(last, 1),
    });
  }
  return segments;
}

export function buildGrid(occupancy: Pick<Occupancy, 'pitches'>, days: readonly string[]): GridCluster[] {
  const clusters = new Map<number, GridRow[]>();
  const pitches = [...occupancy.pitches].sort((a, b) => a.cluster - b.cluster || a.number - b.number);
  for (const { allocations, ...pitch } of pitches) {
    const rows = clusters.get(pitch.cluster) ?? [];
    rows.push({ pitch, segments: segmentsOf(allocations, days) });
    clusters.set(pitch.cluster, rows);
  }
  return [...clusters.entries()].map(([cluster, rows]) => ({ cluster, rows }));
}

/** How many of a window's pitch-days are in each state (for the legend's counts). */
export function countStates(grid: readonly GridCluster[]): Record<CellState | 'free', number> {
  const counts = { free: 0, held: 0, reserved: 0, occupied: 0, out_of_service: 0 };
  for (const { rows } of grid) {
    for (const { segments } of rows) {
      for (const s of segments) {
        if (s.kind === 'free') counts.free += 1;
        else counts[s.state] += s.days.length;
      }
    }
  }
  return counts;
}
