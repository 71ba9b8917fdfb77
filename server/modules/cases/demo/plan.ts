import { CASE_FIELD_SCHEMAS, type CaseType } from '../../../../contracts/case-types.ts';
import { LOCALES } from '../../../../contracts/identity.ts';
import { demoId } from '../../../platform/demo/demo-ids.ts';
import { type Random, seededRandom } from '../../../platform/demo/index.ts';
import type { people } from '../../../platform/identity/identity.tables.ts';
import type { Fields } from '../case-types/index.ts';
import type { casePeople, caseReferrals, caseStatusHistory, cases } from '../cases.tables.ts';
import type { scholarshipScores } from '../scholarships/scholarships.tables.ts';
import { caseExtras, type Extras, type PlanRefs } from './extras.ts';
import { educationFields } from './fields-education.ts';
import { type Drafted, type FieldInput, guidanceFields } from './fields-guidance.ts';
import { diplomaFields, higherEducationFields, scholarshipFields } from './fields-other.ts';
import { BACKGROUNDS, type DemoClient, drawClient, pickBackground, STREETS } from './names.ts';
import { addScores, type DemoCall, scholarshipSpecs } from './plan-scholarships.ts';
import { type CaseSpec, PORTAL_RECIPES, STAFF_RECIPES, STEP_DAYS } from './recipes.ts';
import { backwardTimes, spreadTimes, walkPath, workingMoment } from './timeline.ts';

export type PlannedCase = Omit<typeof cases.$inferInsert, 'reference'> & { id: string; openedAt: Date };

export type Plan = Extras & {
  people: (typeof people.$inferInsert & { id: string })[];
  cases: PlannedCase[];
  casePeople: (typeof casePeople.$inferInsert)[];
  history: (typeof caseStatusHistory.$inferInsert)[];
  scores: (typeof scholarshipScores.$inferInsert)[];
};

type Planner = {
  plan: Plan;
  refs: PlanRefs;
  now: Date;
  random: Random;
  clients: { id: string; client: DemoClient }[];
};

const DAY = 86_400_000;
/** A person row for a demo client, with a Ghent address and now and then a demo e-mail address. */
function addPerson(planner: Planner, client: DemoClient): string {
  const index = planner.plan.people.length;
  const id = demoId(`cases:person:${index}`);
  const [street, postcode] = STREETS[index % STREETS.length] ?? ['Oudburg', '9000'];
  const mailbox = `${client.givenName}.${client.familyName}.${index}`
    .normalize('NFD')
    .replace(/[^A-Za-z0-9.]/g, '')
    .toLowerCase();
  planner.plan.people.push({
    id,
    givenName: client.givenName,
    familyName: client.familyName,
    email: index % 3 === 0 ? `${mailbox}@demo.wegwijs.test` : null,
    street: `${street} ${((index * 11) % 190) + 1}`,
    postcode,
    city: 'Gent',
    preferredLanguage: client.language,
    languages: client.languages,
  });
  return id;
}

/** The case's client: mostly a new person, sometimes one who already has another case. */
function clientFor(planner: Planner): { id: string; client: DemoClient } {
  const { random, clients } = planner;
  if (clients.length > 20 && random.chance(0.12)) return random.pick(clients);
  const client = drawClient(random, pickBackground(random));
  const entry = { id: addPerson(planner, client), client };
  clients.push(entry);
  return entry;
}

function draft(
  type: CaseType,
  input: FieldInput,
  callId: string | undefined,
): Drafted & { child?: { woman: boolean } } {
  if (type === 'guidance') return guidanceFields(input);
  if (type === 'education_question') return educationFields(input);
  if (type === 'higher_education') return higherEducationFields(input);
  if (type === 'diploma_recognition') return diplomaFields(input);
  if (!callId) throw new Error('a scholarship application needs a call');
  return scholarshipFields({ ...input, callId, paidOn: '2025-10-31' });
}

/** The types' own zod schemas, strict: a demo field the schema does not know fails the seed. */
const STRICT_SCHEMAS = {
  guidance: CASE_FIELD_SCHEMAS.guidance.strict(),
  education_question: CASE_FIELD_SCHEMAS.education_question.strict(),
  higher_education: CASE_FIELD_SCHEMAS.higher_education.strict(),
  diploma_recognition: CASE_FIELD_SCHEMAS.diploma_recognition.strict(),
  scholarship: CASE_FIELD_SCHEMAS.scholarship.strict(),
} satisfies Record<CaseType, unknown>;

function checkedFields(type: CaseType, fields: Fields): Fields {
  const parsed = STRICT_SCHEMAS[type].safeParse(fields);
  if (!parsed.success) throw new Error(`demo ${type} fields invalid: ${parsed.error.message}`);
  return fields;
}

/** When the case entered each status of its path (see Recipe). */
function caseTimes(spec: CaseSpec, now: Date, random: Random): Date[] {
  const beforeNow = (at: Date) => (at < now ? at : new Date(now.getTime() - random.int(10, 120) * 60_000));
  let lastAt = beforeNow(workingMoment(now, random.int(spec.ago[0], spec.ago[1]), random));
  if (!spec.opened) return backwardTimes(spec.type, spec.path, lastAt, STEP_DAYS, random);
  const openedAt = beforeNow(workingMoment(now, random.int(spec.opened[0], spec.opened[1]), random));
  if (spec.path.length === 1) return [openedAt];
  if (lastAt <= openedAt) lastAt = beforeNow(new Date(openedAt.getTime() + random.int(1, 5) * 3_600_000));
  if (lastAt <= openedAt) throw new Error('demo case has no time to move');
  return spreadTimes(spec.path, openedAt, lastAt, random);
}

