import type { CaseTypeDefinition } from './definition.ts';

/**
 * A UCT scholarship application: submitted → complete → approved | waitlisted | rejected →
 * enrolled at UCT → completed | failed | dropped. Approving, waitlisting and rejecting belong to
 * whoever runs the call (normally done by the award, which ranks within the budget).
 */
export const scholarship: CaseTypeDefinition = {
  type: 'scholarship',
  initial: 'submitted',
  transitions: [
    { from: ['submitted'], to: 'complete' },
    { from: ['complete', 'waitlisted'], to: 'approved', permission: 'scholarships.manage' },
    { from: ['complete'], to: 'waitlisted', permission: 'scholarships.manage' },
    { from: ['submitted', 'complete', 'waitlisted'], to: 'rejected', permission: 'scholarships.manage' },
    { from: ['approved'], to: 'enrolled' },
    { from: ['enrolled'], to: 'completed' },
    { from: ['enrolled'], to: 'failed' },
    { from: ['approved', 'enrolled'], to: 'dropped' },
  ],
  retentionMonths: 84,
  // Seven years: the grant is public money and its payment stays accountable.
  keptFields: [
    'callId',
    'courseLevel',
    'residenceStatus',
    'awardCents',
    'payment',
    'paidOn',
    'resultOutOf20',
  ],
};
