import { describe, expect, it } from 'vitest';
import { billingParamDefaults, type Tariff, TariffSchema } from './billing-params.ts';
import {
  billableMinutes,
  interpreterFeeCents,
  lateCancellationCharge,
  sessionCharge,
  translationCharge,
  travelCharge,
} from './tariff.ts';

function tariffOn(day: string): Tariff {
  const row = billingParamDefaults.find(
    (r) => r.validFrom <= day && (r.validTo === undefined || day < r.validTo),
  );
  if (!row) throw new Error(`no tariff on ${day}`);
  return TariffSchema.parse(row.value);
}

const t2017 = tariffOn('2018-05-01');
const t2020 = tariffOn('2022-05-01');
const t2024 = tariffOn('2027-01-12');
const base = { waitingMinutes: 0, km: 0 };

describe('the tariff history', () => {
  it('parses and leaves no gap from 2017 on', () => {
    const rows = billingParamDefaults.filter((r) => r.key === 'interpreting.tariff');
    expect(rows.map((r) => r.validFrom)).toEqual(['2017-01-01', '2020-01-01', '2024-01-01']);
    for (let i = 1; i < rows.length; i++) expect(rows[i - 1]?.validTo).toBe(rows[i]?.validFrom);
    expect(rows.at(-1)?.validTo).toBeUndefined();
  });
});

describe('billable minutes', () => {
  it('rounds up to the started quarter hour and never goes below the minimum', () => {
    const onSite = t2024.modes.on_site;
    expect(billableMinutes(onSite, 0)).toBe(60);
    expect(billableMinutes(onSite, 59)).toBe(60);
    expect(billableMinutes(onSite, 60)).toBe(60);
    expect(billableMinutes(onSite, 61)).toBe(75);
    expect(billableMinutes(onSite, 75)).toBe(75);
    expect(billableMinutes(t2024.modes.phone, 1)).toBe(15);
    expect(billableMinutes(t2024.modes.phone, 16)).toBe(30);
    expect(billableMinutes(t2024.modes.video, 10)).toBe(30);
  });
});

describe('sessionCharge', () => {
  it('bills €56/h per started quarter from 2024 and €48/h before', () => {
    expect(sessionCharge({ mode: 'on_site', actualMinutes: 61, ...base, tariff: t2024 })).toMatchObject({
      rule: 'session',
      billableMinutes: 75,
      amountCents: 7000,
    });
    expect(sessionCharge({ mode: 'phone', actualMinutes: 20, ...base, tariff: t2020 }).amountCents).toBe(
      2400,
    );
    expect(sessionCharge({ mode: 'video', actualMinutes: 5, ...base, tariff: t2024 }).amountCents).toBe(2800);
  });

  it('bills the minimum when shorter than planned, and counts waiting time', () => {
    expect(sessionCharge({ mode: 'on_site', actualMinutes: 20, ...base, tariff: t2024 }).amountCents).toBe(
      5600,
    );
    const waited = sessionCharge({
      mode: 'on_site',
      actualMinutes: 50,
      waitingMinutes: 20,
      km: 0,
      tariff: t2024,
    });
    expect(waited.billableMinutes).toBe(75);
    expect(waited.amountCents).toBe(7000);
  });

  it('applies the 2017 regime: €8 first hour, €2 per started quarter; phone €45/h, minimum €11.25', () => {
    expect(sessionCharge({ mode: 'on_site', actualMinutes: 45, ...base, tariff: t2017 }).amountCents).toBe(
      800,
    );
    expect(sessionCharge({ mode: 'on_site', actualMinutes: 61, ...base, tariff: t2017 }).amountCents).toBe(
      1000,
    );
    expect(sessionCharge({ mode: 'on_site', actualMinutes: 90, ...base, tariff: t2017 }).amountCents).toBe(
      1200,
    );
    expect(sessionCharge({ mode: 'phone', actualMinutes: 4, ...base, tariff: t2017 }).amountCents).toBe(1125);
    expect(sessionCharge({ mode: 'phone', actualMinutes: 40, ...base, tariff: t2017 }).amountCents).toBe(
      3375,
    );
  });

  it('adds the km allowance on site only, rounded half up to the cent', () => {
    const onSite = sessionCharge({
      mode: 'on_site',
      actualMinutes: 60,
      waitingMinutes: 0,
      km: 12.5,
      tariff: t2024,
    });
    expect(onSite.travelCents).toBe(541); // 12.5 × €0.4326 = €5.4075
    expect(onSite.kilometres).toBe(12.5);
    expect(
      sessionCharge({ mode: 'phone', actualMinutes: 60, waitingMinutes: 0, km: 30, tariff: t2024 }),
    ).toMatchObject({ travelCents: 0, kilometres: 0 });
    expect(travelCharge('on_site', 10, t2020).cents).toBe(371); // €3.707
    expect(travelCharge('on_site', 400, t2017)).toEqual({ km: 150, cents: 4950 }); // capped at 150 km
  });

  it('bills a client no-show the minimum plus travel, and an interpreter no-show nothing', () => {
    const client = sessionCharge({
      mode: 'on_site',
      actualMinutes: 0,
      waitingMinutes: 30,
      km: 20,
      noShow: 'client',
      tariff: t2024,
    });
    expect(client).toMatchObject({
      rule: 'client_no_show',
      billableMinutes: 60,
      amountCents: 5600,
      travelCents: 865,
    });
    const longWait = sessionCharge({
      mode: 'phone',
      actualMinutes: 0,
      waitingMinutes: 40,
      km: 0,
      noShow: 'client',
      tariff: t2024,
    });
    expect(longWait.billableMinutes).toBe(45);
    const interpreter = sessionCharge({
      mode: 'on_site',
      actualMinutes: 90,
      waitingMinutes: 10,
      km: 20,
      noShow: 'interpreter',
      tariff: t2024,
    });
    expect(interpreter).toMatchObject({ amountCents: 0, travelCents: 0, billableMinutes: 0 });
  });

  it('refuses negative or non-finite input', () => {
    expect(() => sessionCharge({ mode: 'phone', actualMinutes: -1, ...base, tariff: t2024 })).toThrow(
      RangeError,
    );
    expect(() =>
      sessionCharge({ mode: 'on_site', actualMinutes: 10, waitingMinutes: 0, km: Number.NaN, tariff: t2024 }),
    ).toThrow(RangeError);
  });
});

