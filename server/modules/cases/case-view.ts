import { type CaseType, statusLabel } from '../../../contracts/case-types.ts';
import type { CaseDetail, CaseSummary } from '../../../contracts/cases.ts';
import type { Actor } from '../../platform/context.ts';
import type { Db } from '../../platform/db/index.ts';
import type { CaseRow } from './case-access.ts';
import { CASE_DEFINITIONS, type CaseFacts } from './case-types/index.ts';
import { type SummaryRow, selectCasePeople, selectDeadlineTasks } from './cases.repository.ts';
import { allowedTransitions } from './state-machine.ts';

const typeOf = (row: CaseRow): CaseType => row.type as CaseType;

/** Today in Brussels as YYYY-MM-DD: deadlines and dates without time are Belgian calendar days. */
export function brusselsToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(now);
}

export function factsOf(row: CaseRow, today = brusselsToday()): CaseFacts {
  return { status: row.status, fields: row.fields, openedAt: row.openedAt, today };
}

export function toSummary({ row, teamName, assigneeName, nextDueOn }: SummaryRow): CaseSummary {
  return {
    id: row.id,
    reference: row.reference,
    type: typeOf(row),
    title: row.title,
    status: row.status,
    statusLabel: statusLabel(typeOf(row), row.status),
    teamId: row.teamId,
    teamName,
    assignee: row.assigneeId && assigneeName ? { id: row.assigneeId, name: assigneeName } : null,
    openedAt: row.openedAt.toISOString(),
    statusChangedAt: row.statusChangedAt.toISOString(),
    closedAt: row.closedAt?.toISOString() ?? null,
    nextDueOn,
    origin: row.origin === 'portal' ? 'portal' : 'staff',
  };
}

export async function toDetail(db: Db, summary: SummaryRow, actor: Actor | null): Promise<CaseDetail> {
  const { row } = summary;
  const definition = CASE_DEFINITIONS[typeOf(row)];
  const facts = factsOf(row);
  const [linked, deadlineTasks] = await Promise.all([
    selectCasePeople(db, row.id),
    selectDeadlineTasks(db, row.id),
  ]);
  return {
    ...toSummary(summary),
    fields: row.fields,
    derived: definition.derive?.(facts) ?? {},
    language: row.language,
    people: linked,
    deadlines: deadlineTasks.map((task) => ({
      key: task.deadlineKey ?? '',
      label: task.title,
      dueOn: task.dueOn ?? '',
      done: task.doneAt !== null,
      overdue: task.doneAt === null && task.dueOn !== null && task.dueOn < facts.today,
    })),
    allowedTransitions: actor && !row.anonymisedAt ? allowedTransitions(definition, facts, actor.roles) : [],
    anonymisedAt: row.anonymisedAt?.toISOString() ?? null,
    version: row.version,
  };
}
