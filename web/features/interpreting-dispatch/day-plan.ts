import type { DayPlan } from '../../../contracts/interpreting-planning.ts';
import type { InterpreterSummary } from '../../../contracts/interpreting-register.ts';

/** Pure logic of the day plan page: what the dispatcher changed, whom she may choose, what breaks. */

export type PlanItem = DayPlan['items'][number];
export type PlanChange = { requestId: string; interpreterId: string | null };
/** requestId → chosen interpreter id, or null for "leave open"; absent means unchanged. */
export type PlanDraft = Readonly<Record<string, string | null>>;

export const OPEN = 'open';

/** The draft's choices that differ from the plan, in the plan's order: the body of the PATCH. */
export function pendingChanges(items: readonly PlanItem[], draft: PlanDraft): PlanChange[] {
  const changes: PlanChange[] = [];
  for (const item of items) {
    if (!(item.requestId in draft)) continue;
    const chosen = draft[item.requestId] ?? null;
    if (chosen !== item.interpreterId) changes.push({ requestId: item.requestId, interpreterId: chosen });
  }
  return changes;
}

/** The interpreter a row shows: the draft's choice when there is one, else the plan's. */
export function chosenFor(item: PlanItem, draft: PlanDraft): string | null {
  return item.requestId in draft ? (draft[item.requestId] ?? null) : item.interpreterId;
}

/** The plan writes a row's language as "ar" or, with a variant, "ar:msa". */
export function splitLanguage(value: string): { language: string; variant: string | null } {
  const [language = value, variant] = value.split(':');
  return { language, variant: variant || null };
}

export type InterpreterChoice = { id: string; label: string };

/**
 * Who may take a row: active interpreters of the register who speak its language, by code; the
 * current choice always stays listed (the server explains any rule it breaks), "open" comes first.
 */
export function choicesFor(
  item: PlanItem,
  register: readonly InterpreterSummary[],
  openLabel: string,
): InterpreterChoice[] {
  const { language } = splitLanguage(item.language);
  const speaks = register.filter(
    (i) =>
      i.id === item.interpreterId ||
      (i.status === 'active' && i.languages.some((l) => l.language === language)),
  );
  const listed = speaks
    .map((i) => ({ id: i.id, label: `${i.code} ${i.givenName} ${i.familyName}` }))
    .sort((a, b) => a.label.localeCompare(b.label, 'nl'));
  if (item.interpreterId && !listed.some((c) => c.id === item.interpreterId)) {
    listed.unshift({ id: item.interpreterId, label: item.interpreterCode ?? item.interpreterId });
  }
  return [{ id: OPEN, label: openLabel }, ...listed];
}

export type ViolationLine = { requestId: string; reference: string; interpreter: string; detail: string };

/** Violations with the request's reference and the interpreter's code instead of their ids. */
export function violationLines(plan: DayPlan, register: readonly InterpreterSummary[]): ViolationLine[] {
  const references = new Map(plan.items.map((i) => [i.requestId, i.reference]));
  const codes = new Map<string, string>(register.map((i) => [i.id, i.code]));
  for (const item of plan.items)
    if (item.interpreterId && item.interpreterCode) codes.set(item.interpreterId, item.interpreterCode);
  return plan.violations.map((v) => ({
    requestId: v.requestId,
    reference: references.get(v.requestId) ?? v.requestId,
    interpreter: codes.get(v.interpreterId) ?? v.interpreterId,
    detail: v.detail,
  }));
}

/** Share of the solver's proven bound that the plan reaches, 0–1; null without a bound. */
export function boundShare(totals: DayPlan['totals']): number | null {
  const bound = totals.weightedFillBound;
  if (bound === null || bound <= 0) return null;
  return Math.min(1, totals.weightedFilled / bound);
}

export type PublishBlock = 'published' | 'pending' | 'violations' | 'empty' | null;

/** Why "Publiceren" is not possible now, or null when it is. */
export function publishBlock(plan: DayPlan, pending: number): PublishBlock {
  if (plan.status === 'published') return 'published';
  if (pending > 0) return 'pending';
  if (plan.violations.length > 0) return 'violations';
  if (!plan.items.some((i) => i.interpreterId)) return 'empty';
  return null;
}
