import { describe, expect, it } from 'vitest';
import { brandColours, contrast, parseHex } from './brand.ts';

const WHITE: [number, number, number] = [255, 255, 255];

describe('brandColours', () => {
  it('keeps a dark brand colour as it is, with white text on it', () => {
    expect(brandColours('#1d4e89')).toEqual({ brand: '#1d4e89', onBrand: '#ffffff', ink: '#1d4e89' });
  });

  it('derives a readable ink and black text for a light brand colour', () => {
    const colours = brandColours('#ffd400');
    expect(colours?.onBrand).toBe('#000000');
    const ink = parseHex(colours?.ink ?? '');
    expect(ink && contrast(ink, WHITE)).toBeGreaterThanOrEqual(4.5);
  });

  it('accepts short hex and refuses what is not a colour', () => {
    expect(brandColours('#fff')?.brand).toBe('#ffffff');
    expect(brandColours('blue')).toBeNull();
  });
});
