import { ScholarshipFieldsSchema } from '../../../../contracts/case-types.ts';
import {
  type CaseEligibility,
  type Eligibility,
  type Ranking,
  SCHOLARSHIP_RULES_KEY,
  SCORE_CRITERIA,
  type ScholarshipRules,
  ScholarshipRulesSchema,
} from '../../../../contracts/scholarships.ts';
import type { RequestContext } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db/index.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import { requirePermission } from '../../../platform/identity/index.ts';
import { type ParamService, toDay } from '../../../platform/params/index.ts';
import { type CaseRow, openCaseForWork } from '../case-access.ts';
import {
  findApplication,
  type ScoreStats,
  scoreStats,
  selectApplications,
} from './applications.repository.ts';
import { requireCall } from './calls.service.ts';
import { type ApplicationFields, checkEligibility } from './eligibility.ts';

export type Deps = { db: Db; params: Pick<ParamService, 'list'> };

/** The rules in force on a day; a book loaded once, so a transaction never waits on the params service. */
export type RulesBook = (day: string) => ScholarshipRules;

export async function loadRules(params: Pick<ParamService, 'list'>): Promise<RulesBook> {
  const values = await params.list(SCHOLARSHIP_RULES_KEY);
  return (day) => {
    const value = values.find((v) => v.validFrom <= day && (v.validTo === null || day < v.validTo));
    if (!value) throw new AppError('PARAMS.NOT_SET', `${SCHOLARSHIP_RULES_KEY} on ${day}`);
    const parsed = ScholarshipRulesSchema.safeParse(value.value);
    if (!parsed.success) throw new AppError('PARAMS.INVALID_VALUE', SCHOLARSHIP_RULES_KEY);
    return parsed.data;
  };
}

/** The application's fields as the rules read them (an anonymised case keeps only some). */
export function applicationFields(row: CaseRow): ApplicationFields {
  const parsed = ScholarshipFieldsSchema.safeParse(row.fields);
  return parsed.success ? parsed.data : {};
}

export function requireApplication(row: CaseRow): CaseRow {
  if (row.type !== 'scholarship') throw new AppError('SCHOLARSHIPS.NOT_AN_APPLICATION');
  return row;
}

/** Eligibility by the rules in force on the day the application was opened, measured to that day. */
export function eligibilityOf(row: CaseRow, rules: RulesBook): Eligibility {
  const day = toDay(row.openedAt);
  const inForce = rules(day);
  return { ...checkEligibility(applicationFields(row), inForce, day), rulesOn: day, rules: inForce };
}

/** Points one member can give in all: 10 per criterion. */
const MAX_TOTAL = SCORE_CRITERIA.length * 10;

/**
 * `GET /cases/{caseId}/eligibility`: scoped like every case sub-resource. The committee's average
 * comes with it (never a member's own scores or comment), so the counsellor sees where it stands.
 */
export async function caseEligibility(
  deps: Deps,
  ctx: RequestContext,
  caseId: string,
): Promise<CaseEligibility> {
  const row = requireApplication(await openCaseForWork(deps.db, ctx, caseId));
  const eligibility = eligibilityOf(row, await loadRules(deps.params));
  const stats = (await scoreStats(deps.db, [row.id])).get(row.id);
  const score =
    stats && stats.count > 0
      ? { scoresCount: stats.count, averageTotal: Math.round(stats.average * 100) / 100, maxTotal: MAX_TOTAL }
      : null;
  return { ...eligibility, score };
}

/** A locked, living scholarship application; 404 / 409 otherwise. */
export async function lockApplication(tx: Db, caseId: string): Promise<CaseRow> {
  const row = await findApplication(tx, caseId, { lock: true });
  if (!row) throw new AppError('CASES.NOT_FOUND');
  requireApplication(row);
  if (row.anonymisedAt) throw new AppError('CASES.ANONYMISED');
  return row;
}

export type Ranked = { row: CaseRow; stats: ScoreStats };

/**
 * Complete, eligible applications, best average total first; ties go to the one opened earlier
 * (then the reference, so the order never depends on the database's whim).
 */
export async function rankApplications(
  db: Db,
  rows: readonly CaseRow[],
  rules: RulesBook,
): Promise<Ranked[]> {
  const candidates = rows.filter((row) => row.status === 'complete' && eligibilityOf(row, rules).eligible);
  const stats = await scoreStats(
    db,
    candidates.map((row) => row.id),
  );
  return candidates
    .map((row) => ({ row, stats: stats.get(row.id) ?? { caseId: row.id, count: 0, average: 0 } }))
    .sort(
      (a, b) =>
        b.stats.average - a.stats.average ||
        a.row.openedAt.getTime() - b.row.openedAt.getTime() ||
        a.row.reference.localeCompare(b.row.reference),
    );
}

/** `GET /calls/{id}/ranking`: for the committee and whoever runs the call. */
export async function callRanking(deps: Deps, ctx: RequestContext, callId: string): Promise<Ranking> {
  requirePermission(ctx, 'scholarships.score');
  await requireCall(deps.db, callId);
  const rules = await loadRules(deps.params);
  const rows = await selectApplications(deps.db, callId, ['complete']);
  const ranked = await rankApplications(deps.db, rows, rules);
  return {
    callId,
    items: ranked.map(({ row, stats }, index) => ({
      rank: index + 1,
      caseId: row.id,
      reference: row.reference,
      title: row.title,
      status: row.status,
      openedAt: row.openedAt.toISOString(),
      averageTotal: Math.round(stats.average * 100) / 100,
      scoresCount: stats.count,
    })),
  };
}
