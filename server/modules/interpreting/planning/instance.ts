import { travelMinutes } from './geo.ts';
import type {
  Interp,
  NormalisedInstance,
  PlanningInstance,
  Req,
  TimeInput,
  TravelFn,
  Window,
} from './types.ts';

const MINUTE_MS = 60_000;

export function toEpochMs(value: TimeInput): number {
  const ms = typeof value === 'number' ? value : Date.parse(value);
  if (!Number.isFinite(ms)) throw new RangeError(`not a time: ${String(value)}`);
  return ms;
}

/** Converts times once and indexes everything; throws on input the engines cannot reason about. */
export function normaliseInstance(
  instance: PlanningInstance,
  travel: TravelFn = travelMinutes,
): NormalisedInstance {
  const interpreters: Interp[] = instance.interpreters.map((it, index) => ({
    id: it.id,
    index,
    languages: new Set(it.languages),
    lat: it.homeLat,
    lon: it.homeLon,
    windows: it.availability.map((w) => ({ start: toEpochMs(w.start), end: toEpochMs(w.end) })),
  }));
  const requests: Req[] = instance.requests.map((r, index) => {
    const start = toEpochMs(r.start);
    const end = toEpochMs(r.end);
    if (end <= start) throw new RangeError(`request ${r.id} ends before it starts`);
    if (!Number.isInteger(r.priority) || r.priority < 1) {
      throw new RangeError(`request ${r.id}: priority must be an integer >= 1`);
    }
    return {
      id: r.id,
      index,
      language: r.language,
      start,
      end,
      lat: r.lat,
      lon: r.lon,
      priority: r.priority,
    };
  });
  assertUniqueIds(
    interpreters.map((i) => i.id),
    'interpreter',
  );
  assertUniqueIds(
    requests.map((r) => r.id),
    'request',
  );
  return { interpreters, requests, travel };
}

function assertUniqueIds(ids: readonly string[], kind: string): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) throw new RangeError(`duplicate ${kind} id ${id}`);
    seen.add(id);
  }
}

export function durationMinutes(r: Req): number {
  return (r.end - r.start) / MINUTE_MS;
}

export function windowFor(it: Interp, r: Req): Window | undefined {
  return it.windows.find((w) => w.start <= r.start && r.end <= w.end);
}

/** Language and availability: the static part of eligibility, independent of other assignments. */
export function isEligible(it: Interp, r: Req): boolean {
  return it.languages.has(r.language) && windowFor(it, r) !== undefined;
}

export function homeTravel(inst: NormalisedInstance, it: Interp, r: Req): number {
  return inst.travel(it.lat, it.lon, r.lat, r.lon);
}

/**
 * True when one interpreter cannot do both jobs: whichever starts first must end, plus the travel
 * between the two sites, no later than the other starts. Ties on start time always conflict.
 */
export function conflicts(inst: NormalisedInstance, a: Req, b: Req): boolean {
  const [first, second] = a.start <= b.start ? [a, b] : [b, a];
  const gap = inst.travel(first.lat, first.lon, second.lat, second.lon) * MINUTE_MS;
  return first.end + gap > second.start;
}

/** Eligible request indices per interpreter, sorted by start time. */
export function eligibleByInterpreter(inst: NormalisedInstance): Req[][] {
  const byLanguage = new Map<string, Req[]>();
  for (const r of inst.requests) {
    const list = byLanguage.get(r.language) ?? [];
    list.push(r);
    byLanguage.set(r.language, list);
  }
  return inst.interpreters.map((it) => {
    const out: Req[] = [];
    for (const lang of it.languages) {
      for (const r of byLanguage.get(lang) ?? []) if (windowFor(it, r)) out.push(r);
    }
    return out.sort((x, y) => x.start - y.start || x.index - y.index);
  });
}

/**
 * Smallest and largest travel time between any two request sites. The MIP builder uses them to decide which
 * pairs can conflict at all (max) and how far it may stretch jobs into overlap cliques (min). With the default
 * rule the bounds come from the sites' bounding box; a custom travel function gets the exact O(n²) scan.
 */
export function travelBounds(inst: NormalisedInstance): { min: number; max: number } {
  const rs = inst.requests;
  if (rs.length === 0) return { min: 0, max: 0 };
  if (inst.travel !== travelMinutes) return exactTravelBounds(inst);
  const lats = rs.map((r) => r.lat);
  const lons = rs.map((r) => r.lon);
  const [minLat, maxLat] = [Math.min(...lats), Math.max(...lats)];
  const [minLon, maxLon] = [Math.min(...lons), Math.max(...lons)];
  // Longitude degrees are widest nearest the equator; measure the box there so the diagonal is an upper bound.
  const wideLat = Math.abs(minLat) < Math.abs(maxLat) ? minLat : maxLat;
  const dLatKm = (maxLat - minLat) * 111.2;
  const dLonKm = (maxLon - minLon) * 111.33 * Math.cos((wideLat * Math.PI) / 180);
  const diagonal = travelMinutes(0, 0, 0, 0) + Math.ceil(Math.hypot(dLatKm, dLonKm) * 1.01 * 2) + 1;
  return { min: travelMinutes(0, 0, 0, 0), max: diagonal };
}

function exactTravelBounds(inst: NormalisedInstance): { min: number; max: number } {
  let min = Number.POSITIVE_INFINITY;
  let max = 0;
  inst.requests.forEach((a, k) => {
    for (const b of inst.requests.slice(k)) {
      for (const t of [inst.travel(a.lat, a.lon, b.lat, b.lon), inst.travel(b.lat, b.lon, a.lat, a.lon)]) {
        min = Math.min(min, t);
        max = Math.max(max, t);
      }
    }
  });
  return { min: Math.max(0, min), max };
}
