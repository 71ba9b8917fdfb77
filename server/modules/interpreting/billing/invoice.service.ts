import { INTERPRETING_MODES, InterpretingModeSchema } from '../../../../contracts/interpreting.ts';
import type { InvoiceOut, InvoiceSummary } from '../../../../contracts/interpreting-billing.ts';
import { recordAudit } from '../../../platform/audit/index.ts';
import type { Actor, RequestContext } from '../../../platform/context.ts';
import { type Db, sqlState } from '../../../platform/db/index.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import { hasPermission } from '../../../platform/identity/permissions.ts';
import { requireActor, requirePermission } from '../../../platform/identity/policy.ts';
import { addDays, brusselsDate, brusselsInstant } from '../brussels-time.ts';
import { haversineKm } from '../travel.ts';
import {
  attachCharges,
  findInvoiceFor,
  type InvoiceWithOrganisation,
  insertChargeOnce,
  insertInvoice,
  type LateCancellation,
  lockInvoiceableCharges,
  markRequestsInvoiced,
  nextInvoiceSequence,
  selectInvoiceLines,
  selectInvoices,
  syncLateCancellationWaivers,
  unchargedLateCancellations,
} from './invoice.repository.ts';
import { freezeVatRates } from './invoice-vat.ts';
import { quarterPeriod } from './periods.ts';
import { serviceLabel, toChargeOut } from './shape.ts';
import { lateCancellationCharge, tariffSnapshot } from './tariff.ts';
import { loadTariffs, type TariffLookup } from './tariff-lookup.ts';
import type { BillingDeps } from './timesheet.service.ts';
import { vatPercentOf, vatSummary } from './vat.ts';

/**
 * Km for a late cancellation when the interpreter was on the way: home → venue as the crow
 * flies, there and back, to 0.1 km (no timesheet exists to report the real distance).
 */
export function lateCancellationKm(
  row: Pick<LateCancellation, 'lat' | 'lon' | 'homeLat' | 'homeLon'>,
): number {
  if (row.lat === null || row.lon === null || row.homeLat === null || row.homeLon === null) return 0;
  const oneWay = haversineKm({ lat: row.homeLat, lon: row.homeLon }, { lat: row.lat, lon: row.lon });
  return Math.round(oneWay * 2 * 10) / 10;
}

/** Writes the charges of billable late cancellations up to the end of the period; idempotent. */
async function chargeLateCancellations(
  tx: Db,
  ctx: RequestContext,
  tariffOn: TariffLookup,
  organisationId: string,
  lastDay: string,
) {
  await syncLateCancellationWaivers(tx, organisationId);
  const before = brusselsInstant(addDays(lastDay, 1), 0);
  for (const row of await unchargedLateCancellations(tx, organisationId, before)) {
    const mode = InterpretingModeSchema.catch('on_site').parse(row.mode);
    const serviceDate = brusselsDate(row.startsAt);
    const tariff = tariffOn(serviceDate);
    const breakdown = lateCancellationCharge({
      mode,
      interpreterOnTheWay: row.interpreterOnTheWay,
      km: lateCancellationKm(row),
      tariff,
    });
    const charge = await insertChargeOnce(tx, {
      organisationId,
      requestId: row.requestId,
      kind: 'late_cancellation',
      serviceDate,
      description: `Laattijdige annulering — ${serviceLabel(mode, row.language, row.variant)}`,
      billableMinutes: breakdown.billableMinutes,
      kilometres: breakdown.kilometres,
      amountCents: breakdown.amountCents,
      travelCents: breakdown.travelCents,
      tariff: tariffSnapshot(serviceDate, mode, breakdown, tariff),
      costCentre: row.costCentre,
    });
    if (charge) {
      await recordAudit(tx, ctx, {
        action: 'interpreting.charge.created',
        entity: 'interpreting_charge',
        entityId: charge.id,
        after: toChargeOut(charge),
      });
    }
  }
}

function invoiceNumber(quarter: string, sequence: number): string {
  const [year, q] = quarter.split('-');
  return `F-${year}-${q}-${String(sequence).padStart(4, '0')}`;
}

type InvoiceTarget = { organisationId: string; quarter: string };

/** The charges the invoice will hold, late cancellations charged first; refuses a taken or empty quarter. */
async function collectLines(
  tx: Db,
  ctx: RequestContext,
  tariffOn: TariffLookup,
  target: InvoiceTarget,
  lastDay: string,
) {
  if (await findInvoiceFor(tx, target.organisationId, target.quarter))
    throw new AppError('INTERPRETING.INVOICE_EXISTS');
  await chargeLateCancellations(tx, ctx, tariffOn, target.organisationId, lastDay);
  const lines = await lockInvoiceableCharges(tx, target.organisationId, lastDay);
  if (lines.length === 0) {
    // A concurrent draft may have just taken every charge: say so rather than "nothing to invoice".
    const won = await findInvoiceFor(tx, target.organisationId, target.quarter);
    throw new AppError(won ? 'INTERPRETING.INVOICE_EXISTS' : 'INTERPRETING.INVOICE_EMPTY');
  }
  return lines;
}

