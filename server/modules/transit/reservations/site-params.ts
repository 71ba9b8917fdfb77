import type { z } from 'zod';
import { AppError } from '../../../platform/http/app-error.ts';
import { type Parameter, type ParamService, today } from '../../../platform/params/index.ts';
import { type TransitTariff, TransitTariffSchema } from '../billing/tariff.ts';
import {
  TEMPORARY_CAP_END_KEY,
  TEMPORARY_CAP_KEY,
  TemporaryCapEndValueSchema,
  TemporaryCapValueSchema,
  TransitCapacitySchema,
  type TransitRules,
  TransitRulesSchema,
} from '../transit-params.ts';

/**
 * A temporary lower cap on [fromDay, toDay), as the site's managers set it. `toDay` is where it
 * stops holding; a cap ended early keeps its stored end (`storedToDay`) in the parameters, with
 * the value `transit.temporary_cap_end` (`end`) from `toDay` on.
 */
export type TemporaryCap = {
  id: string;
  fromDay: string;
  toDay: string;
  pitches: number;
  reason: string;
  storedToDay?: string;
  end?: { id: string; fromDay: string };
};

/** The site's effective-dated parameters, read once before a transaction. */
export type SiteParams = {
  rules(day: string): TransitRules;
  /** The site's size that day (`transit.capacity`), without a temporary cap. */
  pitches(day: string): number;
  tariff(day: string): TransitTariff;
  /** Every temporary cap, in day order. */
  caps: readonly TemporaryCap[];
};

/** The temporary cap on a day, if any. */
export function capOf(caps: readonly TemporaryCap[], day: string): TemporaryCap | null {
  return caps.find((cap) => cap.fromDay <= day && day < cap.toDay) ?? null;
}

/** The caps as they hold: a cap with an end value stops at that value's first day. */
export function toCaps(history: readonly Parameter[], ends: readonly Parameter[] = []): TemporaryCap[] {
  return history.flatMap((row) => {
    const value = TemporaryCapValueSchema.safeParse(row.value);
    if (!value.success || row.validTo === null) return [];
    const cap = { id: row.id, fromDay: row.validFrom, toDay: row.validTo, ...value.data };
    const end = ends.find((e) => TemporaryCapEndValueSchema.safeParse(e.value).data?.capId === row.id);
    if (!end || end.validFrom >= row.validTo) return [cap];
    return [
      { ...cap, toDay: end.validFrom, storedToDay: row.validTo, end: { id: end.id, fromDay: end.validFrom } },
    ];
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

/**
 * Reads the rules, the capacity and the tariff before the transaction opens: on PGlite a parameter
 * read from inside an open transaction would wait for that very transaction. The tariff is also
 * read through `params.get` so the bill, made inside the check-out's transaction, finds it cached.
 */
export async function loadSiteParams(params: ParamService): Promise<SiteParams> {
  const [rules, capacity, tariff, caps, capEnds] = await Promise.all([
    params.list('transit.rules'),
    params.list('transit.capacity'),
    params.list('transit.tariff'),
    params.list(TEMPORARY_CAP_KEY),
    params.list(TEMPORARY_CAP_END_KEY),
    params.get('transit.tariff', today()).catch(() => null),
  ]);
  const pitchesOn = lookup('transit.capacity', capacity, TransitCapacitySchema);
  return {
    rules: lookup('transit.rules', rules, TransitRulesSchema),
    pitches: (day) => pitchesOn(day).pitches,
    tariff: lookup('transit.tariff', tariff, TransitTariffSchema),
    caps: toCaps(caps, capEnds),
  };
}
