import type { InterpretingSector } from '../../../../contracts/interpreting.ts';
import type { OrganisationType } from '../../../../contracts/people.ts';
import { demoKbo } from '../../../platform/demo/demo-ids.ts';

/*
 * The services that book interpreters in the demo. Eight are the platform's demo organisations
 * (found again by their KBO number); the rest are invented here, with Ghent addresses.
 */

export type DemoRequester = {
  key: string;
  /** Set for organisations this seed creates; platform ones already exist. */
  create?: { name: string; type: OrganisationType; sector: string; street: string; postcode: string };
  kboNumber: string;
  sector: InterpretingSector;
  lat: number;
  lon: number;
  address: string;
  /** Relative share of the month's requests. */
  weight: number;
  units: readonly [string, string][];
  agreementSignedOn: string;
};

const platform = (
  key: string,
  stem: string,
  rest: Omit<DemoRequester, 'key' | 'kboNumber' | 'create'>,
): DemoRequester => ({ key, kboNumber: demoKbo(stem), ...rest });

const created = (
  key: string,
  stem: string,
  create: NonNullable<DemoRequester['create']>,
  rest: Omit<DemoRequester, 'key' | 'kboNumber' | 'create' | 'address'>,
): DemoRequester => ({
  key,
  kboNumber: demoKbo(stem),
  create,
  address: `${create.street}, ${create.postcode} Gent`,
  ...rest,
});