/** The people of a case: its client (parent, applicant) and, for a question about a child, the child. */
function linkPeople(
  planner: Planner,
  caseId: string,
  type: CaseType,
  person: { id: string; client: DemoClient },
  child: boolean,
) {
  const { plan, random } = planner;
  const role = type === 'education_question' ? 'parent' : type === 'scholarship' ? 'applicant' : 'client';
  plan.casePeople.push({ caseId, personId: person.id, role });
  if (!child) return;
  const { client } = person;
  const background = BACKGROUNDS.find((b) => b.language === client.language && b.country === client.country);
  const drawn = drawClient(random, background, client.familyName);
  plan.casePeople.push({
    caseId,
    personId: addPerson(planner, { ...drawn, languages: client.languages }),
    role: 'child',
  });
}

type Owner = { teamId: string; counsellor: string; assigneeId: string | null; portal: boolean };

function ownerFor(planner: Planner, spec: CaseSpec): Owner {
  const { refs, random } = planner;
  const north = random.chance(0.5);
  const portal = spec.origin === 'portal';
  const counsellor = north ? refs.counsellors.north : refs.counsellors.south;
  // Portal applications wait in the queue; about one staff case in seven is not assigned yet.
  const assigneeId = portal || random.chance(0.15) ? null : counsellor;
  return { teamId: north ? refs.teams.north : refs.teams.south, counsellor, assigneeId, portal };
}

function addCase(planner: Planner, spec: CaseSpec, index: number): void {
  const { plan, refs, now, random } = planner;
  const times = caseTimes(spec, now, random);
  const openedAt = times[0] as Date;
  const person = clientFor(planner);
  const { client } = person;
  const drafted = draft(spec.type, { client, path: spec.path, openedAt, now, random }, spec.callId);
  const walked = walkPath(spec.type, spec.path, drafted.fields, times);
  const owner = ownerFor(planner, spec);
  const caseId = demoId(`cases:case:${index}`);
  const localised = LOCALES.some((locale) => locale === client.language) && random.chance(0.6);
  plan.cases.push({
    id: caseId,
    type: spec.type,
    title: drafted.title,
    status: walked.status,
    statusChangedAt: walked.statusChangedAt,
    teamId: owner.teamId,
    assigneeId: owner.assigneeId,
    fields: checkedFields(spec.type, walked.fields),
    language: spec.language ?? (localised ? client.language : 'nl'),
    origin: owner.portal ? 'portal' : 'staff',
    openedAt,
    closedAt: walked.closedAt,
    createdBy: owner.portal ? null : owner.counsellor,
    createdAt: openedAt,
    updatedAt: walked.statusChangedAt,
  });
  linkPeople(planner, caseId, spec.type, person, Boolean(drafted.child));
  for (const step of walked.history) {
    const actorId = owner.portal && !step.from ? null : owner.counsellor;
    plan.history.push({ caseId, fromStatus: step.from, toStatus: step.to, at: step.at, actorId });
  }
  const { teamId, assigneeId, counsellor: author } = owner;
  const extras = caseExtras(
    {
      key: String(index),
      caseId,
      type: spec.type,
      walked,
      openedAt,
      teamId,
      assigneeId,
      author,
      now,
      random,
      refs,
    },
    index,
  );
  plan.tasks.push(...extras.tasks);
  plan.notes.push(...extras.notes);
  plan.contacts.push(...extras.contacts);
  plan.appointments.push(...extras.appointments);
  plan.referrals.push(...extras.referrals);
}

/** Two open guidance files moved from Noord to Zuid (the client moved house): transfers in the history. */
function addTransfers(planner: Planner): void {
  const { plan, refs } = planner;
  const moved = plan.cases
    .filter((row) => row.type === 'guidance' && row.teamId === refs.teams.south && !row.closedAt)
    .filter((row) => planner.now.getTime() - row.openedAt.getTime() > 20 * DAY)
    .slice(0, 2);
  for (const row of moved) {
    const at = new Date(row.openedAt.getTime() + 7 * DAY);
    const transfer: typeof caseReferrals.$inferInsert = {
      id: demoId(`cases:transfer:${row.id}`),
      caseId: row.id,
      kind: 'transfer',
      fromTeamId: refs.teams.north,
      toTeamId: refs.teams.south,
      reason: 'Cliënt verhuisd naar Gent-Zuid (9050)',
      status: 'accepted',
      createdBy: refs.counsellors.north,
      createdAt: at,
      updatedAt: at,
    };
    plan.referrals.push(transfer);
  }
}

/** Everything the demo writes, drawn from a fixed seed around `now`; nothing touches the database here. */
export function planCasesDemo(
  now: Date,
  refs: PlanRefs,
  calls: { current: DemoCall; previous: DemoCall },
): Plan {
  const plan: Plan = {
    people: [],
    cases: [],
    casePeople: [],
    history: [],
    scores: [],
    tasks: [],
    notes: [],
    contacts: [],
    appointments: [],
    referrals: [],
  };
  const planner: Planner = { plan, refs, now, random: seededRandom(2026_0606), clients: [] };
  const specs: CaseSpec[] = [
    ...STAFF_RECIPES,
    ...scholarshipSpecs(now, calls),
    ...PORTAL_RECIPES.map((recipe) => ({ ...recipe, origin: 'portal' as const })),
  ];
  let index = 0;
  for (const spec of specs) {
    for (let n = 0; n < spec.count; n++) addCase(planner, spec, index++);
  }
  addTransfers(planner);
  addScores(plan, refs.scorers, planner.random, now, calls.current.id);
  return plan;
}
