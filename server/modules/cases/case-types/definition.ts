import type { CaseType } from '../../../../contracts/case-types.ts';
import type { Permission } from '../../../../contracts/permissions.ts';

export type Fields = Record<string, unknown>;

/** A case as the type's rules see it. */
export type CaseFacts = { status: string; fields: Fields; openedAt: Date; today: string };

/**
 * One allowed move of the status machine. `from: '*'` means every status that is not closed.
 * `permission` narrows who may make it (default: whoever may work the case); `guard` explains
 * why it cannot happen yet (null when it can).
 */
export type TransitionRule = {
  from: readonly string[] | '*';
  to: string;
  permission?: Permission;
  guard?: (facts: CaseFacts) => string | null;
};

/** A deadline the type's rules derive from the fields; it becomes a task with `deadlineKey`. */
export type Deadline = { key: string; label: string; dueOn: string };

export type CaseTypeDefinition = {
  type: CaseType;
  initial: string;
  transitions: readonly TransitionRule[];
  /** Fields set when a status is entered (a decision date, the day the file became complete). */
  onEnter?: (to: string, facts: CaseFacts) => Fields;
  /** The deadlines that apply now; those no longer returned are closed (kept in the history). */
  deadlines?: (facts: CaseFacts) => Deadline[];
  /** Computed facts shown with the case (never stored). */
  derive?: (facts: CaseFacts) => Fields;
  /** Months after closure before the retention job anonymises the case. */
  retentionMonths: number;
  /** Top-level field names the reports count: the only fields an anonymised case keeps. */
  keptFields: readonly string[];
};

/** Adds days to an ISO date (UTC calendar arithmetic: dates have no time zone). */
export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Adds calendar months, clamping to the month's last day (31 Aug + 6 months = 28/29 Feb). */
export function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

export const str = (fields: Fields, key: string): string | undefined => {
  const value = fields[key];
  return typeof value === 'string' ? value : undefined;
};
