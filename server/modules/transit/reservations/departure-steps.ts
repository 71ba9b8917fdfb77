import type { z } from 'zod';
import type {
  CheckOutSchema,
  EndReservationSchema,
  ExtendSchema,
  ReservationDetail,
  SettleSchema,
} from '../../../../contracts/transit.ts';
import type { RequestContext } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db/index.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import { today } from '../../../platform/params/index.ts';
import { balanceNow, createFinalBill, recordPayment } from '../billing/bill.service.ts';
import { dayNl } from '../billing/money.ts';
import { addDays, nightsBetween } from './days.ts';
import type { TransitDeps } from './deps.ts';
import { extendAllocations, takePlaces } from './places.ts';
import { checkReadings } from './readings.ts';
import {
  insertReadings,
  type ReservationRow,
  selectBill,
  selectReadings,
  selectReservationPitches,
} from './reservations.repository.ts';
import { runStep, shortenTo } from './run-step.ts';

/** A later departure on the same pitches; never past the maximum stay counted from the arrival. */
export function extendStay(
  deps: TransitDeps,
  ctx: RequestContext,
  id: string,
  input: z.infer<typeof ExtendSchema>,
): Promise<ReservationDetail> {
  const spec = {
    name: 'extend',
    from: ['confirmed', 'checked_in', 'extended'] as const,
    version: input.version,
  };
  return runStep(deps, ctx, id, spec, async (tx, row, site) => {
    if (input.departure <= row.departure) {
      throw new AppError(
        'COMMON.VALIDATION_FAILED',
        `De nieuwe vertrekdag moet na ${dayNl(row.departure)} liggen.`,
        {
          fieldErrors: [{ path: 'departure', message: `moet na ${dayNl(row.departure)} liggen` }],
        },
      );
    }
    const rules = site.rules(row.arrival);
    const nights = nightsBetween(row.arrival, input.departure);
    if (nights > rules.maxStayDays) {
      throw new AppError(
        'TRANSIT.STAY_TOO_LONG',
        `Een verblijf duurt hoogstens ${rules.maxStayDays} dagen; met deze verlenging zou het ${nights} dagen tellen.`,
      );
    }
    await takePlaces(tx, site, row.departure, input.departure, row.caravans);
    await extendAllocations(tx, row.id, input.departure);
    return {
      status: row.status === 'confirmed' ? 'confirmed' : 'extended',
      set: { departure: input.departure },
    };
  });
}

async function recordEndReadings(
  tx: Db,
  ctx: RequestContext,
  row: ReservationRow,
  readings: readonly { pitchId: string; kwh: number }[],
  complete: boolean,
): Promise<void> {
  const pitches = await selectReservationPitches(tx, [row.id]);
  const starts = new Map(
    (await selectReadings(tx, row.id))
      .filter((r) => r.kind === 'start')
      .map((r) => [r.pitchId, Number(r.kwh)]),
  );
  const checked = checkReadings(pitches, readings, { complete, starts });
  const recordedBy = ctx.actor?.id ?? null;
  await insertReadings(
    tx,
    checked.map((r) => ({ ...r, reservationId: row.id, kind: 'end' as const, recordedBy })),
  );
}

const finalBill = (deps: TransitDeps, ctx: RequestContext) => async (tx: Db, row: ReservationRow) => {
  await createFinalBill(tx, deps, ctx, row.id);
};

/** checked_in | extended → checked_out: end readings, an early leave gives the later nights back, the bill. */
export function checkOut(
  deps: TransitDeps,
  ctx: RequestContext,
  id: string,
  input: z.infer<typeof CheckOutSchema>,
): Promise<ReservationDetail> {
  const spec = { name: 'check-out', from: ['checked_in', 'extended'] as const, version: input.version };
  return runStep(deps, ctx, id, spec, async (tx, row) => {
    await recordEndReadings(tx, ctx, row, input.meterReadings, true);
    // Leaving today: tonight is free again (a stay keeps at least its first night).
    const left = [today(), addDays(row.arrival, 1)].sort().at(-1) ?? row.departure;
    const departure = await shortenTo(tx, row, left);
    return {
      status: 'checked_out',
      set: { departure, checkedOutAt: new Date() },
      after: finalBill(deps, ctx),
    };
  });
}

/** checked_in | extended → evicted: the nights after today go back; readings when they could be taken. */
export function evict(
  deps: TransitDeps,
  ctx: RequestContext,
  id: string,
  input: z.infer<typeof EndReservationSchema> & { meterReadings?: { pitchId: string; kwh: number }[] },
): Promise<ReservationDetail> {
  const spec = { name: 'evict', from: ['checked_in', 'extended'] as const, version: input.version };
  return runStep(deps, ctx, id, spec, async (tx, row) => {
    await recordEndReadings(tx, ctx, row, input.meterReadings ?? [], false);
    const left = [addDays(today(), 1), addDays(row.arrival, 1)].sort().at(-1) ?? row.departure;
    const departure = await shortenTo(tx, row, left);
    return {
      status: 'evicted',
      set: { departure, checkedOutAt: new Date(), endReason: input.reason },
      after: finalBill(deps, ctx),
    };
  });
}

/** checked_out | evicted → settled: the bill's balance paid (or paid back). */
export function settle(
  deps: TransitDeps,
  ctx: RequestContext,
  id: string,
  input: z.infer<typeof SettleSchema>,
): Promise<ReservationDetail> {
  const spec = { name: 'settle', from: ['checked_out', 'evicted'] as const, version: input.version };
  return runStep(deps, ctx, id, spec, async (tx, row) => {
    const bill = await selectBill(tx, row.id);
    if (!bill) {
      throw new AppError('TRANSIT.TRANSITION_NOT_ALLOWED', 'Dit verblijf heeft nog geen eindafrekening.');
    }
    // What is still open now, so a part payment made after check-out is not asked twice.
    const { balanceCents } = await balanceNow(tx, bill, row.id);
    if (balanceCents !== 0) {
      const kind = balanceCents > 0 ? 'final' : 'refund';
      await recordPayment(tx, ctx, row.id, { kind, amountCents: balanceCents, method: input.method });
    }
    return { status: 'settled', set: { settledAt: new Date() } };
  });
}
