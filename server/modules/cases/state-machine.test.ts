import { describe, expect, it } from 'vitest';
import { CASE_STATUSES, CASE_TYPES } from '../../../contracts/case-types.ts';
import {
  addDays,
  addMonths,
  CASE_DEFINITIONS,
  type CaseFacts,
  compulsorySchooling,
} from './case-types/index.ts';
import { allowedTransitions, checkTransition } from './state-machine.ts';

const facts = (status: string, fields: Record<string, unknown> = {}): CaseFacts => ({
  status,
  fields,
  openedAt: new Date('2026-01-01T00:00:00Z'),
  today: '2026-11-27',
});

describe('case type definitions', () => {
  it('only name statuses their type has, and start from one of them', () => {
    for (const type of CASE_TYPES) {
      const definition = CASE_DEFINITIONS[type];
      const statuses = Object.keys(CASE_STATUSES[type]);
      expect(statuses).toContain(definition.initial);
      for (const rule of definition.transitions) {
        expect(statuses, `${type} → ${rule.to}`).toContain(rule.to);
        if (rule.from !== '*')
          for (const from of rule.from) expect(statuses, `${type}: ${from}`).toContain(from);
      }
    }
  });

  it('can reach every status of every type from its initial status', () => {
    for (const type of CASE_TYPES) {
      const definition = CASE_DEFINITIONS[type];
      const reached = new Set([definition.initial]);
      for (let round = 0; round < 20; round++) {
        for (const rule of definition.transitions) {
          const from = rule.from === '*' ? [...reached] : rule.from;
          if (from.some((status) => reached.has(status))) reached.add(rule.to);
        }
      }
      expect([...reached].sort(), type).toEqual(Object.keys(CASE_STATUSES[type]).sort());
    }
  });
});

describe('the status machine', () => {
  const diploma = CASE_DEFINITIONS.diploma_recognition;

  it('refuses a move that is not in the machine, and one the role may not make', () => {
    expect(checkTransition(diploma, facts('intake'), 'positive', ['counsellor'])).toMatchObject({
      ok: false,
      code: 'CASES.TRANSITION_NOT_ALLOWED',
    });
    const scholarship = CASE_DEFINITIONS.scholarship;
    expect(checkTransition(scholarship, facts('complete'), 'approved', ['counsellor'])).toMatchObject({
      code: 'CASES.TRANSITION_FORBIDDEN',
    });
    expect(checkTransition(scholarship, facts('complete'), 'approved', ['programme_coordinator'])).toEqual({
      ok: true,
    });
    expect(checkTransition(scholarship, facts('complete'), 'approved', 'system')).toEqual({ ok: true });
  });

  it('blocks a guarded move until its condition holds', () => {
    const missing = facts('incomplete', { checklist: [{ item: 'Puntenlijst', status: 'missing' }] });
    const result = checkTransition(diploma, missing, 'assessing', ['counsellor']);
    expect(result).toMatchObject({ ok: false, code: 'CASES.TRANSITION_BLOCKED' });
    const received = facts('incomplete', { checklist: [{ item: 'Puntenlijst', status: 'received' }] });
    expect(checkTransition(diploma, received, 'assessing', ['counsellor'])).toEqual({ ok: true });
  });

  it('treats "from any open status" as not from closed ones nor to itself', () => {
    const guidance = CASE_DEFINITIONS.guidance;
    expect(checkTransition(guidance, facts('trajectory'), 'stopped', ['counsellor'])).toEqual({ ok: true });
    expect(checkTransition(guidance, facts('certified'), 'stopped', ['counsellor']).ok).toBe(false);
    expect(checkTransition(guidance, facts('stopped'), 'stopped', ['counsellor']).ok).toBe(false);
  });

  it('lists the allowed moves with the reason a guarded one is blocked', () => {
    const moves = allowedTransitions(CASE_DEFINITIONS.education_question, facts('open'), ['counsellor']);
    expect(moves.map((move) => move.to).sort()).toEqual(['closed', 'referred', 'solved']);
    expect(moves.find((move) => move.to === 'closed')?.blocked).toMatch(/antwoord/u);
    const scholarshipMoves = allowedTransitions(CASE_DEFINITIONS.scholarship, facts('complete'), [
      'counsellor',
    ]);
    expect(scholarshipMoves).toEqual([]);
  });
});

describe('the dates of the rules', () => {
  it('adds days and months on the calendar, clamping to the month’s end', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
  });

  it('starts compulsory schooling on the 60th day after registration, for children aged 5 to 17', () => {
    expect(
      compulsorySchooling({ registeredInBelgiumOn: '2026-09-01', childBirthDate: '2015-05-05' }),
    ).toEqual({
      from: '2026-10-31',
      applies: true,
    });
    // Four years old on that day: not yet of compulsory school age.
    expect(
      compulsorySchooling({ registeredInBelgiumOn: '2026-09-01', childBirthDate: '2022-06-01' })?.applies,
    ).toBe(false);
    // Eighteen on that day: no longer.
    expect(
      compulsorySchooling({ registeredInBelgiumOn: '2026-09-01', childBirthDate: '2008-10-30' })?.applies,
    ).toBe(false);
    expect(compulsorySchooling({})).toBeNull();
  });

  it('gives NARIC 60 days for level and 120 for specific recognition, and 6 months for missing documents', () => {
    const level = CASE_DEFINITIONS.diploma_recognition.deadlines?.(
      facts('assessing', { completeOn: '2026-11-01' }),
    );
    expect(level).toEqual([expect.objectContaining({ key: 'naric_decision', dueOn: '2026-12-31' })]);
    const specific = CASE_DEFINITIONS.diploma_recognition.deadlines?.(
      facts('assessing', { completeOn: '2026-11-01', recognitionType: 'specific' }),
    );
    expect(specific?.[0]?.dueOn).toBe('2027-03-01');
    const incomplete = CASE_DEFINITIONS.diploma_recognition.deadlines?.(
      facts('incomplete', { incompleteSince: '2026-08-31' }),
    );
    expect(incomplete).toEqual([expect.objectContaining({ key: 'missing_documents', dueOn: '2027-02-28' })]);
  });
});
