import type { FEE_EXEMPTIONS } from '../../../../contracts/case-types.ts';
import type { Random } from '../../../platform/demo/index.ts';
import type { Fields } from '../case-types/index.ts';
import { type Drafted, type FieldInput, residenceOf } from './fields-guidance.ts';

const PROGRAMMES: readonly (readonly [string, string])[] = [
  ['Bachelor Verpleegkunde', 'HOGENT'],
  ['Bachelor Toegepaste Informatica', 'HOGENT'],
  ['Bachelor Sociaal Werk', 'Arteveldehogeschool'],
  ['Bachelor Lager Onderwijs', 'Arteveldehogeschool'],
  ['Master Burgerlijk Ingenieur', 'Universiteit Gent'],
  ['Schakelprogramma Master Economie', 'Universiteit Gent'],
  ['Graduaat Boekhouden', 'HOGENT'],
];

const STEPS_BY_STATUS: Record<string, Fields> = {
  intake: { information: 'doing' },
  trajectory: { information: 'done', preparatoryTrack: 'doing', application: 'todo' },
  enrolled: { information: 'done', preparatoryTrack: 'done', application: 'done', enrolment: 'done' },
  referred: { information: 'done', preparatoryTrack: 'skipped' },
  stopped: { information: 'done', preparatoryTrack: 'doing' },
};

export function higherEducationFields({ client, path, random }: FieldInput): Drafted {
  const status = path[path.length - 1] as string;
  const [programme, institution] = random.pick(PROGRAMMES);
  const fields: Fields = {
    priorEducation: {
      country: client.country,
      level: random.pick(['secondary', 'secondary', 'bachelor', 'master'] as const),
      recognised: random.chance(0.5),
    },
    dutchLevel: random.pick(['A2', 'B1', 'B1', 'B2', 'C1'] as const),
    targetProgramme: programme,
    targetInstitution: institution,
    obstacles: [
      ...new Set([
        random.pick(['language', 'diploma', 'finance'] as const),
        random.pick(['childcare', 'residence', 'language', 'finance'] as const),
      ]),
    ],
    steps: STEPS_BY_STATUS[status] ?? {},
  };
  if (status === 'referred') fields.outcome = 'referred';
  return { title: `Voortraject ${programme} (${institution})`, fields };
}

const DIPLOMAS: readonly { title: string; level: 'secondary' | 'bachelor' | 'master'; specific: boolean }[] =
  [
    { title: 'Bachelor Verpleegkunde', level: 'bachelor', specific: true },
    { title: 'Master Geneeskunde', level: 'master', specific: true },
    { title: 'Bachelor Lerarenopleiding Wiskunde', level: 'bachelor', specific: true },
    { title: 'Master Burgerlijk Ingenieur Bouwkunde', level: 'master', specific: false },
    { title: 'Bachelor Economie', level: 'bachelor', specific: false },
    { title: 'Bachelor Informatica', level: 'bachelor', specific: false },
    { title: 'Master Farmacie', level: 'master', specific: true },
    { title: 'Diploma secundair onderwijs', level: 'secondary', specific: false },
  ];

const DOCUMENTS = [
  'Kopie diploma',
  'Puntenlijsten',
  'Beëdigde vertaling',
  'Kopie identiteitsbewijs',
  'Bewijs van verblijf',
];

/** The checklist as far as the file got: gaps while compiling, one or two missing when NARIC asked. */
function checklist(status: string, random: Random): Fields['checklist'] {
  if (status === 'intake') return undefined;
  const missingCount =
    status === 'compiling' ? random.int(1, 3) : status === 'incomplete' ? random.int(1, 2) : 0;
  return DOCUMENTS.map((item, index) => {
    if (index >= DOCUMENTS.length - missingCount) {
      return {
        item,
        status: item === 'Beëdigde vertaling' || random.chance(0.3) ? 'translation_needed' : 'missing',
      };
    }
    return { item, status: 'received' };
  });
}

/** Protection statuses waive the NARIC fee; others rely on the civic-integration exemption. */
const EXEMPTIONS: Partial<Record<string, (typeof FEE_EXEMPTIONS)[number]>> = {
  refugee: 'refugee',
  subsidiary_protection: 'subsidiary_protection',
  temporary_protection: 'temporary_protection',
  asylum_seeker: 'asylum_seeker',
};

const exemptionOf = (residence: string) => EXEMPTIONS[residence] ?? 'civic_integration';

export function diplomaFields({ client, path, openedAt, random }: FieldInput): Drafted {
  const status = path[path.length - 1] as string;
  const diploma = random.pick(DIPLOMAS);
  const exemption = random.chance(0.75) ? exemptionOf(residenceOf(client, random)) : 'none';
  const fields: Fields = {
    diploma: {
      title: diploma.title,
      country: client.country,
      level: diploma.level,
      year: openedAt.getUTCFullYear() - random.int(2, 20),
    },
    goal: diploma.specific ? 'profession' : random.pick(['work', 'study'] as const),
    recognitionType: diploma.specific ? 'specific' : 'level',
    exemption,
    feeCents: exemption === 'none' ? (diploma.specific ? 18_000 : 9_000) : 0,
  };
  const list = checklist(status, random);
  if (list) fields.checklist = list;
  if (path.includes('submitted'))
    fields.naricFileNumber = `NARIC-${openedAt.getUTCFullYear()}-${random.int(10_000, 99_999)}`;
  return { title: `Gelijkschakeling ${diploma.title.toLowerCase()} (${client.country})`, fields };
}

const COURSES = [1, 2, 3, 3, 4, 4, 5] as const;
const MOTIVATIONS = [
  'Ik wil na de cursus starten met een bachelor en heb daarvoor niveau B2 nodig.',
  'Met beter Nederlands kan ik als verpleegkundige aan de slag in een Gents ziekenhuis.',
  'Ik werk als poetshulp en wil doorgroeien naar een job in de boekhouding.',
  'Mijn diploma is gelijkgeschakeld; nu heb ik nog het taalniveau nodig voor de job.',
];

/** A UCT scholarship application; `previous` applications were awarded and paid a year ago. */
export function scholarshipFields(input: FieldInput & { callId: string; paidOn?: string }): Drafted {
  const { client, path, random } = input;
  const status = path[path.length - 1] as string;
  const level = random.pick(COURSES);
  const fields: Fields = {
    callId: input.callId,
    course: `Nederlands niveau ${level}`,
    courseLevel: level,
    domicileGhent: status !== 'rejected' || random.chance(0.5),
    residenceStatus: residenceOf(client, random),
    livingWage: random.chance(0.4),
    monthlyIncomeCents: random.int(90_000, 240_000),
    householdSize: random.int(1, 6),
    secondaryFinished: random.chance(0.8),
    goal: random.pick(['higher_education', 'qualified_work', 'qualified_work', 'other'] as const),
    previousEnrolmentsSameLevel: random.chance(0.85) ? 0 : 1,
    motivation: random.pick(MOTIVATIONS),
  };
  if (path.includes('approved')) {
    fields.awardCents = 29_600;
    fields.payment = 'paid';
    if (input.paidOn) fields.paidOn = input.paidOn;
  }
  if (status === 'completed') fields.resultOutOf20 = random.int(11, 17);
  if (status === 'failed') fields.resultOutOf20 = random.int(6, 9);
  return { title: `Beursaanvraag UCT – Nederlands niveau ${level}`, fields };
}
