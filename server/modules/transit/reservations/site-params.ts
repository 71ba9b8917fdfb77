import type { z } from 'zod';
import { AppError } from '../../../platform/http/app-error.ts';
import { type Parameter, type ParamService, today } from '../../../platform/params/index.ts';
import { type TransitTariff, TransitTariffSchema } from '../billing/tariff.ts';
import { TransitCapacitySchema, type TransitRules, TransitRulesSchema } from '../transit-params.ts';

/** The site's effective-dated parameters, read once before a transaction. */
export type SiteParams = {
  rules(day: string): TransitRules;
  pitches(day: string): number;
  tariff(day: string): TransitTariff;
};

function lookup<T>(key: string, history: readonly Parameter[], schema: z.ZodType<T>) {
  return (day: string): T => {
    const row = history.find((p) => p.validFrom <= day && (p.validTo === null || day < p.validTo));
    if (!row) throw new AppError('PARAMS.NOT_SET', `${key} has no value on ${day}`);
    const parsed = schema.safeParse(row.value);
    if (!parsed.success) throw new AppError('PARAMS.INVALID_VALUE', `${key} on ${day}`);
    return parsed.data;
  };
}

/**
 * Reads the rules, the capacity and the tariff before the transaction opens: on PGlite a parameter
 * read from inside an open transaction would wait for that very transaction. The tariff is also
 * read through `params.get` so the bill, made inside the check-out's transaction, finds it cached.
 */
export async function loadSiteParams(params: ParamService): Promise<SiteParams> {
  const [rules, capacity, tariff] = await Promise.all([
    params.list('transit.rules'),
    params.list('transit.capacity'),
    params.list('transit.tariff'),
    params.get('transit.tariff', today()).catch(() => null),
  ]);
  const pitchesOn = lookup('transit.capacity', capacity, TransitCapacitySchema);
  return {
    rules: lookup('transit.rules', rules, TransitRulesSchema),
    pitches: (day) => pitchesOn(day).pitches,
    tariff: lookup('transit.tariff', tariff, TransitTariffSchema),
  };
}
