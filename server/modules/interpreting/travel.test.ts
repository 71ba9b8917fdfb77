import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BENCHMARK_TRAVEL_MODEL, type GeoPoint, haversineKm, travelMinutes } from './travel.ts';

const gentStPieters: GeoPoint = { lat: 51.0357, lon: 3.7107 };
const antwerpenCentraal: GeoPoint = { lat: 51.2172, lon: 4.4211 };
const kongostraat: GeoPoint = { lat: 51.0637, lon: 3.7298 };

describe('haversineKm', () => {
  it('measures known distances', () => {
    expect(haversineKm(gentStPieters, gentStPieters)).toBe(0);
    expect(haversineKm(gentStPieters, antwerpenCentraal)).toBeCloseTo(53.7, 0);
    // One degree of latitude is about 111.2 km.
    expect(haversineKm({ lat: 0, lon: 0 }, { lat: 1, lon: 0 })).toBeCloseTo(111.19, 1);
    expect(haversineKm({ lat: 0, lon: 0 }, { lat: 0, lon: 180 })).toBeCloseTo(Math.PI * 6371.0088, 3);
  });

  it('is symmetric and never negative', () => {
    const point = fc.record({
      lat: fc.double({ min: -89, max: 89, noNaN: true }),
      lon: fc.double({ min: -180, max: 180, noNaN: true }),
    });
    fc.assert(
      fc.property(point, point, (a, b) => {
        const d = haversineKm(a, b);
        expect(d).toBeGreaterThanOrEqual(0);
        expect(Math.abs(d - haversineKm(b, a))).toBeLessThan(1e-9);
      }),
    );
  });
});

describe('travelMinutes (benchmark model: ceil(km / 30 km/h) + 10)', () => {
  it('charges the 10-minute overhead even next door', () => {
    expect(travelMinutes(kongostraat, kongostraat, BENCHMARK_TRAVEL_MODEL)).toBe(10);
  });

  it('rounds the driving part up to whole minutes', () => {
    const km = haversineKm(gentStPieters, kongostraat); // about 3.4 km → 6.8 → 7 minutes
    expect(travelMinutes(gentStPieters, kongostraat, BENCHMARK_TRAVEL_MODEL)).toBe(Math.ceil(km * 2) + 10);
    expect(travelMinutes(gentStPieters, kongostraat, BENCHMARK_TRAVEL_MODEL)).toBe(17);
    expect(travelMinutes(gentStPieters, antwerpenCentraal, BENCHMARK_TRAVEL_MODEL)).toBe(118); // 53.7 km → 107.4 → 108 + 10
  });

  it('does not add a minute for float noise at an exact boundary', () => {
    // 1/60 degree of latitude ≈ 1.853 km; pick a point exactly 1 km (2 minutes) away instead.
    const oneKmNorth: GeoPoint = { lat: (1 / 6371.0088) * (180 / Math.PI), lon: 0 };
    expect(travelMinutes({ lat: 0, lon: 0 }, oneKmNorth, BENCHMARK_TRAVEL_MODEL)).toBe(12);
  });

  it('takes the model as a parameter', () => {
    expect(travelMinutes(gentStPieters, antwerpenCentraal, { speedKmh: 60, overheadMinutes: 0 })).toBe(54);
    expect(() => travelMinutes(gentStPieters, kongostraat, { speedKmh: 0, overheadMinutes: 10 })).toThrow(
      RangeError,
    );
  });
});
