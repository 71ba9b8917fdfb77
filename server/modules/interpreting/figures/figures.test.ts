import { describe, expect, it } from 'vitest';
import type { FigureRow } from './figures.repository.ts';
import { computeFigures, median } from './figures.ts';

function row(overrides: Partial<FigureRow>): FigureRow {
  return {
    id: 'r',
    status: 'assigned',
    language: 'ar',
    sector: 'education',
    mode: 'on_site',
    organisation_id: 'o1',
    organisation_name: 'School',
    cancellation_kind: null,
    created_at: '2027-01-01T08:00:00Z',
    confirmed_at: null,
    no_show: null,
    hours: 0,
    filled: false,
    ...overrides,
  };
}

describe('interpreting figures', () => {
  it('takes the median of odd and even lists, null for none', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(median([])).toBeNull();
  });

  it('counts fill rate over requests that were not cancelled, and hours per language', () => {
    const figures = computeFigures('2027-01-01', '2027-01-31', [
      row({ id: 'a', filled: true, hours: 1.5, confirmed_at: '2027-01-01T10:00:00Z' }),
      row({ id: 'b', filled: true, hours: '2', language: 'tr', confirmed_at: '2027-01-02T08:00:00Z' }),
      row({ id: 'c', status: 'unfilled' }),
      row({ id: 'd', status: 'cancelled', cancellation_kind: 'late' }),
      row({ id: 'e', status: 'cancelled', cancellation_kind: 'free' }),
      row({ id: 'f', status: 'approved', filled: true, hours: 1, no_show: 'client' }),
    ]);
    expect(figures.requests).toBe(6);
    expect(figures.fillRate).toBe(0.75);
    expect(figures.hours).toBe(4.5);
    expect(figures.byLanguage).toEqual([
      { key: 'ar', label: 'ar', requests: 5, hours: 2.5 },
      { key: 'tr', label: 'tr', requests: 1, hours: 2 },
    ]);
    expect(figures.lateCancellations).toBe(1);
    expect(figures.freeCancellations).toBe(1);
    expect(figures.noShows).toEqual({ client: 1, interpreter: 0 });
    expect(figures.medianHoursToConfirmation).toBe(13);
    expect(figures.byStatus).toEqual({ assigned: 2, unfilled: 1, cancelled: 2, approved: 1 });
  });

  it('has no fill rate when every request was cancelled', () => {
    expect(computeFigures('a', 'b', [row({ status: 'cancelled' })]).fillRate).toBeNull();
  });
});
