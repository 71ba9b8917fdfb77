import { HE_STEP_STATUSES, HE_STEPS, type HeStep, HeStepSchema } from '../../../contracts/case-types.ts';
import type { EditorResult } from './fields-editor.tsx';

/**
 * The higher-education steps as the editor holds them. `status: ''` means the step is not in the
 * plan (it is left out of `fields.steps`). A step stored before the editor existed is a bare
 * status ("done"): it is read as that status without dates, and saved back as an object.
 */
export type StepDraft = { status: string; plannedOn: string; doneOn: string; outcome: string };
export type StepsDraft = Record<HeStep, StepDraft>;

const EMPTY: StepDraft = { status: '', plannedOn: '', doneOn: '', outcome: '' };

/** What "positive" and "negative" mean for each step, in the words a counsellor uses. */
export const STEP_OUTCOME_LABELS: Record<HeStep, { positive: string; negative: string }> = {
  information: { positive: 'Informatie gegeven', negative: 'Niet bereikt' },
  studyChoice: { positive: 'Keuze gemaakt', negative: 'Nog geen keuze' },
  dutchProof: { positive: 'B2 behaald', negative: 'B2 niet behaald' },
  diplomaRecognition: { positive: 'Gelijkwaardig erkend', negative: 'Niet erkend' },
  preparatoryTrack: { positive: 'Geslaagd', negative: 'Niet geslaagd' },
  admissionExam: { positive: 'Geslaagd', negative: 'Niet geslaagd' },
  application: { positive: 'Toegelaten', negative: 'Geweigerd' },
  financing: { positive: 'Toegekend', negative: 'Geweigerd' },
  enrolment: { positive: 'Ingeschreven', negative: 'Niet ingeschreven' },
};

const isStatus = (value: unknown): value is string => HE_STEP_STATUSES.some((s) => s === value);
const text = (value: unknown) => (typeof value === 'string' ? value : '');

function readStep(value: unknown): StepDraft {
  if (isStatus(value)) return { ...EMPTY, status: value };
  if (typeof value !== 'object' || value === null) return { ...EMPTY };
  const status = Reflect.get(value, 'status');
  if (!isStatus(status)) return { ...EMPTY };
  return {
    status,
    plannedOn: text(Reflect.get(value, 'plannedOn')),
    doneOn: text(Reflect.get(value, 'doneOn')),
    outcome: text(Reflect.get(value, 'outcome')),
  };
}

/** The editor's draft from `fields.steps`, every step present (unknown keys ignored). */
export function stepsDraft(steps: unknown): StepsDraft {
  const stored = typeof steps === 'object' && steps !== null ? steps : {};
  return Object.fromEntries(
    HE_STEPS.map((step) => [step, readStep(Reflect.get(stored, step))]),
  ) as StepsDraft;
}

/**
 * `fields.steps` from the draft: planned steps only, each checked with the contract's schema. A
 * date done and an outcome belong to a finished step, and a step is not done in the future.
 */
export function stepsFromDraft(draft: StepsDraft, invalid: string, today: string): EditorResult {
  const steps: Record<string, unknown> = {};
  const errors: Record<string, string> = {};
  for (const step of HE_STEPS) {
    const d = draft[step];
    if (!d.status) continue;
    const candidate: Record<string, unknown> = { status: d.status };
    if (d.plannedOn) candidate.plannedOn = d.plannedOn;
    if (d.doneOn) candidate.doneOn = d.doneOn;
    if (d.outcome) candidate.outcome = d.outcome;
    const parsed = HeStepSchema.safeParse(candidate);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        errors[`${step}.${String(issue.path[0] ?? 'status')}`] = invalid;
      continue;
    }
    if (d.doneOn && (d.status !== 'done' || d.doneOn > today)) errors[`${step}.doneOn`] = invalid;
    if (d.outcome && d.status !== 'done') errors[`${step}.outcome`] = invalid;
    steps[step] = parsed.data;
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, fields: { steps } };
}

export type StepsProgress = {
  planned: number;
  finished: number;
  next: HeStep | null;
  overdue: HeStep[];
};

/** How far the plan is: finished (done or not needed) of planned, the next open step, the late ones. */
export function stepsProgress(draft: StepsDraft, today: string): StepsProgress {
  const planned = HE_STEPS.filter((step) => draft[step].status !== '');
  const open = planned.filter((step) => ['todo', 'doing'].includes(draft[step].status));
  return {
    planned: planned.length,
    finished: planned.length - open.length,
    next: open[0] ?? null,
    overdue: open.filter((step) => draft[step].plannedOn !== '' && draft[step].plannedOn < today),
  };
}

const BELOW_B2 = new Set(['A1', 'A2', 'B1']);
const settled = (d: StepDraft) => d.status === 'done' || d.status === 'skipped';

/**
 * Reminders from the admission rules (BRIEF §17) that the plan does not cover yet: Dutch-taught
 * programmes want B2; a foreign diploma needs NARIC; finance named as an obstacle wants financing.
 */
export function stepHints(fields: Readonly<Record<string, unknown>>, draft: StepsDraft): string[] {
  const hints: string[] = [];
  const level = fields.dutchLevel;
  if (typeof level === 'string' && BELOW_B2.has(level) && !settled(draft.dutchProof)) {
    hints.push(
      `Niveau Nederlands ${level}: een Nederlandstalige opleiding vraagt B2 (UCT niveau 5, ITNA B2, ` +
        'een geslaagd jaar Nederlandstalig secundair of 60 studiepunten in het Nederlands).',
    );
  }
  const prior = fields.priorEducation;
  const recognised =
    typeof prior === 'object' && prior !== null ? Reflect.get(prior, 'recognised') : undefined;
  if (recognised === false && !settled(draft.diplomaRecognition)) {
    hints.push('Het buitenlandse diploma is nog niet erkend: gelijkwaardigheid via NARIC-Vlaanderen.');
  }
  const obstacles = Array.isArray(fields.obstacles) ? fields.obstacles : [];
  if (obstacles.includes('finance') && draft.financing.status === '') {
    hints.push('Financiën is een drempel: plan de stap financiering (studietoelage, beurs UCT).');
  }
  return hints;
}
