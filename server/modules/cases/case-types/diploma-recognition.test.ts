import { describe, expect, it } from 'vitest';
import {
  DiplomaRecognitionFieldsSchema,
  HigherEducationFieldsSchema,
} from '../../../../contracts/case-types.ts';
import { checkTransition } from '../state-machine.ts';
import { CASE_DEFINITIONS, type CaseFacts } from './index.ts';

const facts = (status: string, fields: Record<string, unknown>): CaseFacts => ({
  status,
  fields,
  openedAt: new Date('2026-01-01T00:00:00Z'),
  today: '2026-11-27',
});

describe('the diploma checklist', () => {
  const checklist = [
    { item: 'Kopie diploma', status: 'received', receivedOn: '2026-10-01' },
    { item: 'Stagebewijs', status: 'not_needed' },
    { item: 'Puntenlijsten', status: 'translation_needed', requestedOn: '2026-10-02' },
  ];

  it('counts a line marked "not needed" as in order, and every other open line as missing', () => {
    const derived = CASE_DEFINITIONS.diploma_recognition.derive?.(facts('incomplete', { checklist }));
    expect(derived?.missingDocuments).toEqual(['Puntenlijsten']);
  });

  it('lets an incomplete file go to assessment once nothing is missing', () => {
    const machine = CASE_DEFINITIONS.diploma_recognition;
    const blocked = checkTransition(machine, facts('incomplete', { checklist }), 'assessing', 'system');
    expect(blocked).toMatchObject({ ok: false, code: 'CASES.TRANSITION_BLOCKED' });
    expect(blocked.ok ? '' : blocked.detail).toContain('Puntenlijsten');
    const inOrder = checklist.map((line) =>
      line.status === 'translation_needed' ? { ...line, status: 'received' } : line,
    );
    expect(
      checkTransition(machine, facts('incomplete', { checklist: inOrder }), 'assessing', 'system'),
    ).toEqual({
      ok: true,
    });
  });

  it('accepts the new dates and status, and the checklists stored before them', () => {
    expect(DiplomaRecognitionFieldsSchema.safeParse({ checklist }).success).toBe(true);
    const old = [{ item: 'Paspoort', status: 'missing', note: 'gevraagd' }];
    expect(DiplomaRecognitionFieldsSchema.safeParse({ checklist: old }).success).toBe(true);
    const bad = [{ item: 'Paspoort', status: 'received', receivedOn: '1 oktober' }];
    expect(DiplomaRecognitionFieldsSchema.safeParse({ checklist: bad }).success).toBe(false);
  });
});

describe('the higher-education steps', () => {
  it('accept a bare status (stored before the editor) and a step with dates and outcome', () => {
    const steps = {
      information: 'done',
      dutchProof: { status: 'done', plannedOn: '2026-05-01', doneOn: '2026-06-20', outcome: 'positive' },
      application: { status: 'todo' },
    };
    expect(HigherEducationFieldsSchema.safeParse({ steps }).success).toBe(true);
    expect(HigherEducationFieldsSchema.safeParse({ steps: { information: 'maybe' } }).success).toBe(false);
    expect(HigherEducationFieldsSchema.safeParse({ steps: { visa: 'done' } }).success).toBe(false);
  });
});
