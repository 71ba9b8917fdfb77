import { z } from 'zod';
import type { ParamDefault } from '../param-defaults.ts';

/** The effective-dated tariff: hourly rates, minimum billable time, rounding, km allowance, fees. */
export const TARIFF_KEY = 'interpreting.tariff';

const Cents = z.number().int().nonnegative();
const Minutes = z
  .number()
  .int()
  .min(1)
  .max(24 * 60);

/** €X per hour, billed per started `roundingMinutes`, never less than `minimumMinutes`. */
const HourlyModeSchema = z.object({
  pricing: z.literal('hourly'),
  hourlyCents: Cents,
  minimumMinutes: Minutes,
  roundingMinutes: Minutes,
});

/** The AgII 2017 on-site regime: a flat price for the first hour, then a price per started unit. */
const FirstHourFlatModeSchema = z.object({
  pricing: z.literal('first_hour_flat'),
  firstHourCents: Cents,
  perUnitCents: Cents,
  minimumMinutes: Minutes,
  roundingMinutes: Minutes,
});

export const ModeTariffSchema = z.discriminatedUnion('pricing', [HourlyModeSchema, FirstHourFlatModeSchema]);
export type ModeTariff = z.infer<typeof ModeTariffSchema>;

const PerWordSchema = z.object({ pricing: z.literal('per_word'), centsPerWord: Cents, minimumCents: Cents });
const PerLineSchema = z.object({
  pricing: z.literal('per_line'),
  centsPerLine: Cents,
  charactersPerLine: z.number().int().min(1),
  minimumCents: Cents,
});
export const TranslationTariffSchema = z.discriminatedUnion('pricing', [PerWordSchema, PerLineSchema]);
export type TranslationTariff = z.infer<typeof TranslationTariffSchema>;

export const TariffSchema = z.object({
  modes: z.object({ on_site: ModeTariffSchema, phone: ModeTariffSchema, video: ModeTariffSchema }),
  /** km allowance for on-site jobs in 1/1000 cent per km (43 260 = €0.4326/km): rates need 4 decimals. */
  kmMillicents: z.number().int().nonnegative(),
  /** Kilometres above this are not billed (AgII 2017: 150 km); absent = no cap. */
  maxKm: z.number().positive().optional(),
  translation: TranslationTariffSchema,
  /** What the agency pays the interpreter per billable hour (travel is passed on as charged). */
  interpreterFeeHourlyCents: Cents,
  /**
   * The interpreter's share of a billed late cancellation: this percentage of her fee for the
   * charged minimum time (travel passed on as charged). Absent in older stored values = 100.
   */
  lateCancellationFeePercent: z.number().min(0).max(100).optional(),
  /**
   * VAT on the organisation's invoice, in percent of the net amount. 0 = exempt (art. 44 WBTW,
   * social interpreting as a social service — an assumption to check). Absent = 0.
   */
  vatPercent: z.number().min(0).max(100).default(0),
});
export type Tariff = z.infer<typeof TariffSchema>;

const quarterHourly = (hourlyCents: number, minimums: [number, number, number]): Tariff['modes'] => ({
  on_site: { pricing: 'hourly', hourlyCents, minimumMinutes: minimums[0], roundingMinutes: 15 },
  phone: { pricing: 'hourly', hourlyCents, minimumMinutes: minimums[1], roundingMinutes: 15 },
  video: { pricing: 'hourly', hourlyCents, minimumMinutes: minimums[2], roundingMinutes: 15 },
});

const tariff2017: Tariff = {
  modes: {
    on_site: {
      pricing: 'first_hour_flat',
      firstHourCents: 800,
      perUnitCents: 200,
      minimumMinutes: 60,
      roundingMinutes: 15,
    },
    phone: { pricing: 'hourly', hourlyCents: 4500, minimumMinutes: 15, roundingMinutes: 15 },
    video: { pricing: 'hourly', hourlyCents: 4500, minimumMinutes: 15, roundingMinutes: 15 },
  },
  kmMillicents: 33_000,
  maxKm: 150,
  translation: { pricing: 'per_line', centsPerLine: 100, charactersPerLine: 60, minimumCents: 1200 },
  interpreterFeeHourlyCents: 3150,
  lateCancellationFeePercent: 100,
  vatPercent: 0,
};

const tariff2020: Tariff = {
  modes: quarterHourly(4800, [60, 15, 30]),
  kmMillicents: 37_070,
  translation: { pricing: 'per_word', centsPerWord: 16, minimumCents: 3200 },
  interpreterFeeHourlyCents: 3360,
  lateCancellationFeePercent: 100,
  vatPercent: 0,
};

const tariff2024: Tariff = {
  ...tariff2020,
  modes: quarterHourly(5600, [60, 15, 30]),
  kmMillicents: 43_260,
  interpreterFeeHourlyCents: 3920,
};

/** The published history (BRIEF §13); assumptions are named in each note and in billing/README.md. */
export const billingParamDefaults: ParamDefault[] = [
  {
    key: TARIFF_KEY,
    validFrom: '2017-01-01',
    validTo: '2020-01-01',
    value: tariff2017,
    note:
      'AgII 2017: on-site €8 first hour + €2 per started quarter; phone €45/h, minimum €11.25 (15 min); ' +
      'translation €1 per line of 60 characters, minimum €12; travel €0.33/km, max 150 km. ' +
      'Assumptions: video (which began 1 Dec 2020) priced like phone; interpreter fee €31.50/h (70% of €45); a billed late cancellation pays her the full fee for the charged minimum; VAT 0 % — exempt, assumption, art. 44 WBTW.',
  },
  {
    key: TARIFF_KEY,
    validFrom: '2020-01-01',
    validTo: '2024-01-01',
    value: tariff2020,
    note:
      'AgII/Atlas/IN-Gent uniform: €48/h every mode; translation €0.16/word, minimum €32. ' +
      'Assumptions: minimum on-site 60, phone 15, video 30 min, per started quarter hour; ' +
      'km €0.3707 (federal civil-service rate of mid-2020); interpreter fee €33.60/h (70%); a billed late cancellation pays her the full fee for the charged minimum; VAT 0 % — exempt, assumption, art. 44 WBTW.',
  },
  {
    key: TARIFF_KEY,
    validFrom: '2024-01-01',
    value: tariff2024,
    note:
      'AgII 2024: €56 per interpreted hour + km allowance; translation unchanged. Assumptions: the same ' +
      'minimums and rounding; km €0.4326 (federal civil-service rate); interpreter fee €39.20/h (70%); a billed late cancellation pays her the full fee for the charged minimum; VAT 0 % — exempt, assumption, art. 44 WBTW.',
  },
];
