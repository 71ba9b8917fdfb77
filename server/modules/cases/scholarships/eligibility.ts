import type { z } from 'zod';
import { RESIDENCE_CATEGORY_LABELS, type ScholarshipFieldsSchema } from '../../../../contracts/case-types.ts';
import {
  ELIGIBILITY_RULES,
  type EligibilityReason,
  type EligibilityRule,
  SCHOLARSHIP_RULES_KEY,
  type ScholarshipRules,
} from '../../../../contracts/scholarships.ts';
import type { ParamDefault } from '../../../platform/params/index.ts';
import { addMonths } from '../case-types/definition.ts';

export type ApplicationFields = z.infer<typeof ScholarshipFieldsSchema>;

/**
 * The first published value of `cases.scholarship.rules`. Ghent's own criteria were NOT found
 * (BRIEF §18): these are assumptions, modelled on the comparable UAntwerp Linguapolis scholarship
 * (status: asylum seeker, refugee, subsidiary or temporary protection; gross income below
 * €2,000 a month single / €3,000 family) and on the UCT enrolment rules (secondary school
 * finished, at most 3 enrolments for the same course, a 6-month wait after a final test ≤ 5/20).
 * Domicile in Ghent, leefloon as proof of need and the aim (higher education or qualified work)
 * follow the plausible Ghent scheme of §18. An admin changes them as a new dated value.
 */
export const DEFAULT_SCHOLARSHIP_RULES: ScholarshipRules = {
  domicileGhent: true,
  eligibleStatuses: [
    'refugee',
    'subsidiary_protection',
    'temporary_protection',
    'asylum_seeker',
    'family_reunification',
  ],
  monthlyIncomeLimitCents: { single: 200_000, family: 300_000 },
  livingWageQualifies: true,
  secondaryFinishedRequired: true,
  eligibleGoals: ['higher_education', 'qualified_work'],
  maxEnrolmentsSameLevel: 3,
  waitMonthsAfterLowScore: 6,
};

export const SCHOLARSHIP_PARAM_DEFAULTS: readonly ParamDefault[] = [
  {
    key: SCHOLARSHIP_RULES_KEY,
    validFrom: '2020-01-01',
    value: DEFAULT_SCHOLARSHIP_RULES,
    note:
      'ASSUMPTION: Ghent criteria not found (BRIEF §18). Modelled on UAntwerp Linguapolis ' +
      '"Scholarships for refugees" (status; income < €2,000 single / €3,000 family gross a month) and ' +
      'the UCT rules (secondary school finished; max 3 enrolments same course; 6 months after a score ≤ 5/20).',
  },
];

type Check = (fields: ApplicationFields, rules: ScholarshipRules, today: string) => [boolean, string];

const euro = (cents: number) => `€ ${(cents / 100).toLocaleString('nl-BE', { minimumFractionDigits: 2 })}`;

function incomeCheck(fields: ApplicationFields, rules: ScholarshipRules): [boolean, string] {
  if (fields.livingWage && rules.livingWageQualifies) return [true, 'Leefloon of verhoogde tegemoetkoming.'];
  if (fields.monthlyIncomeCents === undefined) return [false, 'Het inkomen is niet ingevuld.'];
  const single = (fields.householdSize ?? 1) <= 1;
  const limit = single ? rules.monthlyIncomeLimitCents.single : rules.monthlyIncomeLimitCents.family;
  const who = single ? 'een alleenstaande' : 'een gezin';
  return fields.monthlyIncomeCents < limit
    ? [true, `Inkomen ${euro(fields.monthlyIncomeCents)} is lager dan ${euro(limit)} voor ${who}.`]
    : [false, `Inkomen ${euro(fields.monthlyIncomeCents)} is niet lager dan ${euro(limit)} voor ${who}.`];
}

const CHECKS: Record<EligibilityRule, Check> = {
  domicileGhent: (fields, rules) => {
    if (!rules.domicileGhent) return [true, 'Wonen in Gent is geen voorwaarde.'];
    if (fields.domicileGhent === true) return [true, 'Woont in Gent.'];
    return [false, fields.domicileGhent === false ? 'Woont niet in Gent.' : 'Woonplaats niet ingevuld.'];
  },
  residenceStatus: (fields, rules) => {
    if (rules.eligibleStatuses.length === 0) return [true, 'Elk verblijfsstatuut komt in aanmerking.'];
    if (!fields.residenceStatus) return [false, 'Verblijfsstatuut niet ingevuld.'];
    return rules.eligibleStatuses.includes(fields.residenceStatus)
      ? [true, `Statuut „${RESIDENCE_CATEGORY_LABELS[fields.residenceStatus]}” komt in aanmerking.`]
      : [false, `Statuut „${RESIDENCE_CATEGORY_LABELS[fields.residenceStatus]}” komt niet in aanmerking.`];
  },
  income: (fields, rules) => incomeCheck(fields, rules),
  secondaryFinished: (fields, rules) => {
    if (!rules.secondaryFinishedRequired) return [true, 'Secundair onderwijs is geen voorwaarde.'];
    return fields.secondaryFinished === true
      ? [true, 'Secundair onderwijs afgerond.']
      : [false, 'Secundair onderwijs niet afgerond of niet ingevuld.'];
  },
  goal: (fields, rules) => {
    if (rules.eligibleGoals.length === 0) return [true, 'Elk doel komt in aanmerking.'];
    if (!fields.goal) return [false, 'Doel niet ingevuld.'];
    return rules.eligibleGoals.includes(fields.goal)
      ? [true, `Doel ${fields.goal} komt in aanmerking.`]
      : [false, `Doel ${fields.goal} komt niet in aanmerking.`];
  },
  maxEnrolmentsSameLevel: (fields, rules) => {
    const done = fields.previousEnrolmentsSameLevel ?? 0;
    return done < rules.maxEnrolmentsSameLevel
      ? [true, `${done} eerdere inschrijving(en) voor dit niveau (maximum ${rules.maxEnrolmentsSameLevel}).`]
      : [false, `Al ${done} keer ingeschreven voor dit niveau (maximum ${rules.maxEnrolmentsSameLevel}).`];
  },
  waitAfterLowScore: (fields, rules, today) => {
    if (!fields.lastLowScoreOn) return [true, 'Geen eindtest met 5/20 of minder.'];
    const allowedFrom = addMonths(fields.lastLowScoreOn, rules.waitMonthsAfterLowScore);
    return today >= allowedFrom
      ? [true, `Wachttijd na een lage score voorbij sinds ${allowedFrom}.`]
      : [false, `Na een score van 5/20 of minder: wachten tot ${allowedFrom}.`];
  },
};

/**
 * Checks an application's fields against the rules in force. `today` is the day the wait after a
 * low score is measured to (the application's day, so the answer does not drift later). Every
 * rule is reported, passed or not, so staff see why.
 */
export function checkEligibility(
  fields: ApplicationFields,
  rules: ScholarshipRules,
  today: string,
): { eligible: boolean; reasons: EligibilityReason[] } {
  const reasons = ELIGIBILITY_RULES.map((rule) => {
    const [passed, detail] = CHECKS[rule](fields, rules, today);
    return { rule, passed, detail };
  });
  return { eligible: reasons.every((reason) => reason.passed), reasons };
}
