import { type LanguageSkill, LanguageSkillSchema } from '../../../../contracts/people.ts';
import type { Random } from '../../../platform/demo/index.ts';

/*
 * Invented clients for the demo cases, named from the languages Ghent's newcomers speak and
 * written in Latin script (the people table holds names as staff type them). Never real people:
 * a given name and a family name are drawn apart, so no pair is anyone's on purpose.
 */

type Background = {
  /** The language the client reads: a case's letters go out in it. */
  language: string;
  country: string;
  women: readonly string[];
  men: readonly string[];
  /** [man, woman]: some languages inflect family names (Stoyanov / Stoyanova). */
  families: readonly (readonly [string, string])[];
  /** Weight of this background among the demo clients. */
  weight: number;
};

const same = (names: readonly string[]) => names.map((name) => [name, name] as const);
const inflect = (pairs: readonly string[]) =>
  pairs.map((pair) => pair.split('/') as [string, string]).map(([m, f]) => [m, f ?? m] as const);

export const BACKGROUNDS: readonly Background[] = [
  {
    language: 'ar',
    country: 'Syrië',
    women: ['Yasmine', 'Amal', 'Leila', 'Rania', 'Huda', 'Lina', 'Rasha'],
    men: ['Ahmed', 'Khaled', 'Rami', 'Samir', 'Bilal', 'Tarek', 'Firas'],
    families: same(['Al-Hassan', 'Haddad', 'Khalil', 'Nasser', 'Saleh', 'Darwish', 'Hamdan', 'Jaber']),
    weight: 5,
  },
  {
    language: 'ar',
    country: 'Marokko',
    women: ['Nadia', 'Khadija', 'Samira', 'Imane', 'Salma'],
    men: ['Said', 'Hicham', 'Mounir', 'Anouar', 'Driss'],
    families: same(['El Idrissi', 'Bouzid', 'Chaouki', 'Amrani', 'El Ouardi', 'Benhaddou']),
    weight: 2,
  },
  {
    language: 'tr',
    country: 'Turkije',
    women: ['Hatice', 'Emine', 'Fatma', 'Selin', 'Merve', 'Büşra'],
    men: ['Ahmet', 'Mustafa', 'Hasan', 'Burak', 'Kerem', 'Yusuf'],
    families: same(['Çelik', 'Öztürk', 'Arslan', 'Doğan', 'Kılıç', 'Koç', 'Özdemir', 'Polat']),
    weight: 3,
  },
  {
    language: 'bg',
    country: 'Bulgarije',
    women: ['Petya', 'Desislava', 'Radka', 'Svetla', 'Kalina', 'Aysel', 'Nurten'],
    men: ['Dimitar', 'Stoyan', 'Nikolay', 'Hristo', 'Todor', 'Ismail', 'Sevgin'],
    families: inflect([
      'Stoyanov/Stoyanova',
      'Nikolov/Nikolova',
      'Ahmedov/Ahmedova',
      'Mehmedov/Mehmedova',
      'Hristov/Hristova',
      'Yusufov/Yusufova',
    ]),
    weight: 4,
  },
  {
    language: 'sk',
    country: 'Slovakije',
    women: ['Lucia', 'Monika', 'Simona', 'Martina', 'Vanesa'],
    men: ['Ján', 'Peter', 'Milan', 'Tomáš', 'Dávid'],
    families: inflect([
      'Horváth/Horváthová',
      'Lakatoš/Lakatošová',
      'Oláh/Oláhová',
      'Gábor/Gáborová',
      'Kováč/Kováčová',
      'Daniel/Danielová',
    ]),
    weight: 3,
  },
  {
    language: 'prs',
    country: 'Afghanistan',
    women: ['Zahra', 'Maryam', 'Fereshta', 'Sediqa', 'Nilofar', 'Shabnam'],
    men: ['Mohammad', 'Ali', 'Habibullah', 'Najib', 'Farid', 'Sayed'],
    families: same(['Rahimi', 'Hashimi', 'Sultani', 'Amiri', 'Karimi', 'Nazari', 'Hakimi', 'Wardak']),
    weight: 4,
  },
  {
    language: 'ps',
    country: 'Afghanistan',
    women: ['Zarmina', 'Palwasha', 'Malalai'],
    men: ['Naveed', 'Wahid', 'Shir Ali'],
    families: same(['Zazai', 'Mangal', 'Stanekzai', 'Safi']),
    weight: 1,
  },
  {
    language: 'ti',
    country: 'Eritrea',
    women: ['Selam', 'Saba', 'Senait', 'Rahwa', 'Helen', 'Winta'],
    men: ['Mehari', 'Yonas', 'Filmon', 'Biniam', 'Merhawi', 'Robel'],
    families: same(['Tesfamariam', 'Ghebremedhin', 'Habte', 'Kidane', 'Tekle', 'Weldemichael', 'Gebreyesus']),
    weight: 3,
  },
  {
    language: 'so',
    country: 'Somalië',
    women: ['Faadumo', 'Hodan', 'Ayaan', 'Sahra', 'Ilhaan', 'Hibo'],
    men: ['Abdi', 'Hassan', 'Mahad', 'Abdirahman', 'Liban', 'Yusuf'],
    families: same(['Abdullahi', 'Warsame', 'Hussein', 'Farah', 'Jama', 'Osman', 'Nur']),
    weight: 3,
  },
  {
    language: 'uk',
    country: 'Oekraïne',
    women: ['Oksana', 'Kateryna', 'Tetiana', 'Nataliia', 'Yuliia', 'Viktoriia'],
    men: ['Oleksandr', 'Andrii', 'Serhii', 'Mykola', 'Bohdan', 'Taras'],
    families: same(['Shevchenko', 'Boiko', 'Tkachenko', 'Kravchenko', 'Savchenko', 'Lysenko', 'Rudenko']),
    weight: 4,
  },
  {
    language: 'ro',
    country: 'Roemenië',
    women: ['Elena', 'Gabriela', 'Alina', 'Mirela'],
    men: ['Cristian', 'Florin', 'Adrian', 'Marius'],
    families: same(['Popa', 'Dumitru', 'Constantin', 'Stoica', 'Munteanu']),
    weight: 2,
  },
  {
    language: 'fr',
    country: 'DR Congo',
    women: ['Christelle', 'Grace', 'Aminata', 'Fatoumata', 'Solange'],
    men: ['Jean-Pierre', 'Patrick', 'Mamadou', 'Serge', 'Alpha'],
    families: same(['Mbuyi', 'Tshibanda', 'Kalala', 'Mukendi', 'Diallo', 'Camara', 'Sow']),
    weight: 2,
  },
];

