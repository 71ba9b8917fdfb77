import type { ChargeOut, TimesheetOut } from '../../../../contracts/interpreting-billing.ts';
import { CHARGE_KINDS, NO_SHOWS, TIMESHEET_STATUSES } from '../../../../contracts/interpreting-billing.ts';
import type { ChargeRow, TimesheetRow } from './timesheet.repository.ts';

/** Dutch labels of the modes, as the invoice and the charge descriptions print them. */
export const MODE_LABELS_NL: Record<string, string> = {
  on_site: 'Tolken ter plaatse',
  phone: 'Telefoontolken',
  video: 'Videotolken',
};

function oneOf<T extends string>(values: readonly T[], value: string | null, fallback: T): T {
  return values.find((v) => v === value) ?? fallback;
}

const iso = (value: Date | null) => (value ? value.toISOString() : null);

export function toTimesheetOut(
  row: TimesheetRow,
  context: { requestId: string; interpreterId: string },
): TimesheetOut {
  return {
    assignmentId: row.assignmentId,
    requestId: context.requestId,
    interpreterId: context.interpreterId,
    status: oneOf(TIMESHEET_STATUSES, row.status, 'submitted'),
    actualStart: iso(row.actualStart),
    actualEnd: iso(row.actualEnd),
    waitingMinutes: row.waitingMinutes,
    kilometres: row.kilometres,
    noShow: row.noShow === null ? null : oneOf(NO_SHOWS, row.noShow, 'client'),
    notes: row.notes,
    submittedAt: row.submittedAt.toISOString(),
    reviewedAt: iso(row.reviewedAt),
    reviewNote: row.reviewNote,
  };
}

export function toChargeOut(row: ChargeRow): ChargeOut {
  return {
    id: row.id,
    kind: oneOf(CHARGE_KINDS, row.kind, 'session'),
    requestId: row.requestId,
    serviceDate: row.serviceDate,
    description: row.description,
    billableMinutes: row.billableMinutes,
    kilometres: row.kilometres,
    amountCents: row.amountCents,
    travelCents: row.travelCents,
    costCentre: row.costCentre,
  };
}

/** "Tolken ter plaatse (ar-maghreb)". */
export function serviceLabel(mode: string, language: string, variant: string | null): string {
  return `${MODE_LABELS_NL[mode] ?? mode} (${variant ? `${language}-${variant}` : language})`;
}
