import type { InterpretingMode } from '../../../../contracts/interpreting.ts';
import { type ModeTariff, TARIFF_KEY, type Tariff } from './billing-params.ts';

/**
 * Pure billing rules. Every amount is integer cents; every division rounds half up (amounts are
 * never negative), so a quarter hour at €48/h is exactly 1200 and at €56/h exactly 1400.
 */

export type NoShow = 'client' | 'interpreter';

export type ChargeRule = 'session' | 'client_no_show' | 'interpreter_no_show' | 'late_cancellation';

export type ChargeBreakdown = {
  rule: ChargeRule;
  billableMinutes: number;
  amountCents: number;
  travelCents: number;
  /** The kilometres billed: rounded to 0.1 km, capped at the tariff's maximum, 0 when not on site. */
  kilometres: number;
};

export type SessionChargeInput = {
  mode: InterpretingMode;
  /** Actual end − actual start, in whole minutes. */
  actualMinutes: number;
  waitingMinutes: number;
  /** Total distance driven for the job (there and back), as reported. */
  km: number;
  noShow?: NoShow | null | undefined;
  tariff: Tariff;
};

export type LateCancellationInput = {
  mode: InterpretingMode;
  interpreterOnTheWay: boolean;
  km: number;
  tariff: Tariff;
};

/** n / d rounded half up, for n ≥ 0 and d > 0 in integers. */
function divideHalfUp(n: number, d: number): number {
  return Math.floor((2 * n + d) / (2 * d));
}

function requireNonNegative(name: string, value: number): void {
  if (!Number.isFinite(value) || value < 0) throw new RangeError(`${name} must be a number ≥ 0`);
}

/** Worked time rounded up to the started unit (quarter hour), never below the mode's minimum. */
export function billableMinutes(mode: ModeTariff, workedMinutes: number): number {
  requireNonNegative('workedMinutes', workedMinutes);
  const rounded = Math.ceil(workedMinutes / mode.roundingMinutes) * mode.roundingMinutes;
  return Math.max(mode.minimumMinutes, rounded);
}

/** The price of billable minutes: hourly pro rata, or the 2017 flat first hour plus started units. */
export function priceMinutes(mode: ModeTariff, minutes: number): number {
  if (mode.pricing === 'hourly') return divideHalfUp(minutes * mode.hourlyCents, 60);
  const extraUnits = Math.ceil(Math.max(0, minutes - 60) / mode.roundingMinutes);
  return mode.firstHourCents + extraUnits * mode.perUnitCents;
}

/** Kilometres as billed: to 0.1 km, capped by the tariff. */
export function billedKilometres(km: number, tariff: Tariff): number {
  requireNonNegative('km', km);
  const tenths = Math.round(km * 10);
  const capped = tariff.maxKm === undefined ? tenths : Math.min(tenths, Math.round(tariff.maxKm * 10));
  return capped / 10;
}

/** The km allowance of an on-site job; phone and video have no travel. */
export function travelCharge(
  mode: InterpretingMode,
  km: number,
  tariff: Tariff,
): { km: number; cents: number } {
  if (mode !== 'on_site') return { km: 0, cents: 0 };
  const billed = billedKilometres(km, tariff);
  // tenths of a km × millicents per km = 1/10 000 cent.
  return { km: billed, cents: divideHalfUp(Math.round(billed * 10) * tariff.kmMillicents, 10_000) };
}

/**
 * A performed session. Waiting time counts as interpreting time; a shorter session than planned
 * costs the minimum; a client who does not come costs the minimum (or the waiting time when the
 * interpreter waited longer) plus travel; an interpreter who does not come costs nothing.
 */
export function sessionCharge(input: SessionChargeInput): ChargeBreakdown {
  const { mode, tariff } = input;
  requireNonNegative('actualMinutes', input.actualMinutes);
  requireNonNegative('waitingMinutes', input.waitingMinutes);
  if (input.noShow === 'interpreter') {
    return { rule: 'interpreter_no_show', billableMinutes: 0, amountCents: 0, travelCents: 0, kilometres: 0 };
  }
  const modeTariff = tariff.modes[mode];
  const worked =
    input.noShow === 'client' ? input.waitingMinutes : input.actualMinutes + input.waitingMinutes;
  const minutes = billableMinutes(modeTariff, worked);
  const travel = travelCharge(mode, input.km, tariff);
  return {
    rule: input.noShow === 'client' ? 'client_no_show' : 'session',
    billableMinutes: minutes,
    amountCents: priceMinutes(modeTariff, minutes),
    travelCents: travel.cents,
    kilometres: travel.km,
  };
}

/** A late cancellation: the mode's minimum billable time, plus travel when the interpreter was on the way. */
export function lateCancellationCharge(input: LateCancellationInput): ChargeBreakdown {
  const modeTariff = input.tariff.modes[input.mode];
  const travel = input.interpreterOnTheWay
    ? travelCharge(input.mode, input.km, input.tariff)
    : { km: 0, cents: 0 };
  return {
    rule: 'late_cancellation',
    billableMinutes: modeTariff.minimumMinutes,
    amountCents: priceMinutes(modeTariff, modeTariff.minimumMinutes),
    travelCents: travel.cents,
    kilometres: travel.km,
  };
}

/** Characters per word (a letter count of ~5 plus a space) when only words are known. */
export const CHARACTERS_PER_WORD_ESTIMATE = 6;

export type TranslationCharge = { amountCents: number; unit: 'word' | 'line'; units: number };

/**
 * A written translation. Per word from 2020; per started line of 60 characters under the 2017
 * regime, from the character count, or estimated from the words when that is unknown.
 */
export function translationCharge(words: number, tariff: Tariff, characters?: number): TranslationCharge {
  requireNonNegative('words', words);
  const rule = tariff.translation;
  if (rule.pricing === 'per_word') {
    return {
      amountCents: Math.max(rule.minimumCents, words * rule.centsPerWord),
      unit: 'word',
      units: words,
    };
  }
  const chars = characters ?? words * CHARACTERS_PER_WORD_ESTIMATE;
  const lines = Math.ceil(chars / rule.charactersPerLine);
  return { amountCents: Math.max(rule.minimumCents, lines * rule.centsPerLine), unit: 'line', units: lines };
}

/** What the agency owes the interpreter for billable minutes at `Tariff.interpreterFeeHourlyCents`. */
export function interpreterFeeCents(minutes: number, feeHourlyCents: number): number {
  requireNonNegative('minutes', minutes);
  return divideHalfUp(minutes * feeHourlyCents, 60);
}

/** The interpreter's part of a billed late cancellation: `percent` of her fee for the charged minutes. */
export function lateCancellationFeeCents(minutes: number, feeHourlyCents: number, percent: number): number {
  requireNonNegative('minutes', minutes);
  return divideHalfUp(minutes * feeHourlyCents * Math.round(percent * 100), 60 * 100 * 100);
}

/** What a charge was computed with, stored on it so that a later tariff change never alters it. */
export function tariffSnapshot(
  day: string,
  mode: InterpretingMode,
  breakdown: ChargeBreakdown,
  tariff: Tariff,
) {
  return {
    key: TARIFF_KEY,
    day,
    rule: breakdown.rule,
    mode: tariff.modes[mode],
    kmMillicents: tariff.kmMillicents,
    maxKm: tariff.maxKm ?? null,
    interpreterFeeHourlyCents: tariff.interpreterFeeHourlyCents,
    lateCancellationFeePercent: tariff.lateCancellationFeePercent ?? 100,
    vatPercent: tariff.vatPercent,
  };
}
