import { LocaleSchema, type Me, type Role, RoleSchema, type User } from '../../../contracts/identity.ts';
import type { Actor } from '../context.ts';
import type { UserRow } from './users.repository.ts';

// Roles a later release dropped may still be in the table; they grant nothing and are not shown.
function knownRoles(roles: readonly string[]): Role[] {
  return roles.flatMap((role) => {
    const parsed = RoleSchema.safeParse(role);
    return parsed.success ? [parsed.data] : [];
  });
}

export function toActor(row: UserRow): Actor {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    roles: knownRoles(row.roles),
    organisationId: row.organisationId,
    teamId: row.teamId,
    locale: LocaleSchema.catch('nl').parse(row.locale),
  };
}

/** The Me body, answered from the actor the auth hook loaded: no query of its own. */
export function toMe(actor: Actor): Me {
  return {
    id: actor.id,
    email: actor.email,
    name: actor.name,
    roles: actor.roles,
    organisationId: actor.organisationId,
    teamId: actor.teamId,
    locale: actor.locale,
  };
}

export function toUser(row: UserRow, now: Date = new Date()): User {
  return {
    ...toActor(row),
    active: row.active,
    // A lock that has run out is no lock: show only one that holds now.
    lockedUntil: row.lockedUntil && row.lockedUntil > now ? row.lockedUntil.toISOString() : null,
    createdAt: row.createdAt.toISOString(),
  };
}

/** What an audit row keeps of a user: everything an admin can change, never the hash. */
export function auditView(row: UserRow): Record<string, unknown> {
  return {
    email: row.email,
    name: row.name,
    roles: [...row.roles].sort(),
    organisationId: row.organisationId,
    teamId: row.teamId,
    locale: row.locale,
    active: row.active,
  };
}
