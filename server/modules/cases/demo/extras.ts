import type { CaseType } from '../../../../contracts/case-types.ts';
import { demoId } from '../../../platform/demo/demo-ids.ts';
import type { Random } from '../../../platform/demo/index.ts';
import { CASE_DEFINITIONS } from '../case-types/index.ts';
import { brusselsToday } from '../case-view.ts';
import type { caseAppointments, caseContacts, caseNotes, caseReferrals, caseTasks } from '../cases.tables.ts';
import { CONFIDENTIAL_NOTES, CONTACT_SUMMARIES, NOTES, REFERRAL_REASONS, TASK_TITLES } from './texts.ts';
import { isoDate, type Walked, workingMoment } from './timeline.ts';

export type PartnerKey = keyof typeof REFERRAL_REASONS;

/** The rows the demo hangs on its cases, found or created before planning. */
export type PlanRefs = {
  teams: { north: string; south: string };
  counsellors: { north: string; south: string };
  scorers: readonly string[];
  partners: Partial<Record<PartnerKey, string>>;
};

export type Extras = {
  tasks: (typeof caseTasks.$inferInsert)[];
  notes: (typeof caseNotes.$inferInsert)[];
  contacts: (typeof caseContacts.$inferInsert)[];
  appointments: (typeof caseAppointments.$inferInsert)[];
  referrals: (typeof caseReferrals.$inferInsert)[];
};

export type ExtrasInput = {
  key: string;
  caseId: string;
  type: CaseType;
  walked: Walked;
  openedAt: Date;
  teamId: string;
  /** Who works the case; the team's counsellor writes the notes of an unassigned one. */
  assigneeId: string | null;
  author: string;
  now: Date;
  random: Random;
  refs: PlanRefs;
};

const DAY = 86_400_000;

/** A moment in the case's life: after it opened, before it closed (or now). */
function during(input: ExtrasInput): Date {
  const end = (input.walked.closedAt ?? input.now).getTime();
  const start = input.openedAt.getTime();
  return new Date(start + (end - start) * input.random.next());
}

/** Rule-made deadlines as the service derives them, plus a few hand-made tasks, some overdue. */
function tasks(input: ExtrasInput, today: string): Extras['tasks'] {
  const { walked, random } = input;
  const facts = { status: walked.status, fields: walked.fields, openedAt: input.openedAt, today };
  const rows: Extras['tasks'] = (CASE_DEFINITIONS[input.type].deadlines?.(facts) ?? []).map((deadline) => ({
    id: demoId(`cases:task:${input.key}:${deadline.key}`),
    caseId: input.caseId,
    title: deadline.label,
    dueOn: deadline.dueOn,
    assigneeId: input.assigneeId,
    deadlineKey: deadline.key,
  }));
  if (!walked.closedAt && random.chance(0.3)) {
    const due = isoDate(new Date(input.now.getTime() + random.int(-20, 21) * DAY));
    const done = due < today && random.chance(0.3);
    rows.push({
      id: demoId(`cases:task:${input.key}:manual`),
      caseId: input.caseId,
      title: random.pick(TASK_TITLES[input.type]),
      dueOn: due,
      assigneeId: input.assigneeId,
      createdBy: input.author,
      ...(done ? { doneAt: new Date(`${due}T15:00:00Z`), doneBy: input.author } : {}),
    });
  }
  return rows;
}

function notes(input: ExtrasInput, index: number): Extras['notes'] {
  const { random } = input;
  // Every fifteenth case has a confidential note, so the demo shows who may read one.
  const confidential = index % 15 === 7;
  const count = confidential ? 1 : random.chance(0.45) ? random.int(1, 2) : 0;
  return Array.from({ length: count }, (_, n) => {
    const at = during(input);
    return {
      id: demoId(`cases:note:${input.key}:${n}`),
      caseId: input.caseId,
      body: confidential ? random.pick(CONFIDENTIAL_NOTES) : random.pick(NOTES[input.type]),
      confidentiality: confidential ? 'confidential' : 'standard',
      authorId: input.author,
      createdAt: at,
      updatedAt: at,
    };
  });
}

