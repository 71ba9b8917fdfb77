import type { Gender, InterpretingMode, Specialism } from '../../../../contracts/interpreting.ts';
import type { Random } from '../../../platform/demo/index.ts';
import type { WeeklyWindowRow } from '../interpreting.tables.ts';

/*
 * Synthetic interpreters: invented names in the languages Ghent's services ask for most, with the
 * variants a dispatcher has to tell apart (Maghreb Arabic is not Levantine; Dari is not Farsi).
 */

export type DemoLanguage = { language: string; variant: string };

/** Language (ISO 639), variant ('' for none), and invented names: "Given Family/f|m". */
const NAMES: readonly [string, string, readonly string[]][] = [
  ['ar', 'maghreb', ['Youssef El Amrani/m', 'Khadija Benali/f', 'Nadia Ouazzani/f']],
  ['ar', 'msa', ['Samir Haddad/m', 'Leila Mansour/f']],
  ['ar', 'levantine', ['Rami Khoury/m', 'Hiba Nassar/f']],
  ['prs', '', ['Ahmad Rahimi/m', 'Zahra Karimi/f', 'Farid Noori/m']],
  ['fa', '', ['Shirin Tehrani/f', 'Kaveh Ahmadi/m']],
  ['ps', '', ['Gul Khan Shinwari/m', 'Malalai Durrani/f']],
  ['ti', '', ['Selam Tesfaye/f', 'Yonas Gebremedhin/m', 'Helen Berhane/f']],
  ['so', '', ['Abdi Warsame/m', 'Hodan Farah/f']],
  ['tr', '', ['Ayşe Yılmaz/f', 'Mehmet Demir/m', 'Elif Kaya/f', 'Burak Şahin/m']],
  ['bg', '', ['Ivana Petrova/f', 'Georgi Dimitrov/m', 'Sevgi Ahmedova/f']],
  ['ro', '', ['Andreea Popescu/f', 'Mihai Ionescu/m', 'Ioana Stan/f']],
  ['ru', '', ['Olga Smirnova/f', 'Dmitri Volkov/m']],
  ['uk', '', ['Oksana Kovalenko/f', 'Taras Bondarenko/m', 'Iryna Shevchuk/f']],
  ['tzm', '', ['Mohand Ait Ali/m', 'Tafsut Amrouche/f']],
  ['kmr', '', ['Rojda Aydin/f', 'Baran Kaplan/m']],
  ['ckb', '', ['Shilan Rashid/f', 'Karwan Aziz/m']],
  ['sq', '', ['Arta Krasniqi/f', 'Besnik Hoxha/m']],
  ['pl', '', ['Agnieszka Nowak/f', 'Piotr Wiśniewski/m']],
  ['sk', '', ['Zuzana Horváthová/f', 'Marek Baláž/m', 'Lucia Kováčová/f']],
  ['es', '', ['Lucía Fernández/f', 'Diego Morales/m']],
  ['pt', '', ['Ana Ferreira/f', 'João Carvalho/m']],
  ['fr', '', ['Claire Dubois/f', 'Moussa Diallo/m']],
  ['en', '', ['Grace Owusu/f', 'Daniel Mensah/m']],
  ['ur', '', ['Imran Qureshi/m', 'Sana Malik/f']],
  ['bn', '', ['Rahim Chowdhury/m', 'Nusrat Akter/f']],
  ['am', '', ['Meron Alemu/f', 'Dawit Tadesse/m']],
  ['mn', '', ['Bat-Erdene Ganbold/m', 'Oyunaa Dorj/f']],
  ['hy', '', ['Anahit Sargsyan/f', 'Armen Petrosyan/m']],
  ['ka', '', ['Nino Beridze/f', 'Giorgi Kapanadze/m']],
  ['zh', 'mandarin', ['Li Wei/f', 'Zhang Hao/m']],
];

/** A second language such interpreters plausibly also work in. */
const COMPANION: Readonly<Record<string, DemoLanguage>> = {
  ar: { language: 'fr', variant: '' },
  prs: { language: 'fa', variant: '' },
  fa: { language: 'prs', variant: '' },
  ps: { language: 'prs', variant: '' },
  ti: { language: 'am', variant: '' },
  am: { language: 'ti', variant: '' },
  so: { language: 'en', variant: '' },
  tr: { language: 'kmr', variant: '' },
  bg: { language: 'tr', variant: '' },
  ru: { language: 'uk', variant: '' },
  uk: { language: 'ru', variant: '' },
  tzm: { language: 'ar', variant: 'maghreb' },
  kmr: { language: 'tr', variant: '' },
  ckb: { language: 'ar', variant: 'msa' },
  es: { language: 'pt', variant: '' },
  pt: { language: 'es', variant: '' },
  mn: { language: 'ru', variant: '' },
  hy: { language: 'ru', variant: '' },
  ka: { language: 'ru', variant: '' },
  ur: { language: 'en', variant: '' },
  bn: { language: 'en', variant: '' },
};

