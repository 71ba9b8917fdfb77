import type { z } from 'zod';
import { CreateParameterRequestSchema, type ParameterSchema } from '../../../contracts/platform.ts';
import type { FieldError } from '../../../contracts/problem.ts';
import { recordAudit } from '../audit/index.ts';
import type { RequestContext } from '../context.ts';
import { type Db, sqlState } from '../db/index.ts';
import { AppError } from '../http/app-error.ts';
import { type DayInput, toDay, today } from './day.ts';
import { runChangeHooks } from './param-hooks.ts';
import {
  closeOpenValue,
  deleteValue,
  findValue,
  insertValue,
  lockKey,
  lockValue,
  moveEnd,
  type ParameterRow,
  selectValues,
} from './params.repository.ts';

export type Parameter = z.infer<typeof ParameterSchema>;
export type SetParameterInput = z.input<typeof CreateParameterRequestSchema>;

/**
 * `param(key, at)`: the value valid on a day, checked against a schema when one is given. Inside a
 * transaction pass it as `db`: on PGlite (one connection) a read outside the open transaction
 * would wait for it to end, i.e. forever.
 */
export type ParamGetter = {
  <T>(key: string, at: DayInput, schema: z.ZodType<T>, db?: Db): Promise<T>;
  (key: string, at: DayInput): Promise<unknown>;
};

export type ParamService = {
  get: ParamGetter;
  /**
   * Every value (of one key, or of all), ordered by key and start. Inside a transaction pass it as
   * `db` (it then also sees the transaction's own changes).
   */
  list(key?: string, db?: Db): Promise<Parameter[]>;
  /** Adds a value; an open-ended current value is closed at its start, in the same transaction. */
  set(db: Db, ctx: RequestContext, input: SetParameterInput): Promise<Parameter>;
  /** Removes a value that has not started yet, and lets the value before it run on. */
  remove(db: Db, ctx: RequestContext, id: string): Promise<void>;
  /**
   * Ends a value earlier: from `validTo` (today or later, after its start, before its end) it no
   * longer holds, and those days have no value of the key unless another one covers them.
   */
  shorten(db: Db, ctx: RequestContext, id: string, validTo: string): Promise<Parameter>;
};

/** Reads are cached this long per key; a write in this process drops the key at once. */
const CACHE_MS = 10_000;
const AUDIT_ENTITY = 'parameter';

function toParameter(row: ParameterRow): Parameter {
  const { id, key, value, validFrom, validTo, note } = row;
  return { id, key, value, validFrom, validTo, note };
}

function checkedDay(value: string, path: string): string {
  try {
    return toDay(value);
  } catch {
    const fieldErrors: FieldError[] = [{ path, message: 'not a calendar day' }];
    throw new AppError('COMMON.VALIDATION_FAILED', `${path} is not a calendar day`, { fieldErrors });
  }
}

function parseSetInput(input: SetParameterInput) {
  const parsed = CreateParameterRequestSchema.parse(input);
  const validFrom = checkedDay(parsed.validFrom, 'validFrom');
  const validTo = parsed.validTo ? checkedDay(parsed.validTo, 'validTo') : null;
  if (validTo !== null && validTo <= validFrom) {
    throw new AppError('COMMON.VALIDATION_FAILED', 'validTo must come after validFrom', {
      fieldErrors: [{ path: 'validTo', message: 'must come after validFrom' }],
    });
  }
  return { key: parsed.key, value: parsed.value, validFrom, validTo, note: parsed.note ?? null };
}

type ParsedValue = ReturnType<typeof parseSetInput>;

async function audit(
  db: Db,
  ctx: RequestContext,
  action: string,
  id: string,
  change: { before?: Parameter; after?: Parameter },
) {
  await recordAudit(db, ctx, {
    action: `parameter.${action}`,
    entity: AUDIT_ENTITY,
    entityId: id,
    ...change,
  });
}

/** Closes the open-ended value at the new start and inserts the new one, in one transaction. */
async function insertParameter(
  db: Db,
  ctx: RequestContext,
  service: ParamService,
  value: ParsedValue,
): Promise<Parameter> {
  try {
    return await db.transaction(async (tx) => {
      await lockKey(tx, value.key);
      const closed = await closeOpenValue(tx, value.key, value.validFrom);
      if (closed) {
        const after = toParameter(closed);
        await audit(tx, ctx, 'closed', closed.id, { before: { ...after, validTo: null }, after });
      }
      // The exclusion constraint, not a lookup, decides whether the period is free.
      const created = toParameter(await insertValue(tx, { ...value, createdBy: ctx.actor?.id ?? null }));
      await audit(tx, ctx, 'created', created.id, { after: created });
      await runChangeHooks(tx, service, { key: value.key, fromDay: value.validFrom, toDay: value.validTo });
      return created;
    });
  } catch (error) {
    if (sqlState(error) !== '23P01') throw error;
    const period = `[${value.validFrom}, ${value.validTo ?? '…'})`;
    throw new AppError('PARAMS.OVERLAP', `${value.key} already has a value during ${period}`, {
      cause: error,
    });
  }
}

