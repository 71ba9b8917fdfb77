import { describe, expect, it } from 'vitest';
import { openFirst } from './queue-order.ts';

describe('queue order', () => {
  it('puts requests without an interpreter first, then by start', () => {
    const rows = [
      { status: 'assigned', start: '2027-01-12T08:00:00Z', id: 'a' },
      { status: 'submitted', start: '2027-01-12T10:00:00Z', id: 'b' },
      { status: 'unfilled', start: '2027-01-13T08:00:00Z', id: 'c' },
      { status: 'submitted', start: '2027-01-12T09:00:00Z', id: 'd' },
      { status: 'cancelled', start: '2027-01-11T08:00:00Z', id: 'e' },
    ] as const;
    expect(openFirst(rows).map((r) => r.id)).toEqual(['c', 'd', 'b', 'a', 'e']);
  });
});