function contacts(input: ExtrasInput): Extras['contacts'] {
  const { random } = input;
  const count = random.chance(0.65) ? random.int(1, 3) : 0;
  return Array.from({ length: count }, (_, n) => {
    const channel = random.pick(['phone', 'phone', 'visit', 'mail', 'video'] as const);
    return {
      id: demoId(`cases:contact:${input.key}:${n}`),
      caseId: input.caseId,
      channel,
      direction: random.chance(0.6) ? 'in' : 'out',
      at: during(input),
      summary: random.pick(CONTACT_SUMMARIES[channel]),
      minutes: random.pick([5, 10, 15, 20, 30, 45]),
      byUserId: input.author,
    };
  });
}

/** Open cases with a counsellor: appointments in the coming two weeks, and now and then one done. */
function appointments(input: ExtrasInput): Extras['appointments'] {
  const { random, now, walked } = input;
  if (walked.closedAt || !input.assigneeId) return [];
  const rows: Extras['appointments'] = [];
  const desk = input.teamId === input.refs.teams.north ? 'Wegwijs – loket Noord' : 'Wegwijs – loket Zuid';
  const make = (n: number, startsAt: Date, status: string) => {
    const modality = random.pick(['on_site', 'on_site', 'on_site', 'phone', 'video'] as const);
    rows.push({
      id: demoId(`cases:appointment:${input.key}:${n}`),
      caseId: input.caseId,
      startsAt,
      endsAt: new Date(startsAt.getTime() + random.pick([30, 45, 60]) * 60_000),
      location: modality === 'on_site' ? desk : null,
      modality,
      counsellorId: input.assigneeId,
      status,
      notes: random.chance(0.3) ? 'Tolk nodig voor dit gesprek' : null,
    });
  };
  if (random.chance(0.35)) {
    let startsAt = workingMoment(now, -random.int(1, 14), random);
    if (startsAt <= now) startsAt = new Date(startsAt.getTime() + 3 * DAY);
    make(0, startsAt, 'planned');
  }
  const past = workingMoment(now, random.int(3, 40), random);
  if (random.chance(0.15) && past > input.openedAt) make(1, past, random.chance(0.85) ? 'done' : 'no_show');
  return rows;
}

function partnerFor(input: ExtrasInput): PartnerKey | null {
  const { type, walked, random } = input;
  const history = walked.history.map((step) => step.to);
  if (type === 'guidance' && history.includes('trajectory')) return random.chance(0.6) ? 'hvn' : 'vdab';
  if (type === 'education_question' && history.includes('referred')) {
    const topic = walked.fields.topic;
    if (topic === 'reception_class') return 'okan';
    return topic === 'school_costs' ? 'ocmw' : 'cvo';
  }
  if (type === 'higher_education' && walked.status === 'referred') return 'cvo';
  if (type === 'diploma_recognition' && walked.status === 'negative') return 'vdab';
  if (type === 'scholarship' && walked.fields.livingWage === true && random.chance(0.4)) return 'ocmw';
  return null;
}

function referrals(input: ExtrasInput): Extras['referrals'] {
  const key = partnerFor(input);
  const organisationId = key ? (input.refs.partners[key] ?? input.refs.partners.cvo) : undefined;
  if (!key || !organisationId) return [];
  const at = during(input);
  return [
    {
      id: demoId(`cases:referral:${input.key}`),
      caseId: input.caseId,
      kind: 'referral',
      organisationId,
      fromTeamId: input.teamId,
      reason: REFERRAL_REASONS[key],
      status: input.walked.closedAt ? 'completed' : input.random.pick(['sent', 'accepted', 'accepted']),
      createdBy: input.author,
      createdAt: at,
      updatedAt: at,
    },
  ];
}

export function caseExtras(input: ExtrasInput, index: number): Extras {
  const today = brusselsToday(input.now);
  return {
    tasks: tasks(input, today),
    notes: notes(input, index),
    contacts: contacts(input),
    appointments: appointments(input),
    referrals: referrals(input),
  };
}
