import type { TransitBillLine } from '../../../../contracts/transit.ts';
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

/** STUB — the billing work replaces this with the real computation. */
export function computeBill(_input: BillInput): { lines: TransitBillLine[]; totalCents: number } {
  throw new Error('computeBill is not written yet');
}
