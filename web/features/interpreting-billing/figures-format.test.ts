import { describe, expect, it } from 'vitest';
import { formatHours, formatRate, sortBuckets, statusRows } from './figures-format.ts';

describe('figures formatting', () => {
  it('writes rates and hours the Belgian way', () => {
    expect(formatRate(0.873)?.replace(/\s/g, '')).toBe('87,3%');
    expect(formatRate(null)).toBeNull();
    expect(formatHours(12.26)).toBe('12,3');
    expect(formatHours(3)).toBe('3');
  });

  it('puts the busiest buckets first, ties by label', () => {
    const sorted = sortBuckets([
      { key: 'fr', label: 'Frans', requests: 2, hours: 2 },
      { key: 'ar', label: 'Arabisch', requests: 5, hours: 7.5 },
      { key: 'ps', label: 'Pasjtoe', requests: 3, hours: 2 },
      { key: 'en', label: 'Engels', requests: 3, hours: 2 },
    ]);
    expect(sorted.map((b) => b.key)).toEqual(['ar', 'en', 'ps', 'fr']);
  });

  it('lists statuses with requests, largest first', () => {
    expect(statusRows({ assigned: 4, cancelled: 0, submitted: 4, approved: 9 })).toEqual([
      { status: 'approved', count: 9 },
      { status: 'assigned', count: 4 },
      { status: 'submitted', count: 4 },
    ]);
  });
});
