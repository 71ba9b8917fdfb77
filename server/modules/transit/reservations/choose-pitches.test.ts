import { describe, expect, it } from 'vitest';
import { choosePitches } from './choose-pitches.ts';

function pitches(numbers: number[]) {
  return numbers.map((number) => ({ id: `p${number}`, number, cluster: Math.ceil(number / 5) }));
}

describe('choosePitches', () => {
  it('keeps a party in one cluster when one can hold it, the lowest numbers first', () => {
    const free = pitches([1, 2, 6, 7, 8, 9, 11, 12, 13]);
    expect(choosePitches(free, 3)?.map((p) => p.number)).toEqual([6, 7, 8]);
    expect(choosePitches(free, 2)?.map((p) => p.number)).toEqual([1, 2]);
  });

  it('spreads over the fewest clusters when none holds the whole party', () => {
    const free = pitches([1, 6, 7, 8, 11, 12]);
    expect(choosePitches(free, 5)?.map((p) => p.number)).toEqual([6, 7, 8, 11, 12]);
  });

  it('answers null when too few are free', () => {
    expect(choosePitches(pitches([1, 2]), 3)).toBeNull();
    expect(choosePitches(pitches([]), 0)).toEqual([]);
  });
});