/** Home postcodes in and around Ghent with a rough centre; a few interpreters live further out. */
const HOMES: readonly [string, number, number][] = [
  ['9000', 51.054, 3.722],
  ['9000', 51.043, 3.716],
  ['9000', 51.062, 3.712],
  ['9030', 51.079, 3.66],
  ['9031', 51.069, 3.635],
  ['9032', 51.09, 3.708],
  ['9040', 51.066, 3.755],
  ['9041', 51.07, 3.78],
  ['9042', 51.115, 3.77],
  ['9050', 51.03, 3.75],
  ['9051', 51.022, 3.684],
  ['9052', 51.01, 3.71],
  ['9070', 51.038, 3.82],
  ['9800', 50.986, 3.527],
  ['9900', 51.185, 3.56],
  ['9160', 51.106, 3.988],
];

const WEEKDAYS = [1, 2, 3, 4, 5];
const AVAILABILITY: readonly WeeklyWindowRow[][] = [
  WEEKDAYS.map((weekday) => ({ weekday, from: '08:00', to: '18:00' })),
  WEEKDAYS.map((weekday) => ({ weekday, from: '08:00', to: '18:00' })),
  WEEKDAYS.map((weekday) => ({ weekday, from: '08:30', to: '17:30' })),
  WEEKDAYS.map((weekday) => ({ weekday, from: '08:00', to: '12:30' })),
  [1, 3, 5].map((weekday) => ({ weekday, from: '08:00', to: '18:00' })),
  [
    ...WEEKDAYS.map((weekday) => ({ weekday, from: '12:30', to: '19:00' })),
    { weekday: 6, from: '09:00', to: '13:00' },
  ],
];

const MODE_SETS: readonly InterpretingMode[][] = [
  ['on_site', 'phone', 'video'],
  ['on_site', 'phone', 'video'],
  ['on_site', 'phone', 'video'],
  ['on_site', 'phone'],
  ['phone', 'video'],
  ['on_site'],
];

const SPECIALISM_SETS: readonly Specialism[][] = [
  ['medical', 'school'],
  ['medical', 'mental_health'],
  ['school', 'youth_care', 'medical'],
  ['legal', 'asylum', 'medical'],
  ['medical', 'school', 'legal'],
  ['medical'],
  ['mental_health', 'youth_care', 'school'],
  ['school', 'legal'],
];

export type DemoInterpreter = {
  key: string;
  code: string;
  givenName: string;
  familyName: string;
  gender: Gender | null;
  languages: DemoLanguage[];
  modes: InterpretingMode[];
  specialisms: Specialism[];
  homePostcode: string;
  homeLat: number;
  homeLon: number;
  maxTravelKm: number | null;
  weeklyAvailability: WeeklyWindowRow[];
  /** Days from the seed day until the certificate runs out (a few soon). */
  certificationDays: number;
  kind: 'freelance' | 'volunteer';
  translates: boolean;
};

function splitName(entry: string): { givenName: string; familyName: string; gender: Gender } {
  const [name = '', sex = 'f'] = entry.split('/');
  const space = name.indexOf(' ');
  return {
    givenName: name.slice(0, space),
    familyName: name.slice(space + 1),
    gender: sex === 'm' ? 'male' : 'female',
  };
}

/**
 * The demo register: one interpreter per name above, so every language has at least two. The
 * first one (Arabic, Maghreb) is the demo interpreter account's profile: full week, every mode.
 */
export function demoInterpreters(random: Random): DemoInterpreter[] {
  const entries = NAMES.flatMap(([language, variant, names]) =>
    names.map((entry) => ({ language, variant, ...splitName(entry) })),
  );
  return entries.map((entry, index) => {
    const first = index === 0;
    const companion = COMPANION[entry.language];
    const languages: DemoLanguage[] = [{ language: entry.language, variant: entry.variant }];
    if (companion && (first || random.chance(0.45))) languages.push(companion);
    if (!first && random.chance(0.15) && entry.language !== 'fr')
      languages.push({ language: 'fr', variant: '' });
    const [postcode, lat, lon] = random.pick(HOMES);
    return {
      key: `interpreter:${index}`,
      code: `T-${String(9001 + index)}`,
      givenName: entry.givenName,
      familyName: entry.familyName,
      gender: first || random.chance(0.6) ? entry.gender : null,
      languages: dedupe(languages),
      modes: first ? ['on_site', 'phone', 'video'] : [...random.pick(MODE_SETS)],
      specialisms: first ? ['medical', 'school'] : [...random.pick(SPECIALISM_SETS)],
      homePostcode: postcode,
      homeLat: round(lat + (random.next() - 0.5) * 0.02),
      homeLon: round(lon + (random.next() - 0.5) * 0.03),
      maxTravelKm: random.chance(0.3) ? random.pick([20, 30, 40]) : null,
      weeklyAvailability: first ? [...(AVAILABILITY[0] ?? [])] : [...random.pick(AVAILABILITY)],
      certificationDays: index % 13 === 5 ? random.int(5, 40) : random.int(120, 1100),
      kind: random.chance(0.2) ? 'volunteer' : 'freelance',
      translates: random.chance(0.25),
    };
  });
}

function dedupe(languages: DemoLanguage[]): DemoLanguage[] {
  const seen = new Set<string>();
  return languages.filter((l) => {
    const key = `${l.language}|${l.variant}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const round = (value: number): number => Math.round(value * 10_000) / 10_000;
