import { AppError } from '../../../platform/http/app-error.ts';
import type { ParamService } from '../../../platform/params/index.ts';
import { TARIFF_KEY, type Tariff, TariffSchema } from './billing-params.ts';

export type TariffLookup = (day: string) => Tariff;

/**
 * Reads the whole tariff history once, before a transaction: on PGlite a parameter read from
 * inside an open transaction would wait for that very transaction. Same rule as `params.get`:
 * the value with validFrom ≤ day < validTo.
 */
export async function loadTariffs(params: ParamService): Promise<TariffLookup> {
  const history = await params.list(TARIFF_KEY);
  return (day) => {
    const row = history.find((p) => p.validFrom <= day && (p.validTo === null || day < p.validTo));
    if (!row) throw new AppError('PARAMS.NOT_SET', `${TARIFF_KEY} has no value on ${day}`);
    const parsed = TariffSchema.safeParse(row.value);
    if (!parsed.success) throw new AppError('PARAMS.INVALID_VALUE', `${TARIFF_KEY} on ${day}`);
    return parsed.data;
  };
}
