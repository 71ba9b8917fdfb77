import { describe, expect, it } from 'vitest';
import { haversineKm } from '../travel.ts';
import { geocodeAddress, POSTCODE_CENTROIDS, parsePostcode } from './postcodes.ts';

describe('parsePostcode', () => {
  it('finds the postcode before the place name', () => {
    expect(parsePostcode('Kongostraat 42, 9000 Gent')).toBe('9000');
    expect(parsePostcode('Kortrijksesteenweg 1024, 9051 Sint-Denijs-Westrem')).toBe('9051');
    expect(parsePostcode('Brugsesteenweg 2000 9030 Mariakerke')).toBe('9030');
  });

  it('falls back to a lone 4-digit number, and answers null without one', () => {
    expect(parsePostcode('Campus Zuid, 9052')).toBe('9052');
    expect(parsePostcode('Kongostraat 42, Gent')).toBeNull();
    expect(parsePostcode('Kongostraat 42')).toBeNull();
    expect(parsePostcode('')).toBeNull();
  });
});

describe('geocodeAddress', () => {
  it('answers the centre of a known postcode', () => {
    expect(geocodeAddress('Kongostraat 42, 9000 Gent')).toEqual(POSTCODE_CENTROIDS['9000']);
  });

  it('answers null for an unknown or missing postcode', () => {
    expect(geocodeAddress('Rue de la Loi 16, 1000 Brussel')).toBeNull();
    expect(geocodeAddress('somewhere in Gent')).toBeNull();
  });

  it('keeps every centre within 40 km of Ghent (no typo in a coordinate)', () => {
    const ghent = POSTCODE_CENTROIDS['9000'];
    if (!ghent) throw new Error('fixture');
    for (const [postcode, point] of Object.entries(POSTCODE_CENTROIDS)) {
      expect(haversineKm(ghent, point), postcode).toBeLessThan(40);
      expect(postcode).toMatch(/^9\d{3}$/);
    }
  });
});
