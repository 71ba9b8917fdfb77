import { type LanguageSkill, LanguageSkillSchema, type OrganisationType } from '../../../contracts/people.ts';
import { demoKbo } from './demo-ids.ts';

/*
 * Synthetic demo records: invented organisations and people, never real ones. Streets and
 * postcodes are Ghent's; names come from the languages the city hears (Dutch, Turkish,
 * Bulgarian, Arabic, Tamazight, Dari, Slovak, Romanian, Somali, Tigrinya, Ukrainian…).
 */

export type DemoOrganisation = {
  key: string;
  name: string;
  type: OrganisationType;
  sector: string;
  kboNumber: string;
  street: string;
  postcode: string;
};

export const DEMO_ORGANISATIONS: readonly DemoOrganisation[] = [
  {
    key: 'school-wondelgem',
    name: 'Basisschool De Kleine Wereld',
    type: 'school',
    sector: 'onderwijs',
    kboNumber: demoKbo('08990101'),
    street: 'Wondelgemstraat 112',
    postcode: '9000',
  },
  {
    key: 'school-okan',
    name: 'Secundaire school Leieland (OKAN)',
    type: 'school',
    sector: 'onderwijs',
    kboNumber: demoKbo('08990202'),
    street: 'Bevrijdingslaan 201',
    postcode: '9000',
  },
  {
    key: 'hospital',
    name: 'Algemeen Ziekenhuis Ter Schelde',
    type: 'healthcare',
    sector: 'gezondheidszorg',
    kboNumber: demoKbo('08990303'),
    street: 'Kortrijksesteenweg 1020',
    postcode: '9000',
  },
  {
    key: 'ocmw',
    name: 'Sociaal Huis Dampoort (OCMW)',
    type: 'public_service',
    sector: 'welzijn',
    kboNumber: demoKbo('08990404'),
    street: 'Dampoortstraat 44',
    postcode: '9000',
  },
  {
    key: 'caw',
    name: 'CAW Onthaal Oudburg',
    type: 'welfare',
    sector: 'welzijn',
    kboNumber: demoKbo('08990505'),
    street: 'Oudburg 27',
    postcode: '9000',
  },
  {
    key: 'city-housing',
    name: 'Stad Gent – Dienst Wonen (demo)',
    type: 'city_service',
    sector: 'wonen',
    kboNumber: demoKbo('08990606'),
    street: 'Sleepstraat 8',
    postcode: '9000',
  },
  {
    key: 'child-house',
    name: 'Huis van het Kind Sint-Amandsberg',
    type: 'public_service',
    sector: 'gezin',
    kboNumber: demoKbo('08990707'),
    street: 'Dendermondsesteenweg 310',
    postcode: '9040',
  },
  {
    key: 'self-org',
    name: 'Vereniging Yeni Hayat',
    type: 'self_organisation',
    sector: 'vrije tijd',
    kboNumber: demoKbo('08990808'),
    street: 'Rabotstraat 61',
    postcode: '9000',
  },
];

export const DEMO_TEAMS = [
  'Team Onthaal Noord',
  'Team Onthaal Zuid',
  'Team Tolken en Vertalen',
  'Team Doortrekkersterrein',
] as const;

/** Streets by postcode, handed out in turn to the demo people. */
const ADDRESSES: readonly [string, string][] = [
  ['Sint-Pietersnieuwstraat', '9000'],
  ['Dampoortstraat', '9000'],
  ['Wondelgemstraat', '9000'],
  ['Sleepstraat', '9000'],
  ['Rabotstraat', '9000'],
  ['Drongensesteenweg', '9000'],
  ['Kortrijksesteenweg', '9000'],
  ['Oudburg', '9000'],
  ['Bevrijdingslaan', '9000'],
  ['Phoenixstraat', '9000'],
  ['Groenestaakstraat', '9030'],
  ['Botestraat', '9032'],
  ['Dendermondsesteenweg', '9040'],
  ['Antwerpsesteenweg', '9040'],
  ['Brusselsesteenweg', '9050'],
  ['Hundelgemsesteenweg', '9050'],
];

