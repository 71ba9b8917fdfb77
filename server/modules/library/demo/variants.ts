import type { Variant } from './types.ts';

/*
 * Fictional schools, offices and dates for the variants. School names are invented (two come from
 * the platform's demo organisations); streets and districts are Ghent's.
 */
export const SCHOOLS = [
  { school: 'Basisschool De Regenboog', phone: '09 210 41 10' },
  { school: 'Basisschool De Kleine Wereld', phone: '09 210 41 20' },
  { school: 'Basisschool Het Klaverblad', phone: '09 210 41 30' },
  { school: 'Basisschool De Zonnebloem', phone: '09 210 41 40' },
  { school: 'Basisschool De Vlieger', phone: '09 210 41 50' },
  { school: 'Basisschool Het Kompas', phone: '09 210 41 60' },
  { school: 'Basisschool De Sleutelbloem', phone: '09 210 41 70' },
  { school: 'Secundaire school Leieland (OKAN)', phone: '09 210 42 00' },
] as const;

export const CLASSES = ['1A', '1B', '2A', '3A', '3B', '4A', '5A', '6A', '2B', '4B', '5B', '6B'] as const;

/** Dates in the school year 2026–2027, written the Belgian way (day/month/year). */
export const DATES = [
  '14/12/2026',
  '19/01/2027',
  '04/02/2027',
  '16/03/2027',
  '22/04/2027',
  '11/05/2027',
  '08/06/2027',
  '23/09/2027',
  '12/10/2027',
  '18/11/2027',
  '07/12/2027',
  '25/01/2028',
] as const;

export const TIMES = ['9.00', '9.30', '10.00', '13.30', '14.00', '16.00', '17.30', '18.30'] as const;

export const DISTRICTS = [
  'Dampoort',
  'Rabot',
  'Brugse Poort',
  'Ledeberg',
  'Sint-Amandsberg',
  'Wondelgem',
  'Nieuw Gent',
  'Muide-Meulestede',
  'Oostakker',
  'Gentbrugge',
  'Drongen',
  'Sluizeken',
] as const;

/** The Sociaal Huis offices of the demo (fictional addresses). */
export const OFFICES = [
  { place: 'Sociaal Huis Dampoort (OCMW)', address: 'Dampoortstraat 44' },
  { place: 'Sociaal Huis Rabot', address: 'Rabotstraat 61' },
  { place: 'Sociaal Huis Ledeberg', address: 'Hundelgemsesteenweg 120' },
  { place: 'Sociaal Huis Nieuw Gent', address: 'Kortrijksesteenweg 900' },
  { place: 'Sociaal Huis Wondelgem', address: 'Wondelgemstraat 90' },
  { place: 'Sociaal Huis Sint-Amandsberg', address: 'Antwerpsesteenweg 75' },
  { place: 'Sociaal Huis Brugse Poort', address: 'Phoenixstraat 12' },
  { place: 'Sociaal Huis Gentbrugge', address: 'Brusselsesteenweg 230' },
  { place: 'Sociaal Huis Muide', address: 'Groenestaakstraat 18' },
  { place: 'Sociaal Huis Drongen', address: 'Drongensesteenweg 300' },
] as const;

/** The i-th item, wrapping around: variants walk through the lists at different speeds. */
export function at<T>(items: readonly T[], i: number): T {
  const item = items[i % items.length];
  if (item === undefined) throw new RangeError('empty list');
  return item;
}

/** `count` variants, each built from its index. */
export function variants(count: number, build: (i: number) => Variant): Variant[] {
  return Array.from({ length: count }, (_, i) => build(i));
}

/** School × class variants: every school gets classes in turn, so no two variants share both. */
export function schoolClassVariants(count: number, extra: (i: number) => Variant = () => ({})): Variant[] {
  return variants(count, (i) => ({
    ...at(SCHOOLS.slice(0, 7), i),
    class: at(CLASSES, i),
    date: at(DATES, i),
    time: at(TIMES, i),
    ...extra(i),
  }));
}
