import type { CaseTypeDefinition } from './definition.ts';

/** Guidance to higher education: intake → trajectory → enrolled | referred | stopped (BRIEF §17). */
export const higherEducation: CaseTypeDefinition = {
  type: 'higher_education',
  initial: 'intake',
  transitions: [
    { from: ['intake'], to: 'trajectory' },
    { from: ['trajectory'], to: 'enrolled' },
    { from: ['intake', 'trajectory'], to: 'referred' },
    { from: '*', to: 'stopped' },
  ],
  onEnter: (to) =>
    to === 'enrolled' ? { outcome: 'enrolled' } : to === 'stopped' ? { outcome: 'stopped' } : {},
  retentionMonths: 60,
  keptFields: ['dutchLevel', 'obstacles', 'steps', 'outcome', 'priorEducation'],
};