/** given name, family name, preferred language, skills ("tr:native nl:B1"). */
const PEOPLE: readonly [string, string, string, string][] = [
  ['Lotte', 'Vermeulen', 'nl', 'nl:native en:C1 fr:B2'],
  ['Pieter', 'De Smet', 'nl', 'nl:native fr:B1'],
  ['An', 'Van Damme', 'nl', 'nl:native en:B2'],
  ['Wout', 'Claeys', 'nl', 'nl:native es:B1'],
  ['Ayşe', 'Yılmaz', 'tr', 'tr:native nl:C1'],
  ['Mehmet', 'Demir', 'tr', 'tr:native nl:A2'],
  ['Elif', 'Kaya', 'tr', 'tr:native nl:B2 bg:B1'],
  ['Emre', 'Şahin', 'tr', 'tr:native nl:B1'],
  ['Zeynep', 'Aydın', 'tr', 'tr:native'],
  ['Ivan', 'Petrov', 'bg', 'bg:native tr:C1 nl:A2'],
  ['Mariya', 'Georgieva', 'bg', 'bg:native nl:B1'],
  ['Georgi', 'Dimitrov', 'bg', 'bg:native tr:B2'],
  ['Elena', 'Ivanova', 'bg', 'bg:native ru:B2 nl:A1'],
  ['Youssef', 'El Amrani', 'ar', 'ar:native fr:C1 nl:B2'],
  ['Fatima', 'Benali', 'ar', 'ar:native nl:B1'],
  ['Omar', 'Haddad', 'ar', 'ar:native en:B2'],
  ['Nour', 'Al-Khatib', 'ar', 'ar:native nl:A2'],
  ['Karim', 'Mansour', 'ar', 'ar:native fr:B2'],
  ['Mohamed', 'Azzouzi', 'rif', 'rif:native ar:B2 nl:C1'],
  ['Tiziri', 'Ouali', 'ber', 'ber:native fr:C1 nl:B1'],
  ['Massinissa', 'Aït Ahmed', 'ber', 'ber:native ar:B1'],
  ['Ahmad', 'Rahimi', 'prs', 'prs:native ps:B2 nl:A2'],
  ['Farzana', 'Hashimi', 'prs', 'prs:native fa:C1'],
  ['Hamid', 'Noori', 'prs', 'prs:native nl:B1'],
  ['Marek', 'Horváth', 'sk', 'sk:native hu:B2 nl:A1'],
  ['Zuzana', 'Balážová', 'sk', 'sk:native cs:C1'],
  ['Jozef', 'Kováč', 'sk', 'sk:native nl:A2'],
  ['Andrei', 'Popescu', 'ro', 'ro:native en:B2 nl:A2'],
  ['Ioana', 'Ionescu', 'ro', 'ro:native fr:B1'],
  ['Mihai', 'Stan', 'ro', 'ro:native'],
  ['Hodan', 'Warsame', 'so', 'so:native ar:B1 nl:B1'],
  ['Abdirahman', 'Farah', 'so', 'so:native en:B2'],
  ['Senait', 'Tesfay', 'ti', 'ti:native am:B2 nl:A2'],
  ['Yonas', 'Berhane', 'ti', 'ti:native ar:A2'],
  ['Olena', 'Kovalenko', 'uk', 'uk:native ru:C1 nl:A2'],
  ['Dmytro', 'Bondarenko', 'uk', 'uk:native en:B1'],
  ['Iryna', 'Melnyk', 'uk', 'uk:native pl:B1'],
  ['Katarzyna', 'Nowak', 'pl', 'pl:native nl:B2'],
  ['Gohar', 'Sargsyan', 'hy', 'hy:native ru:C1'],
  ['Kamal', 'Ahmadzai', 'ps', 'ps:native prs:C1 nl:A1'],
];

export type DemoPerson = {
  key: string;
  givenName: string;
  familyName: string;
  email: string | null;
  street: string;
  postcode: string;
  preferredLanguage: string;
  languages: LanguageSkill[];
};

function skills(list: string): LanguageSkill[] {
  return list.split(' ').map((entry) => {
    const [code, level] = entry.split(':');
    return LanguageSkillSchema.parse({ code, level });
  });
}

/** An address-safe e-mail local part: no accents, no spaces. */
function mailbox(given: string, family: string): string {
  return `${given}.${family}`
    .normalize('NFD')
    .replace(/[^A-Za-z.]/g, '')
    .toLowerCase();
}

export const DEMO_PEOPLE: readonly DemoPerson[] = PEOPLE.map(
  ([givenName, familyName, preferred, list], index) => {
    const [street, postcode] = ADDRESSES[index % ADDRESSES.length] ?? ['Oudburg', '9000'];
    return {
      key: `person-${index + 1}`,
      givenName,
      familyName,
      // Every other person has an address on the demo domain, so search by e-mail has something to find.
      email: index % 2 === 0 ? `${mailbox(givenName, familyName)}@demo.wegwijs.test` : null,
      street: `${street} ${((index * 7) % 180) + 1}`,
      postcode,
      preferredLanguage: preferred,
      languages: skills(list),
    };
  },
);

/** Synthetic contact details for the demo agency (a fictitious number and the .test domain). */
export const DEMO_CONTACT = {
  addressLines: ['Wegwijsstraat 1 (demo)', '9000 Gent'],
  phone: '+32 9 000 00 00',
  email: 'onthaal@demo.wegwijs.test',
  privacyEmail: 'privacy@demo.wegwijs.test',
  hours: {
    '1': ['09:00-12:30', '13:30-16:30'],
    '2': ['09:00-12:30'],
    '3': ['09:00-12:30', '13:30-16:30'],
    '4': ['13:30-19:00'],
    '5': ['09:00-12:30'],
  },
};