export const DEMO_REQUESTERS: readonly DemoRequester[] = [
  // The demo requester account belongs to the hospital: it gets the largest share.
  platform('hospital', '08990303', {
    sector: 'health',
    lat: 51.034,
    lon: 3.695,
    address: 'Kortrijksesteenweg 1020, 9000 Gent',
    weight: 8,
    units: [
      ['Spoedgevallen', 'KP-4101'],
      ['Kraamafdeling', 'KP-4230'],
      ['Pediatrie', 'KP-4310'],
      ['Psychiatrie', 'KP-4550'],
    ],
    agreementSignedOn: '2024-02-01',
  }),
  platform('school-wondelgem', '08990101', {
    sector: 'education',
    lat: 51.067,
    lon: 3.713,
    address: 'Wondelgemstraat 112, 9000 Gent',
    weight: 3,
    units: [],
    agreementSignedOn: '2023-09-01',
  }),
  platform('school-okan', '08990202', {
    sector: 'education',
    lat: 51.058,
    lon: 3.702,
    address: 'Bevrijdingslaan 201, 9000 Gent',
    weight: 3,
    units: [
      ['OKAN-klassen', 'OK-01'],
      ['Leerlingenbegeleiding', 'OK-02'],
    ],
    agreementSignedOn: '2023-09-01',
  }),
  platform('ocmw', '08990404', {
    sector: 'welfare',
    lat: 51.06,
    lon: 3.74,
    address: 'Dampoortstraat 44, 9000 Gent',
    weight: 5,
    units: [
      ['Sociale dienst', 'OC-210'],
      ['Schuldbemiddeling', 'OC-220'],
      ['Leefloon', 'OC-230'],
    ],
    agreementSignedOn: '2022-01-15',
  }),
  platform('caw', '08990505', {
    sector: 'welfare',
    lat: 51.058,
    lon: 3.726,
    address: 'Oudburg 27, 9000 Gent',
    weight: 3,
    units: [['Onthaal', 'CAW-ONT']],
    agreementSignedOn: '2022-06-01',
  }),
  platform('city-housing', '08990606', {
    sector: 'housing',
    lat: 51.065,
    lon: 3.724,
    address: 'Sleepstraat 8, 9000 Gent',
    weight: 2,
    units: [],
    agreementSignedOn: '2023-03-01',
  }),
  platform('child-house', '08990707', {
    sector: 'family',
    lat: 51.068,
    lon: 3.76,
    address: 'Dendermondsesteenweg 310, 9040 Gent',
    weight: 2,
    units: [],
    agreementSignedOn: '2024-01-01',
  }),
  created(
    'cgg',
    '08991101',
    {
      name: 'CGG De Waterlijn (demo)',
      type: 'healthcare',
      sector: 'geestelijke gezondheid',
      street: 'Lange Violettestraat 80',
      postcode: '9000',
    },
    {
      sector: 'mental_health',
      lat: 51.045,
      lon: 3.733,
      weight: 3,
      units: [],
      agreementSignedOn: '2023-05-01',
    },
  ),
  created(
    'clb',
    '08991202',
    {
      name: 'CLB Gent Centrum (demo)',
      type: 'public_service',
      sector: 'onderwijs',
      street: 'Ottergemsesteenweg 45',
      postcode: '9000',
    },
    { sector: 'education', lat: 51.038, lon: 3.727, weight: 3, units: [], agreementSignedOn: '2022-09-01' },
  ),
  created(
    'kind-en-gezin',
    '08991303',
    {
      name: 'Kind en Gezin – regioteam Gent (demo)',
      type: 'public_service',
      sector: 'gezin',
      street: 'Kortrijksesteenweg 288',
      postcode: '9000',
    },
    {
      sector: 'family',
      lat: 51.041,
      lon: 3.708,
      weight: 3,
      units: [
        ['Consultatiebureau Brugse Poort', 'KG-BP'],
        ['Consultatiebureau Ledeberg', 'KG-LB'],
      ],
      agreementSignedOn: '2022-03-01',
    },
  ),
  created(
    'police',
    '08991404',
    {
      name: 'Politiezone Gent – slachtofferbejegening (demo)',
      type: 'city_service',
      sector: 'veiligheid',
      street: 'Antwerpenplein 4',
      postcode: '9000',
    },
    { sector: 'police', lat: 51.061, lon: 3.737, weight: 2, units: [], agreementSignedOn: '2023-01-01' },
  ),
  created(
    'hospital-ledeberg',
    '08991505',
    {
      name: 'Ziekenhuis Ledeberg-Scheldeoord (demo)',
      type: 'healthcare',
      sector: 'gezondheidszorg',
      street: 'Brusselsesteenweg 210',
      postcode: '9050',
    },
    {
      sector: 'health',
      lat: 51.033,
      lon: 3.747,
      weight: 4,
      units: [
        ['Consultatie interne', 'ZL-INT'],
        ['Dagziekenhuis', 'ZL-DZH'],
      ],
      agreementSignedOn: '2024-06-01',
    },
  ),
  created(
    'youth-care',
    '08991606',
    {
      name: 'Jeugdhulp De Brug (demo)',
      type: 'welfare',
      sector: 'jeugdhulp',
      street: 'Groenestaakstraat 12',
      postcode: '9030',
    },
    { sector: 'youth_care', lat: 51.08, lon: 3.665, weight: 2, units: [], agreementSignedOn: '2023-10-01' },
  ),
  created(
    'work',
    '08991707',
    {
      name: 'Werkwinkel Gent-Zuid (demo)',
      type: 'public_service',
      sector: 'werk',
      street: 'Sint-Pietersnieuwstraat 154',
      postcode: '9000',
    },
    { sector: 'employment', lat: 51.044, lon: 3.725, weight: 2, units: [], agreementSignedOn: '2022-11-01' },
  ),
  created(
    'integration',
    '08991808',
    {
      name: 'Onthaalbureau Inburgering Gent (demo)',
      type: 'public_service',
      sector: 'inburgering',
      street: 'Phoenixstraat 22',
      postcode: '9000',
    },
    {
      sector: 'integration',
      lat: 51.047,
      lon: 3.703,
      weight: 3,
      units: [['Trajectbegeleiding', 'INB-TB']],
      agreementSignedOn: '2021-09-01',
    },
  ),
  created(
    'legal-aid',
    '08991909',
    {
      name: 'Juridisch Adviespunt Gent (demo)',
      type: 'association',
      sector: 'justitie',
      street: 'Botestraat 31',
      postcode: '9032',
    },
    { sector: 'justice', lat: 51.09, lon: 3.71, weight: 1, units: [], agreementSignedOn: '2024-03-01' },
  ),
  created(
    'school-rabot',
    '08992010',
    {
      name: 'Basisschool Het Rabotje (demo)',
      type: 'school',
      sector: 'onderwijs',
      street: 'Rabotstraat 90',
      postcode: '9000',
    },
    { sector: 'education', lat: 51.062, lon: 3.708, weight: 2, units: [], agreementSignedOn: '2024-09-01' },
  ),
];
