import type { TransitBillLine } from '../../../../contracts/transit.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import { addDays, dayNl, daysBetween, decimal, euro } from './money.ts';
import type { TransitTariff } from './tariff.ts';

export type BillInput = {
  arrival: string;
  /** Exclusive: the nights arrival … departure−1 are billed. */
  departure: string;
  caravans: number;
  /** The tariff of each billed day (keyed YYYY-MM-DD). */
  tariffs: ReadonlyMap<string, TransitTariff>;
  meters: readonly { pitchNumber: number; startKwh: number; endKwh: number }[];
  damages: readonly { description: string; cents: number }[];
};

type NightRun = { from: string; nights: number; rate: number };

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

function tariffOf(tariffs: BillInput['tariffs'], day: string): TransitTariff {
  const tariff = tariffs.get(day);
  if (!tariff) throw new RangeError(`no tariff given for ${day}`);
  return tariff;
}

/** Consecutive nights at the same day fee, so a change of tariff mid-stay splits the line there. */
function nightRuns(input: BillInput): NightRun[] {
  const runs: NightRun[] = [];
  for (const night of daysBetween(input.arrival, input.departure)) {
    const rate = tariffOf(input.tariffs, night).dayFeePerCaravanCents;
    const last = runs.at(-1);
    if (last && last.rate === rate) last.nights += 1;
    else runs.push({ from: night, nights: 1, rate });
  }
  return runs;
}

function dayFeeLine(run: NightRun, caravans: number, until: string): TransitBillLine {
  const quantity = run.nights * caravans;
  const what = `${plural(run.nights, 'nacht', 'nachten')} × ${plural(caravans, 'woonwagen', 'woonwagens')}`;
  return {
    kind: 'day_fee',
    description: `${what} × ${euro(run.rate)} (${dayNl(run.from)} – ${dayNl(until)})`,
    quantity,
    unitCents: run.rate,
    amountCents: quantity * run.rate,
  };
}

/** Meter values carry two decimals (numeric(12,2)): count in hundredths of a kWh to stay exact. */
const hundredths = (kwh: number) => Math.round(kwh * 100);

function electricityLine(meter: BillInput['meters'][number], centsPerKwh: number): TransitBillLine {
  const used = hundredths(meter.endKwh) - hundredths(meter.startKwh);
  if (used < 0) {
    throw new AppError(
      'TRANSIT.METER_READINGS',
      `Standplaats ${meter.pitchNumber}: de eindstand is lager dan de beginstand.`,
    );
  }
  return {
    kind: 'electricity',
    description: `Elektriciteit standplaats ${meter.pitchNumber}: ${decimal(used / 100)} kWh × ${euro(centsPerKwh)}`,
    quantity: used / 100,
    unitCents: centsPerKwh,
    // One rounding per line, half up: used × price is in hundredths of a cent.
    amountCents: Math.floor((used * centsPerKwh + 50) / 100),
  };
}

/**
 * The final bill of a stay. Nights are billed, not days: a stay from 1 to 8 July is 7 nights, each
 * at the day fee of that night's date. Electricity is priced at the tariff of the departure day (the
 * meter is read then), or of the last night when the map stops there.
 */
export function computeBill(input: BillInput): { lines: TransitBillLine[]; totalCents: number } {
  if (input.departure <= input.arrival) throw new RangeError('departure must come after arrival');
  if (!Number.isInteger(input.caravans) || input.caravans < 1) throw new RangeError('caravans must be ≥ 1');
  const runs = nightRuns(input);
  const dayFees = runs.map((run, index) =>
    dayFeeLine(run, input.caravans, runs[index + 1]?.from ?? input.departure),
  );
  const meterTariff =
    input.tariffs.get(input.departure) ?? tariffOf(input.tariffs, addDays(input.departure, -1));
  const electricity = [...input.meters]
    .sort((a, b) => a.pitchNumber - b.pitchNumber)
    .map((meter) => electricityLine(meter, meterTariff.electricityCentsPerKwh));
  const damages = input.damages
    .filter((damage) => damage.cents !== 0)
    .map(
      (damage): TransitBillLine => ({
        kind: 'damage',
        description: `Schade: ${damage.description}`,
        quantity: 1,
        unitCents: damage.cents,
        amountCents: damage.cents,
      }),
    );
  const lines = [...dayFees, ...electricity, ...damages];
  return { lines, totalCents: lines.reduce((sum, line) => sum + line.amountCents, 0) };
}
