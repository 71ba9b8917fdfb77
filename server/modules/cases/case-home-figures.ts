import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../platform/db/index.ts';
import { type HomeFigureProvider, hasPermission } from '../../platform/identity/index.ts';
import { caseScope } from './case-access.ts';
import { cases, caseTasks } from './cases.tables.ts';

/**
 * What a case worker sees first on the home page: her open cases, and the open tasks and deadlines
 * of the cases she may see that are past due (in Brussels' calendar).
 */
export const caseHomeFigures: HomeFigureProvider = async (db: Db, actor) => {
  if (!hasPermission(actor.roles, 'cases.work')) return [];
  const [row] = await queryRows<{ mine: number; overdue: number }>(
    db,
    sql`select
      (select count(*)::int from ${cases} where ${cases.assigneeId} = ${actor.id} and ${cases.closedAt} is null) as mine,
      (select count(*)::int from ${caseTasks} join ${cases} on ${cases.id} = ${caseTasks.caseId}
        where ${caseTasks.doneAt} is null and ${cases.closedAt} is null and ${caseScope(actor)}
          and ${caseTasks.dueOn} < (now() at time zone 'Europe/Brussels')::date) as overdue`,
  );
  return [
    { key: 'cases.mine.open', value: row?.mine ?? 0 },
    { key: 'cases.tasks.overdue', value: row?.overdue ?? 0 },
  ];
};
