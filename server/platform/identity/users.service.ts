import type { CreateUserRequest, UpdateUserRequest, User } from '../../../contracts/identity.ts';
import { recordAudit } from '../audit/index.ts';
import type { RequestContext } from '../context.ts';
import { type Db, sqlState } from '../db/index.ts';
import { AppError } from '../http/app-error.ts';
import type { IdentityMailer } from './mailer.ts';
import { hashPassword } from './password.ts';
import { mailAccountCreated, type ResetLinks } from './password-reset.ts';
import { requireActor } from './policy.ts';
import { deleteSessionsOfUser } from './session.ts';
import { sessionCache } from './session-cache.ts';
import { auditView, toUser } from './user-shape.ts';
import {
  findUserById,
  insertUser,
  listUsers as listUserRows,
  replaceRoles,
  type UserFilter,
  type UserPatch,
  updateUserRow,
} from './users.repository.ts';

/** The database's own answer to a duplicate e-mail or an unknown organisation/team, as a 4xx. */
function refuseWriteError(error: unknown): never {
  const state = sqlState(error);
  if (state === '23505') throw new AppError('IDENTITY.EMAIL_TAKEN', undefined, { cause: error });
  if (state === '23503') throw new AppError('IDENTITY.UNKNOWN_REFERENCE', undefined, { cause: error });
  throw error;
}

export async function listUsers(db: Db, filter: UserFilter): Promise<{ items: User[]; total: number }> {
  const { rows, total } = await listUserRows(db, filter);
  const now = new Date();
  return { items: rows.map((row) => toUser(row, now)), total };
}

export async function getUser(db: Db, id: string): Promise<User> {
  const row = await findUserById(db, id);
  if (!row) throw new AppError('IDENTITY.USER_NOT_FOUND');
  return toUser(row);
}

/**
 * Creates an account. Without a password the user is mailed a link to choose one (valid 7 days),
 * in the same transaction, so there is never an account whose invitation was lost.
 */
export async function createUser(
  db: Db,
  ctx: RequestContext,
  deps: { mail: IdentityMailer; links: ResetLinks },
  input: CreateUserRequest,
): Promise<User> {
  const passwordHash = input.password ? await hashPassword(input.password) : null;
  return db.transaction(async (tx) => {
    const id = await insertUser(
      tx,
      {
        email: input.email,
        name: input.name,
        passwordHash,
        locale: input.locale,
        organisationId: input.organisationId ?? null,
        teamId: input.teamId ?? null,
      },
      [...new Set(input.roles)],
    ).catch(refuseWriteError);
    if (!passwordHash) await mailAccountCreated(tx, ctx, deps.mail, { userId: id, links: deps.links });
    const row = await findUserById(tx, id);
    if (!row) throw new Error('created user not found');
    await recordAudit(tx, ctx, {
      action: 'user.created',
      entity: 'user',
      entityId: id,
      after: { ...auditView(row), invited: !passwordHash },
    });
    return toUser(row);
  });
}

function patchOf(input: UpdateUserRequest): UserPatch {
  return {
    ...(input.name !== undefined ? { name: input.name } : {}),
    ...(input.locale !== undefined ? { locale: input.locale } : {}),
    ...(input.organisationId !== undefined ? { organisationId: input.organisationId } : {}),
    ...(input.teamId !== undefined ? { teamId: input.teamId } : {}),
    ...(input.active !== undefined ? { active: input.active } : {}),
    ...(input.unlock ? { failedLogins: 0, lockedUntil: null } : {}),
  };
}

/** An admin cannot take away their own admin access: someone must always be able to undo a mistake. */
function assertNotSelfLockout(ctx: RequestContext, id: string, input: UpdateUserRequest): void {
  const actor = requireActor(ctx);
  if (actor.id !== id) return;
  if (input.active === false || (input.roles && !input.roles.includes('admin'))) {
    throw new AppError('IDENTITY.SELF_LOCKOUT');
  }
}

/** Changes an account; deactivating it ends its sessions at once. */
export async function updateUser(
  db: Db,
  ctx: RequestContext,
  id: string,
  input: UpdateUserRequest,
): Promise<User> {
  assertNotSelfLockout(ctx, id, input);
  const updated = await db.transaction(async (tx) => {
    const before = await findUserById(tx, id);
    if (!before) throw new AppError('IDENTITY.USER_NOT_FOUND');
    await updateUserRow(tx, id, patchOf(input)).catch(refuseWriteError);
    if (input.roles) await replaceRoles(tx, id, [...new Set(input.roles)]);
    if (input.active === false) await deleteSessionsOfUser(tx, id);
    const after = await findUserById(tx, id);
    if (!after) throw new Error('updated user not found');
    await recordAudit(tx, ctx, {
      action: 'user.updated',
      entity: 'user',
      entityId: id,
      before: auditView(before),
      after: { ...auditView(after), ...(input.unlock ? { unlocked: true } : {}) },
    });
    return toUser(after);
  });
  // Roles, team or organisation may have changed: signed-in sessions must see it on their next request.
  sessionCache.dropUser(id);
  return updated;
}
