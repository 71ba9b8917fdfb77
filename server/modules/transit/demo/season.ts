import type { Random } from '../../../platform/demo/index.ts';
import { addDays } from '../reservations/days.ts';

/** Synthetic travelling families (surnames common among Belgian and French travellers; no real people). */
export const DEMO_PARTIES = [
  'Familie Lefèvre',
  'Familie Reinhardt',
  'Familie Winterstein',
  'Familie Lagrené',
  'Familie Weiss',
  'Familie Ferret',
  'Familie Hoffmann',
  'Familie Rosenberg',
  'Familie Demeter',
  'Familie Baptiste',
  'Familie Moreau',
  'Familie Schmitt',
  'Familie Dubois',
  'Familie Adel',
  'Familie Vandenberghe',
] as const;

export const FIRST_NAMES = [
  'Django',
  'Manouche',
  'Tina',
  'Jean',
  'Sonia',
  'Marco',
  'Lucia',
  'Kevin',
  'Maria',
  'Romeo',
];

/** What a demo stay should end up as. */
export type DemoOutcome =
  | 'settled'
  | 'evicted'
  | 'no_show'
  | 'on_site'
  | 'extended'
  | 'arriving'
  | 'provisional'
  | 'confirmed'
  | 'cancelled';

export type DemoStay = {
  party: number;
  arrival: string;
  departure: string;
  caravans: number;
  outcome: DemoOutcome;
};

/** Demo phones: +32 470 then six digits from the party's number, the same on every run. */
export function demoPhone(party: number): string {
  const digits = String(210_000 + party * 7_919).padStart(6, '0');
  return `+32 470 ${digits.slice(0, 2)} ${digits.slice(2, 4)} ${digits.slice(4)}`;
}

/**
 * About forty stays around `today`: a past season (8 months back) of settled stays with an eviction
 * and a no-show, three parties on the site, arrivals today and tomorrow, and future reservations.
 */
export function planSeason(today: string, random: Random): DemoStay[] {
  const stays: DemoStay[] = [];
  for (let i = 0; i < 27; i++) {
    const arrival = addDays(today, -240 + i * 8);
    const nights = random.int(4, 10);
    stays.push({
      party: i % DEMO_PARTIES.length,
      arrival,
      departure: addDays(arrival, nights),
      caravans: random.int(1, 4),
      outcome: i === 20 ? 'evicted' : 'settled',
    });
  }
  const near = (party: number, from: number, to: number, caravans: number, outcome: DemoOutcome) =>
    stays.push({ party, arrival: addDays(today, from), departure: addDays(today, to), caravans, outcome });
  near(3, -3, 4, 2, 'no_show');
  near(0, -4, 3, 3, 'on_site');
  near(5, -2, 6, 2, 'on_site');
  near(9, -1, 2, 1, 'extended');
  near(1, 0, 7, 2, 'arriving');
  near(2, 0, 5, 1, 'provisional');
  near(4, 1, 9, 3, 'confirmed');
  near(6, 1, 4, 2, 'confirmed');
  near(7, 6, 13, 2, 'provisional');
  near(8, 14, 28, 4, 'confirmed');
  near(10, 30, 41, 2, 'provisional');
  near(11, 45, 59, 3, 'confirmed');
  near(12, 20, 25, 1, 'cancelled');
  return stays;
}
