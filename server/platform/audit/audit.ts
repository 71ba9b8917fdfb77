import { and, asc, count, desc, eq, gt, gte, lte, max, type SQL } from 'drizzle-orm';
import type { AuditEntry } from '../../../contracts/platform.ts';
import type { RequestContext } from '../context.ts';
import type { Db } from '../db/index.ts';
import { auditLog } from './audit.tables.ts';

export type AuditEvent = {
  action: string;
  entity: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
};

const SECRET_KEYS = /password|token|secret|hash/i;

/** Audit rows must never carry secrets, whatever a caller passes as before/after. */
function scrub(value: unknown): unknown {
  if (value === undefined) return null;
  if (Array.isArray(value)) return value.map(scrub);
  if (value instanceof Date) return value.toISOString();
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [key, SECRET_KEYS.test(key) ? '[redacted]' : scrub(inner)]),
    );
  }
  return value;
}

function actorLabel(ctx: RequestContext): string {
  if (ctx.actor) return ctx.actor.email;
  return 'systemLabel' in ctx && typeof ctx.systemLabel === 'string'
    ? `system:${ctx.systemLabel}`
    : 'anonymous';
}

/**
 * Appends one audit row. Call it with the transaction of the write it records, so that both
 * land or neither does. Every write of every module, and every read of a person's file, goes here.
 */
export async function recordAudit(db: Db, ctx: RequestContext, event: AuditEvent): Promise<void> {
  await db.insert(auditLog).values({
    actorId: ctx.actor?.id ?? null,
    actorLabel: actorLabel(ctx),
    action: event.action,
    entity: event.entity,
    entityId: event.entityId ?? null,
    before: scrub(event.before),
    after: scrub(event.after),
    requestId: ctx.requestId,
  });
}

export type AuditFilter = {
  entity?: string | undefined;
  entityId?: string | undefined;
  actor?: string | undefined;
  action?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  limit: number;
  offset: number;
};

/** Lists audit rows, newest first. */
export async function listAudit(
  db: Db,
  filter: AuditFilter,
): Promise<{ items: AuditEntry[]; total: number }> {
  const conditions: SQL[] = [];
  if (filter.entity) conditions.push(eq(auditLog.entity, filter.entity));
  if (filter.entityId) conditions.push(eq(auditLog.entityId, filter.entityId));
  if (filter.actor) conditions.push(eq(auditLog.actorId, filter.actor));
  if (filter.action) conditions.push(eq(auditLog.action, filter.action));
  if (filter.from) conditions.push(gte(auditLog.at, new Date(filter.from)));
  if (filter.to) conditions.push(lte(auditLog.at, new Date(filter.to)));
  const where = conditions.length ? and(...conditions) : undefined;
  const [rows, [totalRow]] = await Promise.all([
    db
      .select()
      .from(auditLog)
      .where(where)
      .orderBy(desc(auditLog.id))
      .limit(filter.limit)
      .offset(filter.offset),
    db.select({ total: count() }).from(auditLog).where(where),
  ]);
  return {
    items: rows.map((row) => ({ ...row, at: row.at.toISOString() })),
    total: totalRow?.total ?? 0,
  };
}

export type AuditRow = typeof auditLog.$inferSelect;

const EXPORT_BATCH = 1_000;

/**
 * Every audit row matching the filter, oldest first, read in pages by id up to the last row that
 * existed at the start, so rows added meanwhile neither shift pages nor make the export endless.
 */
export async function* iterateAudit(
  db: Db,
  filter: { from?: Date | undefined; to?: Date | undefined; entity?: string | undefined },
): AsyncGenerator<AuditRow> {
  const conditions: SQL[] = [];
  if (filter.from) conditions.push(gte(auditLog.at, filter.from));
  if (filter.to) conditions.push(lte(auditLog.at, filter.to));
  if (filter.entity) conditions.push(eq(auditLog.entity, filter.entity));
  const [last] = await db.select({ id: max(auditLog.id) }).from(auditLog);
  const lastId = last?.id ?? 0;
  let after = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(auditLog)
      .where(and(gt(auditLog.id, after), lte(auditLog.id, lastId), ...conditions))
      .orderBy(asc(auditLog.id))
      .limit(EXPORT_BATCH);
    yield* rows;
    const tail = rows.at(-1);
    if (!tail || rows.length < EXPORT_BATCH) return;
    after = tail.id;
  }
}
