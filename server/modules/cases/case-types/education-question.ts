import { addDays, type CaseTypeDefinition, type Fields, str } from './definition.ts';

/** Compulsory school age in Belgium: from the school year the child turns 5 until 18 (since 2020). */
const FIRST_AGE = 5;
const LAST_AGE = 18;

function ageOn(birthDate: string, day: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/**
 * A newcomer child is of compulsory school age from the 60th day after registering in a Belgian
 * municipality (BRIEF §20; socialekaartvangent.be): the date schooling must start, and whether
 * the child's age falls under the obligation on that day.
 */
export function compulsorySchooling(fields: Fields): { from: string; applies: boolean } | null {
  const registered = str(fields, 'registeredInBelgiumOn');
  if (!registered) return null;
  const from = addDays(registered, 60);
  const birth = str(fields, 'childBirthDate');
  const applies = birth ? ageOn(birth, from) >= FIRST_AGE && ageOn(birth, from) < LAST_AGE : true;
  return { from, applies };
}

/**
 * Education info point: open → referred → solved → closed. A question answered at once closes in
 * one step (open → closed, with the answer).
 */
export const educationQuestion: CaseTypeDefinition = {
  type: 'education_question',
  initial: 'open',
  transitions: [
    { from: ['open'], to: 'referred' },
    { from: ['open', 'referred'], to: 'solved' },
    { from: ['solved'], to: 'open' },
    {
      from: ['open', 'referred', 'solved'],
      to: 'closed',
      guard: ({ status, fields }) =>
        status === 'solved' || str(fields, 'answer') ? null : 'Noteer eerst het gegeven antwoord',
    },
  ],
  deadlines: ({ status, fields }) => {
    const schooling = compulsorySchooling(fields);
    if (!schooling?.applies || !['open', 'referred'].includes(status) || str(fields, 'currentSchool'))
      return [];
    return [{ key: 'school_start', label: 'Leerplicht begint (60e dag)', dueOn: schooling.from }];
  },
  derive: ({ fields }) => ({ compulsorySchooling: compulsorySchooling(fields) }),
  retentionMonths: 24,
  keptFields: ['askerRole', 'topic', 'schoolLevel', 'receptionClassReferral', 'schoolRegistrationHelp'],
};
