import { type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import type { Role } from '../../../contracts/identity.ts';
import type { Actor } from '../context.ts';
import { users } from './identity.tables.ts';

/**
 * Which rows of a module's table a role may see, on top of the permission to see that kind of row:
 * - all: every row (managers, admins, and the staff who run a task for the whole city);
 * - team: rows of the actor's team (counsellors see their team's cases);
 * - organisation: rows of the actor's organisation (requesters see their service's requests);
 * - assignments: rows assigned to the actor (interpreters and volunteers);
 * - none: no rows (the city monitor reads aggregates only).
 */
export type Scope = 'all' | 'team' | 'organisation' | 'assignments' | 'none';

export const DEFAULT_ROLE_SCOPES: Readonly<Record<Role, Scope>> = {
  admin: 'all',
  manager: 'all',
  dispatcher: 'all',
  counsellor: 'team',
  site_supervisor: 'all',
  programme_coordinator: 'all',
  library_editor: 'all',
  offerfeest_coordinator: 'all',
  requester: 'organisation',
  interpreter: 'assignments',
  volunteer: 'assignments',
  city_monitor: 'none',
};

/** The columns of a table that tie a row to an organisation, a team or an assignee. */
export type ScopeColumns = {
  organisationId?: SQLWrapper;
  teamId?: SQLWrapper;
  /** Holds a user id (e.g. an interpreter's account). */
  assigneeUserId?: SQLWrapper;
  /** Holds a person id (e.g. a volunteer's person record, linked to the account by users.person_id). */
  assigneePersonId?: SQLWrapper;
};

const NOTHING = sql`false`;
const EVERYTHING = sql`true`;

/** Rows of the actor's own organisation; nothing for an actor without one. */
export function ownOrganisation(actor: Actor, column: SQLWrapper): SQL {
  return actor.organisationId ? sql`${column} = ${actor.organisationId}` : NOTHING;
}

/** Rows of the actor's own team; nothing for an actor without one. */
export function ownTeam(actor: Actor, column: SQLWrapper): SQL {
  return actor.teamId ? sql`${column} = ${actor.teamId}` : NOTHING;
}

/** Rows assigned to the actor, by user id or by the person record linked to the account. */
export function ownAssignments(
  actor: Actor,
  columns: Pick<ScopeColumns, 'assigneeUserId' | 'assigneePersonId'>,
): SQL {
  const conditions: SQL[] = [];
  if (columns.assigneeUserId) conditions.push(sql`${columns.assigneeUserId} = ${actor.id}`);
  if (columns.assigneePersonId) {
    // The session carries no person id, so look it up here; `in` matches nothing when it is null.
    conditions.push(
      sql`${columns.assigneePersonId} in (select ${users.personId} from ${users} where ${users.id} = ${actor.id})`,
    );
  }
  return conditions.length ? sql`(${sql.join(conditions, sql` or `)})` : NOTHING;
}

function conditionFor(actor: Actor, scope: Scope, columns: ScopeColumns): SQL {
  switch (scope) {
    case 'all':
      return EVERYTHING;
    case 'team':
      return columns.teamId ? ownTeam(actor, columns.teamId) : NOTHING;
    case 'organisation':
      return columns.organisationId ? ownOrganisation(actor, columns.organisationId) : NOTHING;
    case 'assignments':
      return ownAssignments(actor, columns);
    case 'none':
      return NOTHING;
  }
}

/** The scopes an actor's roles give, strongest first and without repeats. */
export function scopesOf(
  actor: Actor,
  roleScopes: Partial<Record<Role, Scope>> = DEFAULT_ROLE_SCOPES,
): Scope[] {
  const order: Scope[] = ['all', 'team', 'organisation', 'assignments', 'none'];
  const held = new Set(actor.roles.map((role) => roleScopes[role] ?? DEFAULT_ROLE_SCOPES[role]));
  return order.filter((scope) => held.has(scope));
}

/**
 * The WHERE condition for "rows this actor may see": the union of what each of the actor's roles
 * gives. A module passes its table's columns, and its own role→scope map when it differs from the
 * default (a scope whose column the table lacks gives nothing, never everything).
 */
export function rowScope(
  actor: Actor,
  columns: ScopeColumns,
  roleScopes: Partial<Record<Role, Scope>> = DEFAULT_ROLE_SCOPES,
): SQL {
  const scopes = scopesOf(actor, roleScopes);
  if (scopes.includes('all')) return EVERYTHING;
  const conditions = scopes.map((scope) => conditionFor(actor, scope, columns)).filter((c) => c !== NOTHING);
  if (conditions.length === 0) return NOTHING;
  return conditions.length === 1 && conditions[0] ? conditions[0] : sql`(${sql.join(conditions, sql` or `)})`;
}