/** Deletes a value that has not started; the value it had closed runs on. Answers its key. */
async function deleteParameter(
  db: Db,
  ctx: RequestContext,
  service: ParamService,
  id: string,
): Promise<string> {
  return db.transaction(async (tx) => {
    const found = await findValue(tx, id);
    if (found) await lockKey(tx, found.key);
    const row = found && (await lockValue(tx, id));
    if (!row) throw new AppError('PARAMS.NOT_FOUND');
    if (row.validFrom <= today()) {
      throw new AppError('PARAMS.IN_EFFECT', `${row.key} from ${row.validFrom} is or was in effect`);
    }
    await deleteValue(tx, id);
    await audit(tx, ctx, 'deleted', id, { before: toParameter(row) });
    // The value it replaced covers its period again, so removing a planned change leaves no gap.
    const extended = await moveEnd(tx, row.key, row.validFrom, row.validTo);
    if (extended) {
      const after = toParameter(extended);
      await audit(tx, ctx, 'extended', extended.id, { before: { ...after, validTo: row.validFrom }, after });
    }
    await runChangeHooks(tx, service, { key: row.key, fromDay: row.validFrom, toDay: row.validTo });
    return row.key;
  });
}

/** Moves a value's end earlier; the days it gives up are the change. */
async function shortenParameter(
  db: Db,
  ctx: RequestContext,
  service: ParamService,
  id: string,
  validTo: string,
): Promise<Parameter> {
  const end = checkedDay(validTo, 'validTo');
  return db.transaction(async (tx) => {
    const found = await findValue(tx, id);
    if (found) await lockKey(tx, found.key);
    const row = found && (await lockValue(tx, id));
    if (!row) throw new AppError('PARAMS.NOT_FOUND');
    // Only days still to come change: what held on a past day stays as it was.
    const fits = end >= today() && end > row.validFrom && (row.validTo === null || end < row.validTo);
    if (!fits) {
      const period = `[${row.validFrom}, ${row.validTo ?? '…'})`;
      throw new AppError('COMMON.VALIDATION_FAILED', `${row.key} ${period} cannot end on ${end}`, {
        fieldErrors: [{ path: 'validTo', message: 'today or later, after its start and before its end' }],
      });
    }
    const before = toParameter(row);
    const after = toParameter((await moveEnd(tx, row.key, row.validTo, end, id)) ?? row);
    await audit(tx, ctx, 'shortened', id, { before, after });
    await runChangeHooks(tx, service, { key: row.key, fromDay: end, toDay: row.validTo });
    return after;
  });
}

function pick(key: string, day: string, rows: ParameterRow[], schema?: z.ZodType): unknown {
  // Dates as YYYY-MM-DD compare correctly as strings.
  const row = rows.find((r) => r.validFrom <= day && (r.validTo === null || day < r.validTo));
  if (!row) throw new AppError('PARAMS.NOT_SET', `${key} has no value on ${day}`);
  if (!schema) return row.value;
  const parsed = schema.safeParse(row.value);
  if (!parsed.success)
    throw new AppError('PARAMS.INVALID_VALUE', `${key} on ${day}: ${parsed.error.message}`);
  return parsed.data;
}

export function createParamService(readDb: Db): ParamService {
  const cache = new Map<string, { rows: ParameterRow[]; until: number }>();

  async function valuesOf(key: string, db: Db = readDb): Promise<ParameterRow[]> {
    const hit = cache.get(key);
    if (hit && hit.until > Date.now()) return hit.rows;
    const rows = await selectValues(db, key);
    cache.set(key, { rows, until: Date.now() + CACHE_MS });
    return rows;
  }

  function get<T>(key: string, at: DayInput, schema: z.ZodType<T>, db?: Db): Promise<T>;
  function get(key: string, at: DayInput): Promise<unknown>;
  async function get(key: string, at: DayInput, schema?: z.ZodType, db?: Db): Promise<unknown> {
    const day = toDay(at);
    return pick(key, day, await valuesOf(key, db), schema);
  }

  const service: ParamService = {
    get,
    list: async (key, db = readDb) => (await selectValues(db, key)).map(toParameter),
    async set(db, ctx, input) {
      const value = parseSetInput(input);
      cache.delete(value.key);
      try {
        return await insertParameter(db, ctx, service, value);
      } finally {
        cache.delete(value.key);
      }
    },
    async remove(db, ctx, id) {
      cache.delete(await deleteParameter(db, ctx, service, id));
    },
    async shorten(db, ctx, id, validTo) {
      const shortened = await shortenParameter(db, ctx, service, id, validTo);
      cache.delete(shortened.key);
      return shortened;
    },
  };
  return service;
}
