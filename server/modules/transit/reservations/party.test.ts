import { describe, expect, it } from 'vitest';
import { normaliseName, phoneDigits } from './party.ts';

describe('party recognition', () => {
  it('reads the same family through accents, case, spaces and the word "familie"', () => {
    expect(normaliseName('Familie  Lefèvre ')).toBe('lefevre');
    expect(normaliseName('LEFEVRE')).toBe(normaliseName('familie lefèvre'));
    expect(normaliseName('Van  Den Berghe')).toBe('van den berghe');
  });

  it('keeps the last nine digits of a phone', () => {
    expect(phoneDigits('+32 470 12 34 56')).toBe('470123456');
    expect(phoneDigits('0470/12.34.56')).toBe('470123456');
  });
});
