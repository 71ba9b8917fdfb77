import { describe, expect, it } from 'vitest';
import type { Occupancy } from '../../../contracts/transit.ts';
import { daysOf } from './format.ts';
import { type Allocation, buildGrid, countStates, segmentsOf } from './grid.ts';

const days = daysOf('2026-12-01', '2026-12-08');

function allocation(fromDay: string, toDay: string, state: Allocation['state'] = 'reserved'): Allocation {
  return {
    id: crypto.randomUUID(),
    fromDay,
    toDay,
    state,
    reservationId: null,
    reference: 'T-1',
    partyName: 'Familie A',
    reason: null,
  };
}

function pitch(number: number, cluster: number, allocations: Allocation[]): Occupancy['pitches'][number] {
  const id = `00000000-0000-4000-8000-${String(number).padStart(12, '0')}`;
  return { id, number, cluster, meterId: `M${number}`, active: true, allocations };
}

describe('occupancy grid', () => {
  it('turns ranges [from, to) into free days and spans, the departure day free', () => {
    const segments = segmentsOf([allocation('2026-12-02', '2026-12-05')], days);
    expect(segments.map((s) => (s.kind === 'free' ? 'free' : `${s.state}×${s.days.length}`))).toEqual([
      'free',
      'reserved×3',
      'free',
      'free',
      'free',
    ]);
  });

  it('clips allocations to the window and marks that they go on', () => {
    const segments = segmentsOf(
      [allocation('2026-11-20', '2026-12-03', 'occupied'), allocation('2026-12-06', '2027-01-01', 'held')],
      days,
    );
    const first = segments[0];
    const last = segments[segments.length - 1];
    expect(first?.kind === 'taken' && [first.days.length, first.before, first.after]).toEqual([
      2,
      true,
      false,
    ]);
    expect(last?.kind === 'taken' && [last.days.length, last.before, last.after]).toEqual([2, false, true]);
  });

  it('keeps back-to-back stays on one pitch as two cells', () => {
    const segments = segmentsOf(
      [allocation('2026-12-01', '2026-12-03'), allocation('2026-12-03', '2026-12-05')],
      days,
    );
    expect(segments.filter((s) => s.kind === 'taken')).toHaveLength(2);
    expect(segments).toHaveLength(2 + 3);
  });

  it('groups pitches by cluster in number order and counts pitch-days per state', () => {
    const grid = buildGrid(
      {
        pitches: [
          pitch(7, 2, []),
          pitch(2, 1, [allocation('2026-12-01', '2026-12-03', 'out_of_service')]),
          pitch(1, 1, [allocation('2026-12-05', '2026-12-06', 'occupied')]),
        ],
      },
      days,
    );
    expect(grid.map((c) => [c.cluster, c.rows.map((r) => r.pitch.number)])).toEqual([
      [1, [1, 2]],
      [2, [7]],
    ]);
    expect(countStates(grid)).toEqual({ free: 18, held: 0, reserved: 0, occupied: 1, out_of_service: 2 });
  });
});