describe('lateCancellationCharge', () => {
  it('bills the minimum of the mode, plus travel only when the interpreter was on the way', () => {
    expect(
      lateCancellationCharge({ mode: 'on_site', interpreterOnTheWay: true, km: 20, tariff: t2024 }),
    ).toEqual({
      rule: 'late_cancellation',
      billableMinutes: 60,
      amountCents: 5600,
      travelCents: 865,
      kilometres: 20,
    });
    expect(
      lateCancellationCharge({ mode: 'on_site', interpreterOnTheWay: false, km: 20, tariff: t2024 }),
    ).toMatchObject({
      amountCents: 5600,
      travelCents: 0,
    });
    expect(
      lateCancellationCharge({ mode: 'phone', interpreterOnTheWay: true, km: 20, tariff: t2024 }),
    ).toMatchObject({
      amountCents: 1400,
      travelCents: 0,
    });
    // The 2017 cancellation fee was €8: the flat first hour.
    expect(
      lateCancellationCharge({ mode: 'on_site', interpreterOnTheWay: false, km: 0, tariff: t2017 })
        .amountCents,
    ).toBe(800);
  });
});

describe('translationCharge and the interpreter fee', () => {
  it('bills €0.16 a word with a €32 minimum', () => {
    expect(translationCharge(100, t2024)).toEqual({ amountCents: 3200, unit: 'word', units: 100 });
    expect(translationCharge(1000, t2024).amountCents).toBe(16_000);
  });

  it('bills 2017 translations per started line of 60 characters, minimum €12', () => {
    expect(translationCharge(50, t2017, 600)).toEqual({ amountCents: 1200, unit: 'line', units: 10 });
    expect(translationCharge(300, t2017, 1201)).toEqual({ amountCents: 2100, unit: 'line', units: 21 });
    expect(translationCharge(300, t2017).units).toBe(30); // 300 words ≈ 1800 characters
  });

  it('pays the interpreter 70% of the hourly rate per billable minute', () => {
    expect(interpreterFeeCents(60, t2024.interpreterFeeHourlyCents)).toBe(3920);
    expect(interpreterFeeCents(75, t2020.interpreterFeeHourlyCents)).toBe(4200);
  });
});
