import type { AwardResult } from '../../../../contracts/scholarships.ts';
import { recordAudit } from '../../../platform/audit/index.ts';
import type { RequestContext } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db/index.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import { requirePermission } from '../../../platform/identity/index.ts';
import type { CaseRow } from '../case-access.ts';
import { applyTransition } from '../transition-case.ts';
import { selectApplications } from './applications.repository.ts';
import {
  type Deps,
  eligibilityOf,
  loadRules,
  type RulesBook,
  rankApplications,
} from './applications.service.ts';
import { type CallRow, callFigures, findCall, markAwarded } from './calls.repository.ts';
import { toCall } from './calls.service.ts';

type Outcome = AwardResult['outcomes'][number];
type Plan = { row: CaseRow; outcome: Outcome['outcome']; awardCents: number | null };

/**
 * Who gets what: down the ranking, a grant while the budget left still holds one; the other
 * complete, eligible applications wait; applications that fail the rules are rejected. Eligible
 * applications still `submitted` (not complete) are left as they are: staff complete them and
 * may approve them from the waiting list later.
 */
async function plan(tx: Db, call: CallRow, rows: CaseRow[], rules: RulesBook, left: number): Promise<Plan[]> {
  const plans: Plan[] = [];
  let budgetLeft = left;
  for (const { row } of await rankApplications(tx, rows, rules)) {
    const grant = budgetLeft >= call.grantCents;
    if (grant) budgetLeft -= call.grantCents;
    plans.push({
      row,
      outcome: grant ? 'approved' : 'waitlisted',
      awardCents: grant ? call.grantCents : null,
    });
  }
  for (const row of rows) {
    if (!eligibilityOf(row, rules).eligible) plans.push({ row, outcome: 'rejected', awardCents: null });
  }
  return plans;
}

async function lockAwardable(tx: Db, id: string): Promise<CallRow> {
  const call = await findCall(tx, id, { lock: true });
  if (!call) throw new AppError('SCHOLARSHIPS.CALL_NOT_FOUND');
  if (call.status === 'awarded') throw new AppError('SCHOLARSHIPS.CALL_AWARDED');
  if (call.status === 'draft') throw new AppError('SCHOLARSHIPS.CALL_NOT_AWARDABLE');
  return call;
}

/**
 * `POST /calls/{id}/award`, in ONE transaction: the call row is locked (a second award waits,
 * then sees `awarded` and gets 409), the applications are locked, each decision goes through the
 * case type's status machine, and the call is marked awarded by compare-and-set on its status.
 * The CHECK `awarded_cents <= budget_cents` is the database's last word on overspending.
 */
export async function awardCall(deps: Deps, ctx: RequestContext, id: string): Promise<AwardResult> {
  requirePermission(ctx, 'scholarships.manage');
  // Loaded before the transaction: the params service reads through its own connection.
  const rules = await loadRules(deps.params);
  return deps.db.transaction(async (tx) => {
    const call = await lockAwardable(tx, id);
    const rows = await selectApplications(tx, id, ['submitted', 'complete'], { lock: true });
    const committed = (await callFigures(tx, id)).budgetUsedCents;
    const plans = await plan(tx, call, rows, rules, call.budgetCents - committed);
    for (const { row, outcome, awardCents } of plans) {
      // The grant's fields ride along with the status change: one update, one version.
      const fields = awardCents === null ? row.fields : { ...row.fields, awardCents, payment: 'pending' };
      await applyTransition(
        tx,
        ctx,
        { ...row, fields },
        { to: outcome, reason: 'Toekenning beurzen' },
        'system',
      );
    }
    const awardedCents = plans.reduce((sum, p) => sum + (p.awardCents ?? 0), 0);
    const awarded = await markAwarded(tx, id, call.status, awardedCents);
    if (!awarded) throw new AppError('SCHOLARSHIPS.CALL_AWARDED');
    const outcomes: Outcome[] = plans.map(({ row, outcome, awardCents }) => ({
      caseId: row.id,
      reference: row.reference,
      outcome,
      awardCents,
    }));
    const count = (outcome: Outcome['outcome']) => outcomes.filter((o) => o.outcome === outcome).length;
    const summary = {
      approved: count('approved'),
      waitlisted: count('waitlisted'),
      rejected: count('rejected'),
    };
    await recordAudit(tx, ctx, {
      action: 'scholarship_call.awarded',
      entity: 'scholarship_call',
      entityId: id,
      before: { status: call.status, awardedCents: call.awardedCents },
      after: { status: awarded.status, awardedCents, ...summary },
    });
    return { call: toCall(awarded), ...summary, outcomes };
  });
}
