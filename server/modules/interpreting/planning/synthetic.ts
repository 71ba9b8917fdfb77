import type { AvailabilityWindow, PlanningInstance, PlanningInterpreter, PlanningRequest } from './types.ts';

/**
 * Deterministic synthetic day for the dispatch bench and tests: on-site requests around Ghent, interpreters
 * with homes in the wider region. Synthetic only — no real people, addresses or schedules.
 */

export type SyntheticOptions = {
  requests: number;
  interpreters?: number;
  seed?: number;
  /** Local midnight of the planned day as an ISO string with offset. */
  day?: string;
};

/** 25 languages ordered by demand; the weights follow a Zipf-like curve, as real demand does. */
export const SYNTHETIC_LANGUAGES = [
  'ar',
  'tr',
  'prs',
  'ps',
  'ru',
  'uk',
  'ti',
  'so',
  'fr',
  'bg',
  'ro',
  'pl',
  'sk',
  'es',
  'fa',
  'ku',
  'am',
  'ur',
  'sq',
  'en',
  'ar-MA',
  'hy',
  'ka',
  'zh',
  'vi',
] as const;

const GHENT = { lat: 51.0543, lon: 3.7174 };
const MINUTE = 60_000;

/** mulberry32: tiny, fast, and identical on every platform, so instances are reproducible from a seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticDay(options: SyntheticOptions): PlanningInstance {
  const rnd = seededRandom(options.seed ?? 20270112);
  const dayStart = Date.parse(options.day ?? '2027-01-12T00:00:00+01:00');
  const pickLanguage = weightedPicker(
    rnd,
    SYNTHETIC_LANGUAGES.map((_, k) => 1 / (k + 1)),
  );
  const interpreterCount = options.interpreters ?? Math.max(2, Math.round(options.requests / 5));
  const requests = Array.from({ length: options.requests }, (_, k) =>
    syntheticRequest(k, rnd, dayStart, pickLanguage),
  );
  const interpreters = Array.from({ length: interpreterCount }, (_, k) =>
    syntheticInterpreter(k, rnd, dayStart, pickLanguage),
  );
  return { interpreters, requests };
}

function syntheticRequest(
  k: number,
  rnd: () => number,
  dayStart: number,
  pickLanguage: () => number,
): PlanningRequest {
  const slot = Math.floor(rnd() * 36); // quarter hours from 08:00 to 16:45
  const duration = [30, 60, 60, 90, 120][Math.floor(rnd() * 5)] ?? 60;
  const start = dayStart + 8 * 60 * MINUTE + slot * 15 * MINUTE;
  const roll = rnd();
  return {
    id: `R${String(k + 1).padStart(5, '0')}`,
    language: SYNTHETIC_LANGUAGES[pickLanguage()] ?? 'ar',
    start: new Date(start).toISOString(),
    end: new Date(start + duration * MINUTE).toISOString(),
    lat: round6(GHENT.lat + (rnd() - 0.5) * 0.14),
    lon: round6(GHENT.lon + (rnd() - 0.5) * 0.22),
    priority: roll < 0.1 ? 3 : roll < 0.3 ? 2 : 1,
  };
}

function syntheticInterpreter(
  k: number,
  rnd: () => number,
  dayStart: number,
  pickLanguage: () => number,
): PlanningInterpreter {
  const languages = new Set<string>();
  const wanted = 1 + Math.floor(rnd() * 3);
  while (languages.size < wanted) languages.add(SYNTHETIC_LANGUAGES[pickLanguage()] ?? 'ar');
  return {
    id: `T${String(k + 1).padStart(4, '0')}`,
    languages: [...languages],
    homeLat: round6(GHENT.lat + (rnd() - 0.5) * 0.3),
    homeLon: round6(GHENT.lon + (rnd() - 0.5) * 0.5),
    availability: syntheticWindows(rnd, dayStart),
  };
}

/** Full days, mornings, afternoons and split days, in hours local time. */
function syntheticWindows(rnd: () => number, dayStart: number): AvailabilityWindow[] {
  const shapes: [number, number][][] = [
    [[8, 18]],
    [[8, 18]],
    [[8, 12.5]],
    [[12.5, 18]],
    [
      [8, 11],
      [13, 17],
    ],
  ];
  const shape = shapes[Math.floor(rnd() * shapes.length)] ?? [[8, 18]];
  return shape.map(([from, to]) => ({
    start: new Date(dayStart + from * 60 * MINUTE).toISOString(),
    end: new Date(dayStart + to * 60 * MINUTE).toISOString(),
  }));
}

function weightedPicker(rnd: () => number, weights: readonly number[]): () => number {
  const total = weights.reduce((s, w) => s + w, 0);
  return () => {
    let roll = rnd() * total;
    for (let k = 0; k < weights.length; k++) {
      roll -= weights[k] ?? 0;
      if (roll < 0) return k;
    }
    return weights.length - 1;
  };
}

const round6 = (value: number): number => Math.round(value * 1e6) / 1e6;
