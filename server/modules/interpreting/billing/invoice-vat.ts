import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/index.ts';
import { charges } from '../interpreting.tables.ts';
import type { TariffLookup } from './tariff-lookup.ts';
import type { ChargeRow } from './timesheet.repository.ts';
import { vatPercentOf } from './vat.ts';

/**
 * Fixes the VAT rate of every charge going on an invoice: the rate in its snapshot, else (charges
 * written before the tariff had a rate, translation quotes) the rate of the tariff of its service
 * day, written into the snapshot so the invoice reads the same forever after. Inside the
 * invoice's transaction.
 */
export async function freezeVatRates(
  tx: Db,
  lines: readonly ChargeRow[],
  tariffOn: TariffLookup,
): Promise<{ netCents: number; vatPercent: number }[]> {
  const out: { netCents: number; vatPercent: number }[] = [];
  for (const line of lines) {
    let percent = vatPercentOf(line.tariff);
    if (percent === null) {
      percent = tariffOn(line.serviceDate).vatPercent;
      await tx
        .update(charges)
        .set({
          tariff: sql`coalesce(${charges.tariff}, '{}'::jsonb) || jsonb_build_object('vatPercent', ${percent}::numeric)`,
        })
        .where(and(eq(charges.id, line.id), sql`${charges.invoiceId} is null`));
    }
    out.push({ netCents: line.amountCents + line.travelCents, vatPercent: percent });
  }
  return out;
}
