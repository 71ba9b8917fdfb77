import { sql } from 'drizzle-orm';
import type { HomeFigure } from '../../../contracts/identity.ts';
import { auditLog } from '../audit/audit.tables.ts';
import type { Actor } from '../context.ts';
import { type Db, queryRows } from '../db/index.ts';
import { hasPermission } from './permissions.ts';
import { countUsers } from './users.repository.ts';

/** Answers the figures one module shows on the home page for this actor; none when they do not apply. */
export type HomeFigureProvider = (db: Db, actor: Actor) => Promise<HomeFigure[]>;

const providers = new Map<string, HomeFigureProvider>();

/**
 * Adds a module's figures to the home page. Keyed by name, so registering again (a second app in
 * the same process, as the tests build) replaces rather than doubles.
 */
export function registerHomeFigures(name: string, provider: HomeFigureProvider): void {
  providers.set(name, provider);
}

/** Every registered provider's figures for this actor, in registration order. */
export async function collectHomeFigures(db: Db, actor: Actor): Promise<HomeFigure[]> {
  const lists = await Promise.all([...providers.values()].map((provide) => provide(db, actor)));
  return lists.flat();
}

async function auditRowsToday(db: Db): Promise<number> {
  // "Today" is the agency's day in Brussels, not the UTC day.
  const [row] = await queryRows<{ total: number }>(
    db,
    sql`select count(*)::int as total from ${auditLog}
         where ${auditLog.at} >= (date_trunc('day', now() at time zone 'Europe/Brussels') at time zone 'Europe/Brussels')`,
  );
  return row?.total ?? 0;
}

/** The platform's own figures: accounts for admins, today's audit activity for managers and admins. */
export const platformHomeFigures: HomeFigureProvider = async (db, actor) => {
  const figures: HomeFigure[] = [];
  if (hasPermission(actor.roles, 'users.manage')) {
    const counts = await countUsers(db);
    figures.push(
      { key: 'users.active', value: counts.active },
      { key: 'users.locked', value: counts.lockedNow },
    );
  }
  if (hasPermission(actor.roles, 'audit.read')) {
    figures.push({ key: 'audit.today', value: await auditRowsToday(db) });
  }
  return figures;
};

registerHomeFigures('platform', platformHomeFigures);
