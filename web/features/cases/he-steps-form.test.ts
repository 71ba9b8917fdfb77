import { describe, expect, it } from 'vitest';
import { HigherEducationFieldsSchema } from '../../../contracts/case-types.ts';
import { stepHints, stepsDraft, stepsFromDraft, stepsProgress } from './he-steps-form.ts';

const TODAY = '2026-11-27';

describe('the higher-education steps', () => {
  it('reads a plan stored as bare statuses and one with dates, leaving the rest unplanned', () => {
    const draft = stepsDraft({
      information: 'done',
      dutchProof: { status: 'doing', plannedOn: '2027-01-15' },
      unknown: 'done',
    });
    expect(draft.information).toEqual({ status: 'done', plannedOn: '', doneOn: '', outcome: '' });
    expect(draft.dutchProof).toEqual({ status: 'doing', plannedOn: '2027-01-15', doneOn: '', outcome: '' });
    expect(draft.application.status).toBe('');
    expect(Object.keys(draft)).not.toContain('unknown');
  });

  it('writes planned steps only, as objects the contract accepts', () => {
    const draft = stepsDraft({ information: 'done' });
    draft.admissionExam = { status: 'done', plannedOn: '', doneOn: '2026-09-10', outcome: 'positive' };
    draft.enrolment = { status: 'todo', plannedOn: '2027-09-20', doneOn: '', outcome: '' };
    const result = stepsFromDraft(draft, 'bad', TODAY);
    expect(result).toEqual({
      ok: true,
      fields: {
        steps: {
          information: { status: 'done' },
          admissionExam: { status: 'done', doneOn: '2026-09-10', outcome: 'positive' },
          enrolment: { status: 'todo', plannedOn: '2027-09-20' },
        },
      },
    });
    if (result.ok) expect(HigherEducationFieldsSchema.safeParse(result.fields).success).toBe(true);
  });

  it('refuses a done date on an open step or in the future, and an outcome before the step is done', () => {
    const draft = stepsDraft(undefined);
    draft.application = { status: 'doing', plannedOn: '', doneOn: '2026-11-01', outcome: 'negative' };
    draft.enrolment = { status: 'done', plannedOn: '', doneOn: '2026-12-01', outcome: '' };
    expect(stepsFromDraft(draft, 'bad', TODAY)).toEqual({
      ok: false,
      errors: { 'application.doneOn': 'bad', 'application.outcome': 'bad', 'enrolment.doneOn': 'bad' },
    });
  });

  it('counts the finished steps, names the next open one and the late ones', () => {
    const draft = stepsDraft({
      information: 'done',
      studyChoice: 'skipped',
      dutchProof: { status: 'doing', plannedOn: '2026-10-01' },
      application: { status: 'todo', plannedOn: '2027-03-01' },
    });
    expect(stepsProgress(draft, TODAY)).toEqual({
      planned: 4,
      finished: 2,
      next: 'dutchProof',
      overdue: ['dutchProof'],
    });
  });

  it('reminds of B2, NARIC and financing only while the plan does not cover them', () => {
    const fields = { dutchLevel: 'B1', priorEducation: { recognised: false }, obstacles: ['finance'] };
    expect(stepHints(fields, stepsDraft(undefined))).toHaveLength(3);
    const covered = stepsDraft({
      dutchProof: 'done',
      diplomaRecognition: 'skipped',
      financing: { status: 'todo' },
    });
    expect(stepHints(fields, covered)).toEqual([]);
    expect(stepHints({ dutchLevel: 'B2' }, stepsDraft(undefined))).toEqual([]);
  });
});
