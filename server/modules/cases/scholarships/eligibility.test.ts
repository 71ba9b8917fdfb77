import { describe, expect, it } from 'vitest';
import { ScholarshipRulesSchema } from '../../../../contracts/scholarships.ts';
import { type ApplicationFields, checkEligibility, DEFAULT_SCHOLARSHIP_RULES } from './eligibility.ts';

const rules = DEFAULT_SCHOLARSHIP_RULES;
const TODAY = '2026-09-01';

/** An applicant who meets every default rule; each test changes one thing. */
const good: ApplicationFields = {
  domicileGhent: true,
  residenceStatus: 'refugee',
  monthlyIncomeCents: 150_000,
  householdSize: 1,
  secondaryFinished: true,
  goal: 'higher_education',
  previousEnrolmentsSameLevel: 0,
};

function rule(fields: ApplicationFields, name: string, override = rules, today = TODAY) {
  const result = checkEligibility(fields, override, today);
  const reason = result.reasons.find((r) => r.rule === name);
  if (!reason) throw new Error(`no reason ${name}`);
  return { ...reason, eligible: result.eligible };
}

describe('checkEligibility', () => {
  it('passes an applicant who meets every rule, and reports each rule', () => {
    const result = checkEligibility(good, rules, TODAY);
    expect(result.eligible).toBe(true);
    expect(result.reasons.map((r) => r.rule)).toEqual([
      'domicileGhent',
      'residenceStatus',
      'income',
      'secondaryFinished',
      'goal',
      'maxEnrolmentsSameLevel',
      'waitAfterLowScore',
    ]);
    expect(result.reasons.every((r) => r.passed && r.detail.length > 0)).toBe(true);
  });

  it('the defaults are a valid rules value', () => {
    expect(ScholarshipRulesSchema.parse(rules)).toEqual(rules);
  });

  it('domicile: outside Ghent or unknown fails, unless the rule is off', () => {
    expect(rule({ ...good, domicileGhent: false }, 'domicileGhent')).toMatchObject({
      passed: false,
      eligible: false,
    });
    expect(rule({ ...good, domicileGhent: undefined }, 'domicileGhent').passed).toBe(false);
    expect(
      rule({ ...good, domicileGhent: false }, 'domicileGhent', { ...rules, domicileGhent: false }).passed,
    ).toBe(true);
  });

  it('residence status: only the listed statuses; an empty list lets everyone through', () => {
    expect(rule({ ...good, residenceStatus: 'labour_migrant' }, 'residenceStatus')).toMatchObject({
      passed: false,
      detail: 'Statuut „Arbeidsmigrant” komt niet in aanmerking.',
    });
    expect(rule({ ...good, residenceStatus: 'temporary_protection' }, 'residenceStatus')).toMatchObject({
      passed: true,
      detail: 'Statuut „Tijdelijke bescherming” komt in aanmerking.',
    });
    expect(rule({ ...good, residenceStatus: undefined }, 'residenceStatus').passed).toBe(false);
    const open = { ...rules, eligibleStatuses: [] };
    expect(rule({ ...good, residenceStatus: 'labour_migrant' }, 'residenceStatus', open).passed).toBe(true);
  });

  it('income: below the single limit for one person, the family limit for more; the limit itself fails', () => {
    expect(rule({ ...good, monthlyIncomeCents: 199_999 }, 'income').passed).toBe(true);
    expect(rule({ ...good, monthlyIncomeCents: 200_000 }, 'income').passed).toBe(false);
    expect(rule({ ...good, monthlyIncomeCents: 250_000, householdSize: 3 }, 'income').passed).toBe(true);
    expect(rule({ ...good, monthlyIncomeCents: 300_000, householdSize: 3 }, 'income').passed).toBe(false);
    expect(rule({ ...good, monthlyIncomeCents: undefined }, 'income').passed).toBe(false);
    const detail = rule({ ...good, monthlyIncomeCents: 250_000 }, 'income').detail;
    expect(detail).toContain('2.000,00');
  });

  it('income: a living wage qualifies whatever the income, unless the rules say it does not', () => {
    const onLivingWage = { ...good, livingWage: true, monthlyIncomeCents: 900_000 };
    expect(rule(onLivingWage, 'income').passed).toBe(true);
    expect(rule(onLivingWage, 'income', { ...rules, livingWageQualifies: false }).passed).toBe(false);
  });

  it('secondary school: required unless switched off', () => {
    expect(rule({ ...good, secondaryFinished: false }, 'secondaryFinished').passed).toBe(false);
    expect(rule({ ...good, secondaryFinished: undefined }, 'secondaryFinished').passed).toBe(false);
    const off = { ...rules, secondaryFinishedRequired: false };
    expect(rule({ ...good, secondaryFinished: false }, 'secondaryFinished', off).passed).toBe(true);
  });

  it('goal: higher education or qualified work by default', () => {
    expect(rule({ ...good, goal: 'qualified_work' }, 'goal').passed).toBe(true);
    expect(rule({ ...good, goal: 'other' }, 'goal').passed).toBe(false);
    expect(rule({ ...good, goal: undefined }, 'goal').passed).toBe(false);
    expect(rule({ ...good, goal: 'other' }, 'goal', { ...rules, eligibleGoals: [] }).passed).toBe(true);
  });

  it('at most 3 enrolments for the same level: a 4th is refused', () => {
    expect(rule({ ...good, previousEnrolmentsSameLevel: 2 }, 'maxEnrolmentsSameLevel').passed).toBe(true);
    expect(rule({ ...good, previousEnrolmentsSameLevel: 3 }, 'maxEnrolmentsSameLevel').passed).toBe(false);
    expect(rule({ ...good, previousEnrolmentsSameLevel: undefined }, 'maxEnrolmentsSameLevel').passed).toBe(
      true,
    );
  });

  it('6 months after a final test ≤ 5/20: refused the day before, allowed on the day', () => {
    const low = { ...good, lastLowScoreOn: '2026-03-01' };
    expect(rule(low, 'waitAfterLowScore', rules, '2026-08-31')).toMatchObject({
      passed: false,
      eligible: false,
    });
    expect(rule(low, 'waitAfterLowScore', rules, '2026-09-01').passed).toBe(true);
    expect(
      rule(low, 'waitAfterLowScore', { ...rules, waitMonthsAfterLowScore: 12 }, '2026-09-01').passed,
    ).toBe(false);
    // 31 August + 6 months clamps to the end of February.
    const endOfMonth = { ...good, lastLowScoreOn: '2026-08-31' };
    expect(rule(endOfMonth, 'waitAfterLowScore', rules, '2027-02-27').passed).toBe(false);
    expect(rule(endOfMonth, 'waitAfterLowScore', rules, '2027-02-28').passed).toBe(true);
  });
});