export type DemoClient = {
  givenName: string;
  familyName: string;
  language: string;
  country: string;
  woman: boolean;
  languages: LanguageSkill[];
};

const TOTAL_WEIGHT = BACKGROUNDS.reduce((sum, background) => sum + background.weight, 0);

export function pickBackground(random: Random): Background {
  let ticket = random.next() * TOTAL_WEIGHT;
  for (const background of BACKGROUNDS) {
    ticket -= background.weight;
    if (ticket < 0) return background;
  }
  return BACKGROUNDS[0] as Background;
}

/** A client of the background; `family` keeps a parent's family name for a child (when it does not inflect). */
export function drawClient(random: Random, background = pickBackground(random), family?: string): DemoClient {
  const woman = random.chance(0.5);
  const [man, wife] = random.pick(background.families);
  const dutch = random.pick(['A1', 'A1', 'A2', 'A2', 'B1', 'B2'] as const);
  return {
    givenName: random.pick(woman ? background.women : background.men),
    familyName: family ?? (woman ? wife : man),
    language: background.language,
    country: background.country,
    woman,
    languages: [
      LanguageSkillSchema.parse({ code: background.language, level: 'native' }),
      LanguageSkillSchema.parse({ code: 'nl', level: dutch }),
    ],
  };
}

/** Ghent streets by postcode for the demo clients' addresses. */
export const STREETS: readonly (readonly [string, string])[] = [
  ['Dampoortstraat', '9000'],
  ['Sleepstraat', '9000'],
  ['Rabotstraat', '9000'],
  ['Wondelgemstraat', '9000'],
  ['Bevrijdingslaan', '9000'],
  ['Kortrijksesteenweg', '9000'],
  ['Francisco Ferrerlaan', '9000'],
  ['Groenestaakstraat', '9030'],
  ['Botestraat', '9032'],
  ['Dendermondsesteenweg', '9040'],
  ['Antwerpsesteenweg', '9040'],
  ['Brusselsesteenweg', '9050'],
  ['Hundelgemsesteenweg', '9050'],
];
