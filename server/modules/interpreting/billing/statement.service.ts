import { z } from 'zod';
import { INTERPRETING_MODES } from '../../../../contracts/interpreting.ts';
import type { StatementOut } from '../../../../contracts/interpreting-billing.ts';
import type { RequestContext } from '../../../platform/context.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import { hasPermission } from '../../../platform/identity/permissions.ts';
import { requireActor } from '../../../platform/identity/policy.ts';
import { toCsv } from './csv.ts';
import { decimalComma, monthPeriod } from './periods.ts';
import {
  findInterpreter,
  type StatementRow,
  selectLateCancellationRows,
  selectStatementRows,
} from './statement.repository.ts';
import { interpreterFeeCents, lateCancellationFeeCents } from './tariff.ts';
import { loadTariffs, type TariffLookup } from './tariff-lookup.ts';
import type { BillingDeps } from './timesheet.service.ts';

const FeeSnapshotSchema = z.object({
  interpreterFeeHourlyCents: z.number().int().nonnegative(),
  lateCancellationFeePercent: z.number().min(0).max(100).optional(),
});

type StatementLine = StatementOut['lines'][number];

/**
 * One session or billed late cancellation; the fee per hour (and the late-cancellation share) is
 * the one stored with its charge, the tariff of that day otherwise.
 */
function statementLine(row: StatementRow, tariffOn: TariffLookup): StatementLine {
  const minutes = row.billableMinutes ?? 0;
  const snapshot = FeeSnapshotSchema.safeParse(row.tariff);
  const ofDay = snapshot.success ? null : tariffOn(row.serviceDate);
  const hourly = snapshot.success
    ? snapshot.data.interpreterFeeHourlyCents
    : (ofDay?.interpreterFeeHourlyCents ?? 0);
  const percent =
    (snapshot.success ? snapshot.data.lateCancellationFeePercent : ofDay?.lateCancellationFeePercent) ?? 100;
  return {
    kind: row.kind,
    assignmentId: row.assignmentId,
    reference: row.reference,
    serviceDate: row.serviceDate,
    mode: INTERPRETING_MODES.find((m) => m === row.mode) ?? 'on_site',
    language: row.language,
    billableMinutes: minutes,
    kilometres: row.kilometres ?? 0,
    feeCents:
      row.kind === 'late_cancellation'
        ? lateCancellationFeeCents(minutes, hourly, percent)
        : interpreterFeeCents(minutes, hourly),
    travelCents: row.travelCents,
  };
}

/**
 * An interpreter's monthly statement: her approved sessions and billed late cancellations with
 * hours, km and the fee owed. The
 * fee per hour is the one stored with each charge, so a later tariff change does not alter it.
 */
export async function interpreterStatement(
  deps: BillingDeps,
  ctx: RequestContext,
  interpreterId: string,
  month: string,
): Promise<StatementOut> {
  const actor = requireActor(ctx);
  const staff = hasPermission(actor.roles, 'interpreting.billing');
  if (!staff && !hasPermission(actor.roles, 'interpreting.work')) {
    throw new AppError('COMMON.FORBIDDEN', 'needs interpreting.billing or interpreting.work');
  }
  const interpreter = await findInterpreter(deps.db, interpreterId);
  if (!interpreter || (!staff && interpreter.userId !== actor.id)) {
    throw new AppError('INTERPRETING.INTERPRETER_NOT_FOUND');
  }
  const period = monthPeriod(month);
  const [sessions, late] = await Promise.all([
    selectStatementRows(deps.db, interpreterId, period.start, period.end),
    selectLateCancellationRows(deps.db, interpreterId, period.start, period.end),
  ]);
  const rows = [...sessions, ...late].sort(
    (a, b) => a.serviceDate.localeCompare(b.serviceDate) || a.reference.localeCompare(b.reference),
  );
  const tariffOn = await loadTariffs(deps.params);
  const lines = rows.map((row) => statementLine(row, tariffOn));
  const sum = (pick: (line: (typeof lines)[number]) => number) =>
    lines.reduce((total, l) => total + pick(l), 0);
  const totalFeeCents = sum((l) => l.feeCents);
  const totalTravelCents = sum((l) => l.travelCents);
  return {
    interpreterId,
    interpreterCode: interpreter.code,
    month,
    lines,
    totalMinutes: sum((l) => l.billableMinutes),
    totalKilometres: Math.round(sum((l) => l.kilometres) * 10) / 10,
    totalFeeCents,
    totalTravelCents,
    totalCents: totalFeeCents + totalTravelCents,
  };
}

export function statementCsv(statement: StatementOut): Buffer {
  const header = [
    'Datum',
    'Soort',
    'Referentie',
    'Modus',
    'Taal',
    'Minuten',
    'Uren',
    'Km',
    'Honorarium',
    'Verplaatsing',
  ];
  const rows = statement.lines.map((l) => [
    l.serviceDate,
    l.kind === 'late_cancellation' ? 'laattijdige annulering' : 'prestatie',
    l.reference,
    l.mode,
    l.language,
    String(l.billableMinutes),
    (l.billableMinutes / 60).toFixed(2).replace('.', ','),
    String(l.kilometres).replace('.', ','),
    decimalComma(l.feeCents),
    decimalComma(l.travelCents),
  ]);
  return toCsv([header, ...rows]);
}
