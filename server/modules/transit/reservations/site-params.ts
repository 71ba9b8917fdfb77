import type { z } from 'zod';
import type { Db } from '../../../platform/db/index.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import {
  type Parameter,
  type ParamLister,
  type ParamService,
  today,
} from '../../../platform/params/index.ts';
import { type TransitTariff, TransitTariffSchema } from '../billing/tariff.ts';
import {
  TEMPORARY_CAP_KEY,
  TemporaryCapValueSchema,
  TransitCapacitySchema,
  type TransitRules,
  TransitRulesSchema,
} from '../transit-params.ts';

/** A temporary lower cap on [fromDay, toDay), as the site's managers set it (ending it early shortens it). */
export type TemporaryCap = {
  id: string;
  fromDay: string;
  toDay: string;
  pitches: number;
  reason: string;
};

/** The site's effective-dated parameters, read once before a transaction. */
export type SiteParams = {
  rules(day: string): TransitRules;
  /** The site's size that day (`transit.capacity`), without a temporary cap. */
  pitches(day: string): number;
  tariff(day: string): TransitTariff;
  /** Every temporary cap, in day order. */
  caps: readonly TemporaryCap[];
  /** The site's size and caps as stored now, read through `tx` (it sees the transaction's own changes). */
  reread(tx: Db): Promise<SiteParams>;
};

/** The parameters a day pool's capacity is made of: a change of them resizes the pools (`resizeSitePools`). */
export const POOL_PARAM_KEYS = ['transit.capacity', TEMPORARY_CAP_KEY] as const;

/** The temporary cap on a day, if any. */
export function capOf(caps: readonly TemporaryCap[], day: string): TemporaryCap | null {
  return caps.find((cap) => cap.fromDay <= day && day < cap.toDay) ?? null;
}

/** The caps as stored: each value with its validity (a cap always has an end). */
export function toCaps(history: readonly Parameter[]): TemporaryCap[] {
  return history.flatMap((row) => {
    const value = TemporaryCapValueSchema.safeParse(row.value);
    if (!value.success || row.validTo === null) return [];
    return [{ id: row.id, fromDay: row.validFrom, toDay: row.validTo, ...value.data }];
  });
}

function lookup<T>(key: string, history: readonly Parameter[], schema: z.ZodType<T>) {
  return (day: string): T => {
    const row = history.find((p) => p.validFrom <= day && (p.validTo === null || day < p.validTo));
    if (!row)
      throw new AppError(
        'PARAMS.NOT_SET',
        `De parameter ${key} heeft geen waarde op ${day}; vraag een beheerder om ze in te stellen.`,
      );
    const parsed = schema.safeParse(row.value);
    if (!parsed.success)
      throw new AppError(
        'PARAMS.INVALID_VALUE',
        `De parameter ${key} op ${day} is ongeldig; vraag een beheerder om ze na te kijken.`,
      );
    return parsed.data;
  };
}

async function sequentially<T>(reads: (() => Promise<T>)[]): Promise<T[]> {
  const results: T[] = [];
  for (const read of reads) results.push(await read());
  return results;
}

/**
 * Reads the rules, the capacity and the tariff before the transaction opens: on PGlite a parameter
 * read from inside an open transaction would wait for that very transaction. The tariff is also
 * read through `params.get` so the bill, made inside the check-out's transaction, finds it cached.
 */
export async function loadSiteParams(params: ParamService): Promise<SiteParams> {
  const [site] = await Promise.all([
    readSiteParams(params),
    params.get('transit.tariff', today()).catch(() => null),
  ]);
  return site;
}

/** The same values, read through `db` when given (inside a transaction: one read after the other). */
export async function readSiteParams(params: ParamLister, db?: Db): Promise<SiteParams> {
  const keys = ['transit.rules', 'transit.capacity', 'transit.tariff', TEMPORARY_CAP_KEY] as const;
  const [rules = [], capacity = [], tariff = [], caps = []] = db
    ? await sequentially(keys.map((key) => () => params.list(key, db)))
    : await Promise.all(keys.map((key) => params.list(key)));
  const pitchesOn = lookup('transit.capacity', capacity, TransitCapacitySchema);
  return {
    rules: lookup('transit.rules', rules, TransitRulesSchema),
    pitches: (day) => pitchesOn(day).pitches,
    tariff: lookup('transit.tariff', tariff, TransitTariffSchema),
    caps: toCaps(caps),
    reread: (tx) => readSiteParams(params, tx),
  };
}
