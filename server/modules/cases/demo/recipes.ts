import type { CaseType } from '../../../../contracts/case-types.ts';

/**
 * How many demo cases of each type end in which status, by which path, and when: `ago` is how
 * many days ago the case entered its last status (for a case still in its first status: was
 * opened); the earlier steps lie before it by the usual time each step takes (STEP_DAYS). The
 * spread follows each type's status machine (case-types/*.ts); the timing keeps the rule-made
 * deadlines plausible (a NARIC decision is due some weeks after the file was complete, a child's
 * school start some weeks after registering). The oldest cases were closed long enough ago for
 * the retention job to anonymise them. `opened` (scholarships) spreads the steps evenly from an
 * opening in the call's window instead.
 */
export type Recipe = {
  type: CaseType;
  path: readonly string[];
  count: number;
  ago: readonly [number, number];
  opened?: readonly [number, number];
};

/** A recipe as the planner draws it: portal cases carry their language, applications their call. */
export type CaseSpec = Recipe & { origin?: 'portal'; language?: string; callId?: string };

/** Days a step usually takes, by "type:to" or, more precisely, "type:from>to"; default 5–30. */
export const STEP_DAYS: Readonly<Record<string, readonly [number, number]>> = {
  'guidance:intake': [5, 30],
  'guidance:contract_signed': [7, 35],
  'guidance:trajectory': [7, 40],
  'guidance:certified': [200, 380],
  'guidance:breach_reported': [90, 300],
  'guidance:stopped': [20, 200],
  'education_question:referred': [1, 10],
  'education_question:open>solved': [2, 30],
  'education_question:referred>solved': [7, 45],
  'education_question:open>closed': [0, 2],
  'education_question:solved>closed': [5, 30],
  'higher_education:trajectory': [14, 60],
  'higher_education:enrolled': [90, 300],
  'higher_education:referred': [14, 90],
  'higher_education:stopped': [30, 200],
  'diploma_recognition:compiling': [3, 21],
  'diploma_recognition:submitted': [14, 60],
  'diploma_recognition:incomplete': [20, 50],
  'diploma_recognition:submitted>assessing': [10, 40],
  'diploma_recognition:incomplete>assessing': [20, 120],
  'diploma_recognition:positive': [40, 110],
  'diploma_recognition:other_equivalence': [40, 110],
  'diploma_recognition:negative': [40, 110],
  'diploma_recognition:appeal': [10, 30],
  'diploma_recognition:aftercare': [5, 30],
  'diploma_recognition:closed': [10, 60],
  'scholarship:complete': [3, 25],
  'scholarship:rejected': [5, 30],
};

const G = ['registered', 'intake', 'contract_signed', 'trajectory'] as const;
const D = ['intake', 'compiling', 'submitted'] as const;
const A = [...D, 'assessing'] as const;

const guidance: Recipe[] = [
  { type: 'guidance', path: G.slice(0, 1), count: 8, ago: [1, 30] },
  { type: 'guidance', path: G.slice(0, 2), count: 10, ago: [2, 40] },
  { type: 'guidance', path: G.slice(0, 3), count: 10, ago: [3, 60] },
  { type: 'guidance', path: G, count: 26, ago: [5, 330] },
  { type: 'guidance', path: [...G, 'certified'], count: 12, ago: [5, 60] },
  { type: 'guidance', path: ['registered', 'intake', 'stopped'], count: 4, ago: [3, 300] },
  { type: 'guidance', path: [...G, 'stopped'], count: 4, ago: [5, 200] },
  { type: 'guidance', path: [...G, 'breach_reported'], count: 6, ago: [5, 120] },
];

const education: Recipe[] = [
  { type: 'education_question', path: ['open'], count: 12, ago: [1, 45] },
  { type: 'education_question', path: ['open', 'referred'], count: 10, ago: [1, 40] },
  { type: 'education_question', path: ['open', 'solved'], count: 4, ago: [2, 60] },
  { type: 'education_question', path: ['open', 'referred', 'solved'], count: 4, ago: [2, 60] },
  { type: 'education_question', path: ['open', 'closed'], count: 14, ago: [0, 530] },
  { type: 'education_question', path: ['open', 'referred', 'solved', 'closed'], count: 11, ago: [3, 450] },
  // Closed 25–30 months ago: past the 24 months education questions are kept.
  { type: 'education_question', path: ['open', 'closed'], count: 5, ago: [760, 900] },
];