/**
 * Drafts the quarterly invoice of an organisation: charges the late cancellations, then puts every
 * uninvoiced, non-waived charge up to the quarter's last day on it (earlier quarters' stragglers,
 * approved after their quarter was invoiced, included), in one transaction.
 */
export async function createInvoice(
  deps: BillingDeps,
  ctx: RequestContext,
  target: InvoiceTarget,
): Promise<InvoiceOut> {
  const actor = requirePermission(ctx, 'interpreting.billing');
  const period = quarterPeriod(target.quarter);
  const tariffOn = await loadTariffs(deps.params);
  const invoiceId = await deps.db.transaction(async (tx) => {
    const lines = await collectLines(tx, ctx, tariffOn, target, period.end);
    const chargeIds = lines.map((l) => l.id);
    // The stored total is what the organisation pays: net plus the VAT of each rate.
    const vat = vatSummary(await freezeVatRates(tx, lines, tariffOn));
    const invoice = await insertInvoiceOnce(tx, {
      number: invoiceNumber(target.quarter, await nextInvoiceSequence(tx)),
      organisationId: target.organisationId,
      quarter: target.quarter,
      periodStart: period.start,
      periodEnd: period.end,
      totalCents: vat.totalCents,
      lineCount: lines.length,
      issuedBy: actor.id,
    });
    if ((await attachCharges(tx, invoice.id, chargeIds)) !== lines.length) {
      throw new AppError('COMMON.CONFLICT', 'charges changed while the invoice was drafted; try again');
    }
    await markRequestsInvoiced(tx, [...new Set(lines.flatMap((l) => (l.requestId ? [l.requestId] : [])))]);
    await recordAudit(tx, ctx, {
      action: 'interpreting.invoice.created',
      entity: 'interpreting_invoice',
      entityId: invoice.id,
      after: { ...invoice, chargeIds },
    });
    return invoice.id;
  });
  return getInvoice(deps.db, ctx, invoiceId);
}

async function insertInvoiceOnce(tx: Db, values: Parameters<typeof insertInvoice>[1]) {
  try {
    return await insertInvoice(tx, values);
  } catch (error) {
    // Another invoice for this organisation and quarter won the race (unique index).
    if (sqlState(error) === '23505') throw new AppError('INTERPRETING.INVOICE_EXISTS');
    throw error;
  }
}

function requireInvoiceReader(ctx: RequestContext): Actor {
  const actor = requireActor(ctx);
  if (
    hasPermission(actor.roles, 'interpreting.billing') ||
    hasPermission(actor.roles, 'interpreting.request')
  ) {
    return actor;
  }
  throw new AppError('COMMON.FORBIDDEN', 'needs interpreting.billing or interpreting.request');
}

function toSummary(row: InvoiceWithOrganisation): InvoiceSummary {
  return {
    id: row.id,
    number: row.number,
    organisationId: row.organisationId,
    organisationName: row.organisationName,
    quarter: row.quarter,
    periodStart: row.periodStart,
    periodEnd: row.periodEnd,
    totalCents: row.totalCents,
    lineCount: row.lineCount,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function listInvoices(
  db: Db,
  ctx: RequestContext,
  filter: { organisationId?: string | undefined; quarter?: string | undefined },
): Promise<{ items: InvoiceSummary[] }> {
  const actor = requireInvoiceReader(ctx);
  return { items: (await selectInvoices(db, actor, filter)).map(toSummary) };
}

/** One invoice with its lines; "not found" as well when it belongs to another organisation. */
export async function getInvoice(db: Db, ctx: RequestContext, id: string): Promise<InvoiceOut> {
  const actor = requireInvoiceReader(ctx);
  const [row] = await selectInvoices(db, actor, { id });
  if (!row) throw new AppError('INTERPRETING.INVOICE_NOT_FOUND');
  const lines = (await selectInvoiceLines(db, id)).map((line) => ({
    ...toChargeOut(line),
    reference: line.reference,
    mode: INTERPRETING_MODES.find((m) => m === line.mode) ?? null,
    language: line.language,
    vatPercent: vatPercentOf(line.tariff) ?? 0,
  }));
  const vat = vatSummary(
    lines.map((l) => ({ netCents: l.amountCents + l.travelCents, vatPercent: l.vatPercent })),
  );
  return { ...toSummary(row), lines, netCents: vat.netCents, vatCents: vat.vatCents, vatRates: vat.rates };
}
