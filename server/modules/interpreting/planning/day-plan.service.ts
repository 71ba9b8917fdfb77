import { z } from 'zod';
import type { DayPlan } from '../../../../contracts/interpreting-planning.ts';
import { recordAudit } from '../../../platform/audit/index.ts';
import type { RequestContext } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db/index.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import { addDays, brusselsInstant } from '../brussels-time.ts';
import {
  type DayPlanRow,
  findDayPlan,
  insertDayPlan,
  interpreterCodes,
  selectOpenOnSiteRequests,
  selectPlanningInterpreters,
  updateDayPlan,
} from './day-plan.repository.ts';
import { freeWindows } from './day-windows.ts';
import { checkPlan } from './feasibility.ts';
import { planDay } from './plan-day.ts';
import { assignedReasonNl, EDIT_REASONS_NL, unfilledReasonNl } from './plan-reasons-nl.ts';
import type { PlanningInstance } from './types.ts';

/**
 * Minutes kept free around an interpreter's existing jobs when the planner sees her day: the
 * planner does not know where those jobs are, so it leaves room for a trip; publishing re-checks
 * every pair with the full rules (exact travel, hours, bans, certification) anyway.
 */
const EXISTING_JOB_MARGIN_MINUTES = 30;

const ItemSchema = z.object({ interpreterId: z.string().nullable(), reason: z.string() });
const InstanceSchema = z.object({
  interpreters: z.array(
    z.object({
      id: z.string(),
      languages: z.array(z.string()),
      homeLat: z.number(),
      homeLon: z.number(),
      availability: z.array(z.object({ start: z.string(), end: z.string() })),
    }),
  ),
  requests: z.array(
    z.object({
      id: z.string(),
      language: z.string(),
      start: z.string(),
      end: z.string(),
      lat: z.number(),
      lon: z.number(),
      priority: z.number().int(),
    }),
  ),
});
const ProposalSchema = z.object({
  instance: InstanceSchema,
  requests: z.array(z.object({ id: z.string(), reference: z.string(), language: z.string() })),
  items: z.record(z.string(), ItemSchema),
});
const SummarySchema = z.object({ engineReason: z.string(), weightedFillBound: z.number().nullable() });
type Proposal = z.infer<typeof ProposalSchema>;

/** `ar` matches any Arabic interpreter; `ar:maghreb` only those with that variant. */
function languageKey(language: string, variant: string | null | undefined): string {
  return variant ? `${language}:${variant}` : language;
}

async function loadInstance(db: Db, day: string) {
  const from = brusselsInstant(day, 0);
  const to = brusselsInstant(addDays(day, 1), 0);
  const [requests, people] = await Promise.all([
    selectOpenOnSiteRequests(db, from, to),
    selectPlanningInterpreters(db, day, from, to),
  ]);
  const planningRequests = requests.map((r) => ({
    id: r.id,
    language: languageKey(r.language, r.variant),
    start: r.startsAt.toISOString(),
    end: r.endsAt.toISOString(),
    lat: r.lat,
    lon: r.lon,
    priority: Math.max(1, r.priority),
  }));
  const planningInterpreters = people.map((p) => ({
    id: p.id,
    languages: [
      ...new Set(
        p.languages.flatMap((l) => [l.language, ...(l.variant ? [`${l.language}:${l.variant}`] : [])]),
      ),
    ],
    homeLat: p.homeLat,
    homeLon: p.homeLon,
    availability: freeWindows(day, {
      weekly: p.weeklyAvailability,
      exceptions: p.exceptions,
      busy: p.busy,
      marginMinutes: EXISTING_JOB_MARGIN_MINUTES,
    }).map((w) => ({ start: new Date(w.start).toISOString(), end: new Date(w.end).toISOString() })),
  }));
  const instance = {
    interpreters: planningInterpreters,
    requests: planningRequests,
  } satisfies PlanningInstance;
  return { instance, requests, codes: new Map(people.map((p) => [p.id, p.code])) };
}

function planOf(proposal: Proposal): Map<string, string> {
  return new Map(
    Object.entries(proposal.items).flatMap(([requestId, item]) =>
      item.interpreterId ? [[requestId, item.interpreterId] as const] : [],
    ),
  );
}

export async function toDayPlan(db: Db, row: DayPlanRow): Promise<DayPlan> {
  const proposal = ProposalSchema.parse(row.proposal);
  const summary = SummarySchema.parse(row.summary);
  const { instance } = proposal;
  const report = checkPlan(instance, planOf(proposal));
  const codes = await interpreterCodes(db, [...planOf(proposal).values()]);
  const byId = new Map(instance.requests.map((r) => [r.id, r]));
  const items = proposal.requests.map((meta) => {
    const request = byId.get(meta.id);
    const item = proposal.items[meta.id] ?? { interpreterId: null, reason: 'not planned' };
    return {
      requestId: meta.id,
      reference: meta.reference,
      language: meta.language,
      start: request?.start ?? '',
      end: request?.end ?? '',
      priority: request?.priority ?? 1,
      interpreterId: item.interpreterId,
      interpreterCode: item.interpreterId ? (codes.get(item.interpreterId) ?? null) : null,
      reason: item.reason,
    };
  });
  return {
    id: row.id,
    day: row.day,
    status: row.status === 'published' ? 'published' : 'draft',
    engine: row.engine,
    engineReason: summary.engineReason,
    totals: {
      requests: items.length,
      filled: report.filled,
      weightedFilled: report.weightedFilled,
      homeTravelMinutes: report.homeTravelMinutes,
      maxLoadMinutes: report.maxLoadMinutes,
      weightedFillBound: summary.weightedFillBound,
    },
    items,
    violations: report.violations.map((v) => ({
      requestId: v.requestId,
      interpreterId: v.interpreterId,
      detail: v.detail,
    })),
    publishedAt: row.publishedAt?.toISOString() ?? null,
  };
}

