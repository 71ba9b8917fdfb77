import type { EDUCATION_QUESTION_TOPICS } from '../../../../contracts/case-types.ts';
import type { Fields } from '../case-types/index.ts';
import type { Drafted, FieldInput } from './fields-guidance.ts';
import { isoDate } from './timeline.ts';

type Topic = (typeof EDUCATION_QUESTION_TOPICS)[number];

/** An education question may be about a child: the planner adds her or him to the case. */
export type EducationDraft = Drafted & { child?: { woman: boolean } };

const DAY = 86_400_000;

type TopicText = { title: (child: string, age: number) => string; question: string; answer: string };

const TOPICS: Record<Topic, TopicText> = {
  enrolment: {
    title: (child, age) => `Inschrijving school voor ${child} (${age} jaar)`,
    question: 'Ouder zoekt een school in de buurt en weet niet hoe het aanmelden in Gent werkt.',
    answer: 'Aanmeldingssysteem uitgelegd, samen aangemeld via de website en de bevestiging afgedrukt.',
  },
  reception_class: {
    title: (child, age) => `OKAN-klas zoeken voor ${child} (${age} jaar)`,
    question: 'Kind spreekt nog geen Nederlands; ouder vraagt welke school een onthaalklas heeft.',
    answer: 'Twee OKAN-scholen voorgesteld; intakegesprek op school vastgelegd.',
  },
  orientation: {
    title: (child) => `Studiekeuze voor ${child} na het OKAN-jaar`,
    question: 'Welke richting kan het kind volgen na het onthaaljaar?',
    answer: 'Samen met de OKAN-begeleider en het CLB de mogelijke richtingen overlopen.',
  },
  school_costs: {
    title: (child) => `Schoolkosten en schooltoeslag voor ${child}`,
    question: 'Ouder kan de schoolrekening niet betalen en vraagt naar de schooltoeslag.',
    answer: 'Schooltoeslag aangevraagd en afbetalingsplan met de school besproken.',
  },
  conflict: {
    title: (child) => `Communicatie met de school van ${child}`,
    question: 'Ouder begrijpt de berichten van de school niet en voelt zich niet gehoord.',
    answer: 'Oudercontact met tolk geregeld; school stuurt voortaan berichten in eenvoudig Nederlands.',
  },
  higher_education: {
    title: () => 'Vraag over toegang tot de hogeschool',
    question: 'Kan ik met mijn diploma van het middelbaar starten aan een bachelor?',
    answer:
      'Uitleg over gelijkwaardigheid en taalvoorwaarden; doorverwezen naar begeleiding hoger onderwijs.',
  },
  adult_education: {
    title: () => 'Nederlands leren naast het werk',
    question: 'Welke cursus Nederlands past bij mijn werkuren?',
    answer: 'Avondcursus bij CVO Gent voorgesteld; inschrijving via het Huis van het Nederlands.',
  },
  other: {
    title: () => 'Vraag over leerlingenvervoer',
    question: 'Heeft mijn kind recht op een busabonnement naar school?',
    answer: 'Informatie over het schoolabonnement van De Lijn gegeven.',
  },
};

const CHILD_TOPICS: readonly Topic[] = [
  'enrolment',
  'enrolment',
  'reception_class',
  'orientation',
  'school_costs',
  'conflict',
  'other',
];

function levelFor(age: number): 'nursery' | 'primary' | 'secondary' {
  if (age < 6) return 'nursery';
  return age < 12 ? 'primary' : 'secondary';
}

/**
 * An education question. Open and referred questions about a child who arrived recently carry
 * the registration date and no school yet, so the rules make a "school start" deadline for them.
 */
export function educationFields({ path, openedAt, random }: FieldInput): EducationDraft {
  const status = path[path.length - 1] as string;
  const aboutChild = random.chance(0.8);
  const topic: Topic = aboutChild
    ? random.pick(CHILD_TOPICS)
    : random.pick(['higher_education', 'adult_education'] as const);
  const text = TOPICS[topic];
  const answered =
    status === 'solved' || status === 'closed' || (status === 'referred' && random.chance(0.3));
  const fields: Fields = {
    askerRole: aboutChild ? 'parent' : random.pick(['pupil', 'other'] as const),
    topic,
    question: text.question,
    interpreterNeeded: random.chance(0.35),
  };
  if (answered) fields.answer = text.answer;
  if (!aboutChild) {
    fields.schoolLevel = 'adult';
    return { title: text.title('', 0), fields };
  }
  const woman = random.chance(0.5);
  const age = topic === 'reception_class' || topic === 'orientation' ? random.int(12, 17) : random.int(4, 15);
  const registered = new Date(
    openedAt.getTime() - random.int(3, status === 'open' || status === 'referred' ? 40 : 200) * DAY,
  );
  const birth = new Date(registered.getTime() - (age * 365.25 + random.int(30, 300)) * DAY);
  fields.childBirthDate = isoDate(birth);
  fields.registeredInBelgiumOn = isoDate(registered);
  fields.schoolLevel = levelFor(age);
  if (topic === 'reception_class') fields.receptionClassReferral = true;
  if (topic === 'enrolment' || topic === 'reception_class') fields.schoolRegistrationHelp = true;
  if (answered && random.chance(0.6))
    fields.currentSchool = random.pick([
      'Basisschool De Kleine Wereld',
      'Secundaire school Leieland (OKAN)',
      'Basisschool Het Rabotje (demo)',
    ]);
  return { title: text.title(woman ? 'dochter' : 'zoon', age), fields, child: { woman } };
}
