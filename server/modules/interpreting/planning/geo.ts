import {
  BENCHMARK_TRAVEL_MODEL,
  haversineKm as distanceKm,
  EARTH_RADIUS_KM,
  travelMinutes as minutesBetween,
} from '../travel.ts';

/**
 * The day planner's travel rule: the module's rule (`../travel.ts`) with the benchmark's model,
 * ceil(haversine km / 30 km/h, in minutes) + 10 minutes, in the coordinate-pair form the planner's
 * inner loops use.
 */
export const TRAVEL_SPEED_KMH = BENCHMARK_TRAVEL_MODEL.speedKmh;
export const TRAVEL_OVERHEAD_MINUTES = BENCHMARK_TRAVEL_MODEL.overheadMinutes;

export const TRAVEL_RULE_TEXT =
  `travel minutes between two on-site jobs = ceil(haversine km / ${TRAVEL_SPEED_KMH} km/h * 60) + ` +
  `${TRAVEL_OVERHEAD_MINUTES}; haversine with earth radius ${EARTH_RADIUS_KM} km`;

export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  return distanceKm({ lat: lat1, lon: lon1 }, { lat: lat2, lon: lon2 });
}

export function travelMinutes(lat1: number, lon1: number, lat2: number, lon2: number): number {
  return minutesBetween({ lat: lat1, lon: lon1 }, { lat: lat2, lon: lon2 }, BENCHMARK_TRAVEL_MODEL);
}
