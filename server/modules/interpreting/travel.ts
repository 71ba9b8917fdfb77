/**
 * Distances and travel time between on-site jobs. The travel model is a parameter; the benchmark
 * and the day planner (`planning/geo.ts`) use BENCHMARK_TRAVEL_MODEL.
 */

export type GeoPoint = { lat: number; lon: number };

export type TravelModel = {
  /** Average door-to-door speed in a city, km/h. */
  speedKmh: number;
  /** Fixed overhead per trip: parking, finding the room, signing in at reception. */
  overheadMinutes: number;
};

/** The rule issue 4 fixes for the benchmark: ceil(km / 30 km/h, in minutes) + 10 minutes. */
export const BENCHMARK_TRAVEL_MODEL: TravelModel = { speedKmh: 30, overheadMinutes: 10 };

/** Mean earth radius (IUGG), the same figure as the day planner's. */
export const EARTH_RADIUS_KM = 6371.0088;

const toRadians = (degrees: number): number => (degrees * Math.PI) / 180;

/** Great-circle distance in km. */
export function haversineKm(a: GeoPoint, b: GeoPoint): number {
  const dLat = toRadians(b.lat - a.lat);
  const dLon = toRadians(b.lon - a.lon);
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(toRadians(a.lat)) * Math.cos(toRadians(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Minutes to budget between two on-site jobs: ceil(km / speed in minutes) + overhead. The km
 * figure is rounded to 1e-9 first so float noise cannot add a whole minute at an exact boundary.
 */
export function travelMinutes(from: GeoPoint, to: GeoPoint, model: TravelModel): number {
  if (!(model.speedKmh > 0) || model.overheadMinutes < 0)
    throw new RangeError('travel model needs speed > 0 and overhead ≥ 0');
  const km = Math.round(haversineKm(from, to) * 1e9) / 1e9;
  return Math.ceil((km / model.speedKmh) * 60) + model.overheadMinutes;
}