const higher: Recipe[] = [
  { type: 'higher_education', path: ['intake'], count: 5, ago: [2, 60] },
  { type: 'higher_education', path: ['intake', 'trajectory'], count: 9, ago: [5, 200] },
  { type: 'higher_education', path: ['intake', 'trajectory', 'enrolled'], count: 5, ago: [30, 120] },
  { type: 'higher_education', path: ['intake', 'referred'], count: 3, ago: [5, 250] },
  { type: 'higher_education', path: ['intake', 'stopped'], count: 1, ago: [10, 200] },
  { type: 'higher_education', path: ['intake', 'trajectory', 'stopped'], count: 2, ago: [10, 200] },
];

const diploma: Recipe[] = [
  { type: 'diploma_recognition', path: ['intake'], count: 3, ago: [1, 20] },
  { type: 'diploma_recognition', path: ['intake', 'compiling'], count: 4, ago: [3, 60] },
  { type: 'diploma_recognition', path: D, count: 4, ago: [3, 30] },
  { type: 'diploma_recognition', path: [...D, 'incomplete'], count: 5, ago: [15, 200] },
  { type: 'diploma_recognition', path: A, count: 3, ago: [5, 90] },
  { type: 'diploma_recognition', path: [...D, 'incomplete', 'assessing'], count: 3, ago: [10, 110] },
  { type: 'diploma_recognition', path: [...A, 'positive'], count: 3, ago: [5, 90] },
  { type: 'diploma_recognition', path: [...A, 'other_equivalence'], count: 2, ago: [5, 90] },
  { type: 'diploma_recognition', path: [...A, 'negative'], count: 2, ago: [5, 60] },
  { type: 'diploma_recognition', path: [...A, 'negative', 'appeal'], count: 1, ago: [5, 40] },
  { type: 'diploma_recognition', path: [...A, 'positive', 'aftercare'], count: 1, ago: [5, 60] },
  { type: 'diploma_recognition', path: [...A, 'positive', 'aftercare', 'closed'], count: 2, ago: [10, 150] },
  // Closed 38–42 months ago: past the 36 months diploma files are kept.
  { type: 'diploma_recognition', path: [...A, 'positive', 'closed'], count: 2, ago: [1150, 1270] },
];

export const STAFF_RECIPES: readonly Recipe[] = [...guidance, ...education, ...higher, ...diploma];

/** Scholarship applications: paths per call (the windows come from the call's dates). */
export type ScholarshipRecipe = { call: 'current' | 'previous'; path: readonly string[]; count: number };

export const SCHOLARSHIP_RECIPES: readonly ScholarshipRecipe[] = [
  { call: 'current', path: ['submitted'], count: 6 },
  { call: 'current', path: ['submitted', 'complete'], count: 13 },
  { call: 'current', path: ['submitted', 'rejected'], count: 3 },
  { call: 'previous', path: ['submitted', 'complete', 'approved', 'enrolled', 'completed'], count: 4 },
  { call: 'previous', path: ['submitted', 'complete', 'approved', 'enrolled', 'failed'], count: 1 },
  { call: 'previous', path: ['submitted', 'complete', 'approved', 'enrolled', 'dropped'], count: 1 },
  { call: 'previous', path: ['submitted', 'complete', 'rejected'], count: 2 },
];

/** Applications from the public forms, in the applicant's language, waiting in the queue. */
export const PORTAL_RECIPES: readonly (Recipe & { language: string })[] = [
  { type: 'education_question', path: ['open'], count: 1, ago: [0, 6], language: 'tr' },
  { type: 'education_question', path: ['open'], count: 1, ago: [0, 6], language: 'ar' },
  { type: 'education_question', path: ['open'], count: 1, ago: [1, 9], language: 'fr' },
  { type: 'diploma_recognition', path: ['intake'], count: 1, ago: [0, 10], language: 'ar' },
  { type: 'diploma_recognition', path: ['intake'], count: 1, ago: [2, 12], language: 'tr' },
];
