import { InterpretingModeSchema } from '../../../../contracts/interpreting.ts';
import { demoId } from '../../../platform/demo/demo-ids.ts';
import { billingParamDefaults, TARIFF_KEY, type Tariff, TariffSchema } from '../billing/billing-params.ts';
import { serviceLabel } from '../billing/shape.ts';
import { sessionCharge, tariffSnapshot } from '../billing/tariff.ts';
import { brusselsDate } from '../brussels-time.ts';
import type { charges } from '../interpreting.tables.ts';
import type { DemoMonth } from './demo-month.ts';

export type ChargeRow = typeof charges.$inferInsert;

/**
 * The charges of the demo's approved timesheets, computed as approval does (billing's pure
 * `sessionCharge` with the published tariff of the session's date), so the invoice run finds
 * them like any other. Only approved ones: submitted timesheets wait for a dispatcher.
 */
export function demoCharges(month: DemoMonth): ChargeRow[] {
  const requests = new Map(month.requests.map((r) => [r.id, r]));
  const assignmentsById = new Map(month.assignments.map((a) => [a.id, a]));
  return month.timesheets.flatMap((sheet) => {
    const assignment = assignmentsById.get(sheet.assignmentId);
    const request = assignment ? requests.get(assignment.requestId) : undefined;
    if (sheet.status !== 'approved' || !request || !sheet.actualStart || !sheet.actualEnd) return [];
    const serviceDate = brusselsDate(request.startsAt as Date);
    const tariff = publishedTariff(serviceDate);
    const mode = InterpretingModeSchema.parse(request.mode);
    const actualMinutes = Math.round(
      ((sheet.actualEnd as Date).getTime() - (sheet.actualStart as Date).getTime()) / 60_000,
    );
    const breakdown = sessionCharge({
      mode,
      actualMinutes: Math.max(0, actualMinutes),
      waitingMinutes: sheet.waitingMinutes ?? 0,
      km: sheet.kilometres ?? 0,
      tariff,
    });
    return [
      {
        id: demoId(`interpreting:charge:${request.id}`),
        createdAt: sheet.reviewedAt ?? undefined,
        organisationId: request.organisationId,
        requestId: request.id,
        kind: 'session',
        serviceDate,
        description: serviceLabel(request.mode, request.language, request.variant ?? null),
        billableMinutes: breakdown.billableMinutes,
        kilometres: breakdown.kilometres,
        amountCents: breakdown.amountCents,
        travelCents: breakdown.travelCents,
        tariff: tariffSnapshot(serviceDate, mode, breakdown, tariff),
        costCentre: request.costCentre ?? null,
      },
    ];
  });
}

function publishedTariff(day: string): Tariff {
  const row = billingParamDefaults.find(
    (p) => p.key === TARIFF_KEY && p.validFrom <= day && (p.validTo === undefined || day < p.validTo),
  );
  if (!row) throw new RangeError(`no published tariff on ${day}`);
  return TariffSchema.parse(row.value);
}
