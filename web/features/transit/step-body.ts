import { PaymentMethodSchema } from '../../../contracts/transit.ts';
import type { StepAction } from './format.ts';
import { isDay } from './format.ts';
import {
  type Built,
  buildReadings,
  buildTravellers,
  type Errors,
  filledRows,
  optionalCents,
  type TravellerDraft,
} from './forms.ts';

/**
 * What a step's form holds and the body it sends (ConfirmReservationSchema, CheckInSchema,
 * CheckOutSchema, SettleSchema, ExtendSchema, EndReservationSchema). The reservation's version goes
 * with every step, so a step on a stale page is refused (TRANSIT.STALE) rather than applied blind.
 */
export type StepDraft = {
  readings: Record<string, string>;
  travellers: TravellerDraft[];
  received: boolean;
  method: string;
  amount: string;
  reason: string;
  departure: string;
};

export type StepContext = { pitchIds: readonly string[]; version: number; departure: string };

export const emptyStepDraft = (departure: string, withTraveller: boolean): StepDraft => ({
  readings: {},
  travellers: withTraveller ? [{ name: '', birthDate: '', documentNumber: '' }] : [],
  received: false,
  method: 'cash',
  amount: '',
  reason: '',
  departure,
});

type Body = Record<string, unknown>;

function payment(draft: StepDraft): Built<{ method: string; amountCents?: number } | undefined> {
  if (!draft.received) return { ok: true, body: undefined };
  const method = PaymentMethodSchema.safeParse(draft.method);
  const amount = optionalCents(draft.amount);
  if (!method.success) return { ok: false, errors: { method: 'invalid.form' } };
  if (!amount.ok) return { ok: false, errors: { amount: 'invalid.amount' } };
  return {
    ok: true,
    body: { method: method.data, ...(amount.cents === undefined ? {} : { amountCents: amount.cents }) },
  };
}

function confirmBody(draft: StepDraft, version: number): Built<Body> {
  const travellers = buildTravellers(filledRows(draft.travellers));
  const paid = payment(draft);
  const errors: Errors = { ...(travellers.ok ? {} : travellers.errors), ...(paid.ok ? {} : paid.errors) };
  if (!travellers.ok || !paid.ok) return { ok: false, errors };
  return {
    ok: true,
    body: {
      ...(travellers.body.length > 0 ? { travellers: travellers.body } : {}),
      ...(paid.body ? { prepayment: paid.body } : {}),
      version,
    },
  };
}

function readingsBody(draft: StepDraft, ctx: StepContext, withDeposit: boolean): Built<Body> {
  const readings = buildReadings(ctx.pitchIds, draft.readings);
  const deposit = withDeposit ? payment(draft) : ({ ok: true, body: undefined } as const);
  if (!readings.ok || !deposit.ok) {
    return {
      ok: false,
      errors: { ...(readings.ok ? {} : readings.errors), ...(deposit.ok ? {} : deposit.errors) },
    };
  }
  return {
    ok: true,
    body: {
      meterReadings: readings.body,
      ...(deposit.body ? { deposit: deposit.body } : {}),
      version: ctx.version,
    },
  };
}

export function buildStepBody(step: StepAction, draft: StepDraft, ctx: StepContext): Built<Body> {
  const { version } = ctx;
  switch (step) {
    case 'confirm':
      return confirmBody(draft, version);
    case 'check-in':
      return readingsBody(draft, ctx, true);
    case 'check-out':
      return readingsBody(draft, ctx, false);
    case 'settle': {
      const method = PaymentMethodSchema.safeParse(draft.method);
      return method.success
        ? { ok: true, body: { method: method.data, version } }
        : { ok: false, errors: { method: 'invalid.form' } };
    }
    case 'extend':
      return isDay(draft.departure) && draft.departure > ctx.departure
        ? { ok: true, body: { departure: draft.departure, version } }
        : { ok: false, errors: { departure: 'invalid.departure' } };
    case 'cancel':
    case 'no-show':
    case 'evict':
      return draft.reason.trim().length >= 3
        ? { ok: true, body: { reason: draft.reason.trim(), version } }
        : { ok: false, errors: { reason: 'invalid.reason' } };
    default:
      return { ok: true, body: { version } };
  }
}
