import type { RESIDENCE_CATEGORIES, TRAJECTORY_PARTS } from '../../../../contracts/case-types.ts';
import type { Random } from '../../../platform/demo/index.ts';
import type { Fields } from '../case-types/index.ts';
import type { DemoClient } from './names.ts';
import { isoDate } from './timeline.ts';

/** What a demo generator knows about the case it fills. */
export type FieldInput = {
  client: DemoClient;
  path: readonly string[];
  openedAt: Date;
  now: Date;
  random: Random;
};
export type Drafted = { title: string; fields: Fields };

type Residence = (typeof RESIDENCE_CATEGORIES)[number];
type Part = (typeof TRAJECTORY_PARTS)[number];

const DAY = 86_400_000;
const daysBefore = (at: Date, days: number): string => isoDate(new Date(at.getTime() - days * DAY));
const daysAfter = (at: Date, days: number): string => isoDate(new Date(at.getTime() + days * DAY));

/** Residence categories that fit a background (country of origin). */
const RESIDENCE_BY_COUNTRY: Record<string, readonly Residence[]> = {
  Syrië: ['refugee', 'subsidiary_protection', 'family_reunification'],
  Afghanistan: ['refugee', 'subsidiary_protection', 'asylum_seeker'],
  Eritrea: ['refugee', 'family_reunification'],
  Somalië: ['refugee', 'subsidiary_protection', 'family_reunification'],
  Oekraïne: ['temporary_protection'],
  Turkije: ['family_reunification', 'labour_migrant'],
  Marokko: ['family_reunification', 'labour_migrant'],
  'DR Congo': ['refugee', 'family_reunification', 'student'],
};

export function residenceOf(client: DemoClient, random: Random): Residence {
  return random.pick(RESIDENCE_BY_COUNTRY[client.country] ?? ['eu_citizen']);
}

const RESIDENCE_TITLES: Record<Residence, string> = {
  refugee: 'erkend vluchteling',
  subsidiary_protection: 'subsidiair beschermde',
  temporary_protection: 'tijdelijke bescherming',
  family_reunification: 'gezinshereniging',
  asylum_seeker: 'verzoeker internationale bescherming',
  labour_migrant: 'arbeidsmigrant',
  student: 'student',
  eu_citizen: 'EU-burger',
  belgian_born_abroad: 'Belg geboren in het buitenland',
  other: 'andere verblijfssituatie',
};

const PROFESSIONS = [
  'lasser',
  'verpleegkundige',
  'leerkracht',
  'chauffeur',
  'boekhouder',
  'kapper',
  'bouwvakker',
  'kok',
  'elektricien',
  'naaister',
];
const NEEDS = [
  'huisvesting',
  'kinderopvang',
  'Nederlands leren',
  'werk zoeken',
  'diplomagelijkschakeling',
  'gezondheidszorg',
  'budgetbegeleiding',
];
const PROVIDERS: Record<Part, string> = {
  socialOrientation: 'Wegwijs – MO-lessen',
  dutch: 'Huis van het Nederlands Gent',
  vdab: 'VDAB Gent',
  participation: 'Vereniging Yeni Hayat',
};

type PartState = { status: 'planned' | 'running' | 'achieved' | 'exempt' | 'not_achieved' };

/** Trajectory parts as far as the case got: none before the contract, all done at the certificate. */
function partStates(status: string, random: Random): Partial<Record<Part, PartState>> {
  if (status === 'registered' || status === 'intake') return {};
  if (status === 'contract_signed') {
    return random.chance(0.5)
      ? { socialOrientation: { status: 'planned' }, dutch: { status: 'planned' } }
      : {};
  }
  if (status === 'certified') {
    return {
      socialOrientation: { status: 'achieved' },
      dutch: { status: 'achieved' },
      vdab: { status: random.chance(0.3) ? 'exempt' : 'achieved' },
      participation: { status: 'achieved' },
    };
  }
  const late = status === 'breach_reported' || status === 'stopped';
  return {
    socialOrientation: { status: random.pick(['running', 'achieved', 'achieved'] as const) },
    dutch: { status: late ? 'not_achieved' : random.pick(['running', 'running', 'achieved'] as const) },
    vdab: { status: random.pick(['planned', 'running', 'achieved', 'exempt'] as const) },
    participation: { status: late ? 'planned' : random.pick(['planned', 'running'] as const) },
  };
}

/** The parts with their dates; a part cannot have started or ended after today. */
function trajectory(status: string, openedAt: Date, today: string, random: Random): Fields['trajectory'] {
  const parts = partStates(status, random);
  const entries = Object.entries(parts).map(([part, state], index) => {
    const startsOn = daysAfter(openedAt, 30 + index * 14 + random.int(0, 20));
    const endsOn = daysAfter(openedAt, 90 + index * 15 + random.int(0, 30));
    let partStatus = state.status;
    if (partStatus === 'achieved' && endsOn > today) partStatus = 'running';
    if (partStatus !== 'planned' && partStatus !== 'exempt' && startsOn > today) partStatus = 'planned';
    const detail: Record<string, unknown> = {
      status: partStatus,
      provider: PROVIDERS[part as Part],
      startsOn,
    };
    if (partStatus === 'achieved') detail.endsOn = endsOn;
    if (part === 'dutch')
      detail.level = partStatus === 'achieved' ? 'A2' : random.pick(['A1', 'A2'] as const);
    if (part === 'participation' && partStatus !== 'planned')
      detail.hours = partStatus === 'achieved' ? 40 : random.int(4, 36);
    return [part, detail] as const;
  });
  return entries.length ? Object.fromEntries(entries) : undefined;
}

export function guidanceFields({ client, path, openedAt, now, random }: FieldInput): Drafted {
  const status = path[path.length - 1] as string;
  const residence = residenceOf(client, random);
  const obligation = ['eu_citizen', 'temporary_protection', 'asylum_seeker', 'student'].includes(residence)
    ? 'entitled'
    : 'compulsory';
  const early = status === 'registered' || status === 'intake';
  const fields: Fields = {
    languages: [client.language, ...(random.chance(0.4) ? ['en'] : [])],
    residenceCategory: residence,
    obligation,
    arrivalDate: daysBefore(openedAt, early ? random.int(15, 80) : random.int(20, 200)),
    family: { partner: random.chance(0.6), children: random.int(0, 4) },
    schooling: {
      level: random.pick(['primary', 'secondary', 'secondary', 'higher'] as const),
      country: client.country,
    },
    work: random.chance(0.5)
      ? { situation: 'jobseeker', profession: random.pick(PROFESSIONS) }
      : { situation: random.pick(['working', 'not_allowed', 'other'] as const) },
    needs: [...new Set([random.pick(NEEDS), random.pick(NEEDS)])],
  };
  if (!early) fields.kbiReference = `KBI-${openedAt.getUTCFullYear()}-${String(random.int(10_000, 99_999))}`;
  const parts = trajectory(status, openedAt, isoDate(now), random);
  if (parts) fields.trajectory = parts;
  return { title: `Onthaal ${RESIDENCE_TITLES[residence]} (${client.country})`, fields };
}
