import { describe, expect, it } from 'vitest';
import { brusselsDateTime } from './brussels-time.ts';
import { applySeriesChange, expandSeries, occurrencesInScope, type SeriesItem } from './series.ts';

const options = { maxOccurrences: 52 };

function weekly(count: number): SeriesItem[] {
  return expandSeries(
    brusselsDateTime('2027-03-09', '09:00'),
    60,
    { frequency: 'weekly', interval: 1, count },
    options,
  ).map((o) => ({ id: `occ-${o.index}`, index: o.index, start: o.start, end: o.end, status: 'active' }));
}

describe('expandSeries', () => {
  it('answers one occurrence without recurrence', () => {
    expect(expandSeries(brusselsDateTime('2027-01-12', '09:00'), 90, undefined, options)).toEqual([
      {
        index: 0,
        localDate: '2027-01-12',
        start: '2027-01-12T08:00:00.000Z',
        end: '2027-01-12T09:30:00.000Z',
        onClosedDay: false,
      },
    ]);
  });

  it('keeps 09:00 Brussels through the autumn change too', () => {
    const list = expandSeries(
      brusselsDateTime('2027-10-25', '09:00'),
      60,
      { frequency: 'daily', interval: 7, count: 2 },
      options,
    );
    expect(list.map((o) => o.start)).toEqual(['2027-10-25T07:00:00.000Z', '2027-11-01T08:00:00.000Z']);
    expect(list[1]?.onClosedDay).toBe(true); // All Saints
  });

  it('stops one past the maximum so the caller can refuse', () => {
    expect(
      expandSeries(
        new Date('2027-01-12T08:00:00Z'),
        60,
        { frequency: 'daily', interval: 1, count: 500 },
        options,
      ),
    ).toHaveLength(53);
  });

  it('throws on a series without end', () => {
    expect(() =>
      expandSeries(new Date('2027-01-12T08:00:00Z'), 60, { frequency: 'daily', interval: 1 }, options),
    ).toThrow(RangeError);
  });
});

describe('edit scopes', () => {
  const items = weekly(6);
  const now = new Date('2027-03-20T12:00:00Z'); // occurrences 0 and 1 lie in the past

  it('selects this one, this and following, or all (open ones only)', () => {
    const target = items[3];
    if (!target) throw new Error('fixture');
    expect(occurrencesInScope(items, target, 'this', now)).toEqual(['occ-3']);
    expect(occurrencesInScope(items, target, 'this_and_following', now)).toEqual(['occ-3', 'occ-4', 'occ-5']);
    expect(occurrencesInScope(items, target, 'all', now)).toEqual(['occ-2', 'occ-3', 'occ-4', 'occ-5']);
  });

  it('cancels this and following, leaving the rest untouched', () => {
    const result = applySeriesChange(items, 'occ-4', 'this_and_following', { kind: 'cancel' }, now);
    expect(result.ok && result.items.map((i) => i.status)).toEqual([
      'active',
      'active',
      'active',
      'active',
      'cancelled',
      'cancelled',
    ]);
    expect(result.ok && result.changedIds).toEqual(['occ-4', 'occ-5']);
  });

  it('skips cancelled occurrences for "all"', () => {
    const first = applySeriesChange(items, 'occ-3', 'this', { kind: 'cancel' }, now);
    if (!first.ok) throw new Error('fixture');
    const second = applySeriesChange(first.items, 'occ-2', 'all', { kind: 'reschedule', time: '14:00' }, now);
    expect(second.ok && second.changedIds).toEqual(['occ-2', 'occ-4', 'occ-5']);
  });

  it('reschedules to a new Brussels time on each own date, across DST', () => {
    const result = applySeriesChange(
      items,
      'occ-2',
      'all',
      { kind: 'reschedule', time: '14:00', durationMinutes: 90 },
      now,
    );
    if (!result.ok) throw new Error('expected ok');
    expect(result.items[2]).toMatchObject({
      start: '2027-03-23T13:00:00.000Z',
      end: '2027-03-23T14:30:00.000Z',
    });
    expect(result.items[3]).toMatchObject({
      start: '2027-03-30T12:00:00.000Z',
      end: '2027-03-30T13:30:00.000Z',
    });
    expect(result.items[0]).toEqual(items[0]); // the past stays as it was
  });

  it('moves one occurrence, keeping its duration', () => {
    const result = applySeriesChange(
      items,
      'occ-5',
      'this',
      { kind: 'move', start: '2027-04-14T10:00:00+02:00' },
      now,
    );
    expect(result.ok && result.items[5]).toMatchObject({
      start: '2027-04-14T08:00:00.000Z',
      end: '2027-04-14T09:00:00.000Z',
    });
  });

  it('refuses a move for more than one occurrence, an unknown id and a started occurrence', () => {
    const move = applySeriesChange(
      items,
      'occ-3',
      'all',
      { kind: 'move', start: '2027-04-14T10:00:00+02:00' },
      now,
    );
    expect(move).toMatchObject({
      ok: false,
      error: { path: 'scope', code: 'INTERPRETING.SERIES_SCOPE_INVALID' },
    });
    expect(applySeriesChange(items, 'nope', 'this', { kind: 'cancel' }, now)).toMatchObject({
      ok: false,
      error: { path: 'occurrenceId' },
    });
    expect(applySeriesChange(items, 'occ-0', 'this', { kind: 'cancel' }, now)).toMatchObject({ ok: false });
  });

  it('does not mutate its input', () => {
    const copy = structuredClone(items);
    applySeriesChange(items, 'occ-2', 'all', { kind: 'cancel' }, now);
    expect(items).toEqual(copy);
  });
});
