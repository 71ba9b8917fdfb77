import { z } from 'zod';
import type { Db } from '../../../platform/db/index.ts';
import type { ParamDefault, ParamGetter } from '../../../platform/params/index.ts';

/**
 * The transit site's tariff (parameter `transit.tariff`, effective-dated: the amounts are indexed).
 * €200 prepayment and €7.20 per caravan per day are published (stad.gent); the price of a kWh and
 * the deposit were not found and are assumptions an admin corrects in the parameters.
 */
export const TransitTariffSchema = z.object({
  prepaymentCents: z.number().int().min(0),
  dayFeePerCaravanCents: z.number().int().min(0),
  electricityCentsPerKwh: z.number().int().min(0),
  depositCents: z.number().int().min(0),
});
export type TransitTariff = z.infer<typeof TransitTariffSchema>;

export const TRANSIT_TARIFF_DEFAULTS: readonly ParamDefault[] = [
  {
    key: 'transit.tariff',
    validFrom: '2015-01-01',
    value: {
      prepaymentCents: 20_000,
      dayFeePerCaravanCents: 720,
      electricityCentsPerKwh: 35,
      depositCents: 10_000,
    } satisfies TransitTariff,
    note: 'stad.gent: €200 prepayment on arrival, €7.20 per caravan per day; €0.35/kWh and a €100 deposit are assumptions',
  },
];

/**
 * The tariff valid on a day (a stay over a change of tariff bills each day at its own rate).
 * Inside a transaction pass it as `db` (PGlite has one connection).
 */
export function tariffOn(params: { get: ParamGetter }, day: string, db?: Db): Promise<TransitTariff> {
  return params.get('transit.tariff', day, TransitTariffSchema, db);
}