/** Plans a day: the MIP with HiGHS within the time budget, greedy past it; every choice explained. */
export async function proposeDayPlan(
  db: Db,
  ctx: RequestContext,
  input: { day: string; timeLimitSeconds: number },
): Promise<DayPlan> {
  const { instance, requests, codes } = await loadInstance(db, input.day);
  const plan = await planDay(instance, { timeLimitSeconds: input.timeLimitSeconds });
  const languageOf = new Map(requests.map((r) => [r.id, languageKey(r.language, r.variant)]));
  const codeOf = (id: string) => codes.get(id) ?? id;
  const items: Proposal['items'] = {};
  for (const a of plan.explanation.assignments) {
    const reason = assignedReasonNl(a, languageOf.get(a.requestId) ?? '', codeOf);
    items[a.requestId] = { interpreterId: a.interpreterId, reason };
  }
  for (const u of plan.explanation.unfilled) {
    items[u.requestId] = {
      interpreterId: null,
      reason: unfilledReasonNl(u, languageOf.get(u.requestId) ?? ''),
    };
  }
  const proposal: Proposal = {
    instance,
    requests: requests.map((r) => ({
      id: r.id,
      reference: r.reference,
      language: languageKey(r.language, r.variant),
    })),
    items,
  };
  const summary = { engineReason: plan.engineReason, weightedFillBound: plan.mip?.weightedFillBound ?? null };
  return db.transaction(async (tx) => {
    const row = await insertDayPlan(tx, {
      day: input.day,
      engine: plan.engine,
      proposal,
      summary,
      createdBy: ctx.actor?.id ?? null,
    });
    await recordAudit(tx, ctx, {
      action: 'interpreting.day_plan.proposed',
      entity: 'interpreting_day_plan',
      entityId: row.id,
      after: { day: input.day, engine: plan.engine, filled: plan.totals.filled, requests: requests.length },
    });
    return toDayPlan(tx, row);
  });
}

async function lockDraft(db: Db, id: string): Promise<DayPlanRow> {
  const row = await findDayPlan(db, id, true);
  if (!row) throw new AppError('INTERPRETING.PLAN_NOT_FOUND');
  if (row.status !== 'draft') throw new AppError('INTERPRETING.PLAN_PUBLISHED');
  return row;
}

export async function getDayPlan(db: Db, id: string): Promise<DayPlan> {
  const row = await findDayPlan(db, id);
  if (!row) throw new AppError('INTERPRETING.PLAN_NOT_FOUND');
  return toDayPlan(db, row);
}

/** The dispatcher moves or clears requests; the plan is checked again but any edit is kept. */
export async function editDayPlan(
  db: Db,
  ctx: RequestContext,
  id: string,
  changes: readonly { requestId: string; interpreterId: string | null }[],
): Promise<DayPlan> {
  return db.transaction(async (tx) => {
    const row = await lockDraft(tx, id);
    const proposal = ProposalSchema.parse(row.proposal);
    for (const change of changes) {
      if (!proposal.items[change.requestId])
        throw new AppError('INTERPRETING.PLAN_UNKNOWN_REQUEST', change.requestId);
      proposal.items[change.requestId] = {
        interpreterId: change.interpreterId,
        reason: change.interpreterId ? EDIT_REASONS_NL.chosen : EDIT_REASONS_NL.open,
      };
    }
    const updated = await updateDayPlan(tx, id, { proposal });
    await recordAudit(tx, ctx, {
      action: 'interpreting.day_plan.edited',
      entity: 'interpreting_day_plan',
      entityId: id,
      after: { changes },
    });
    return toDayPlan(tx, updated);
  });
}

export type PublishOne = (
  requestId: string,
  interpreterId: string,
) => Promise<{ outcome: 'assigned' | 'offered' | 'refused'; detail: string | null }>;

/**
 * Publishes a draft: marks it published (once: compare-and-set under a row lock), then books each
 * pair on its own, so that one pair refused by the full rules does not undo the others.
 */
export async function publishDayPlan(db: Db, ctx: RequestContext, id: string, publishOne: PublishOne) {
  const pairs = await db.transaction(async (tx) => {
    const row = await lockDraft(tx, id);
    const plan = await toDayPlan(tx, row);
    if (plan.violations.length > 0) {
      throw new AppError('INTERPRETING.PLAN_INFEASIBLE', plan.violations.map((v) => v.detail).join('; '));
    }
    await updateDayPlan(tx, id, { status: 'published', publishedAt: new Date() });
    await recordAudit(tx, ctx, {
      action: 'interpreting.day_plan.published',
      entity: 'interpreting_day_plan',
      entityId: id,
      after: { filled: plan.totals.filled },
    });
    return plan.items.flatMap((item) =>
      item.interpreterId ? [{ requestId: item.requestId, interpreterId: item.interpreterId }] : [],
    );
  });
  const results = [];
  for (const pair of pairs)
    results.push({ ...pair, ...(await publishOne(pair.requestId, pair.interpreterId)) });
  return { plan: await getDayPlan(db, id), results };
}
