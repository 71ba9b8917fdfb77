import { sql } from 'drizzle-orm';
import type { RequestContext } from '../../../platform/context.ts';
import { type Db, queryRows } from '../../../platform/db/index.ts';
import { seededRandom } from '../../../platform/demo/index.ts';
import type { FileService } from '../../../platform/files/index.ts';
import type { DemoTools } from '../../../platform/module.ts';
import { createParamService, ensureParamDefaults, today } from '../../../platform/params/index.ts';
import { TRANSIT_TARIFF_DEFAULTS } from '../billing/tariff.ts';
import { createReservation } from '../reservations/create-reservation.ts';
import { addDays } from '../reservations/days.ts';
import type { TransitDeps } from '../reservations/deps.ts';
import { putOutOfService } from '../site/out-of-service.ts';
import { ensurePitches } from '../site/pitches.ts';
import { listPitches } from '../site/site.service.ts';
import { setTemporaryCap } from '../site/temporary-caps.ts';
import { TRANSIT_PARAM_DEFAULTS } from '../transit-params.ts';
import { DEMO_PARTIES, demoPhone, planSeason } from './season.ts';
import { walkStay } from './walk-stay.ts';

const DEMO_NOTE = 'Demo: synthetic stay';

async function alreadySeeded(db: Db): Promise<boolean> {
  const rows = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from transit_reservations where notes = ${DEMO_NOTE}`,
  );
  return (rows[0]?.n ?? 0) > 0;
}

/**
 * A season of the transit site relative to today (Brussels), booked through the services so that
 * pools, pitches and money agree. Idempotent: a second run finds the demo stays and adds nothing.
 * Money steps are tried and, when the billing refuses, the stay stays where it got.
 */
export async function seedTransitDemo(
  db: Db,
  ctx: RequestContext,
  _files: FileService,
  tools: DemoTools,
): Promise<Record<string, number>> {
  await ensureParamDefaults(db, [...TRANSIT_PARAM_DEFAULTS, ...TRANSIT_TARIFF_DEFAULTS]);
  const pitches = await ensurePitches(db);
  if (await alreadySeeded(db)) return { pitches, reservations: 0 };
  // The demo gets a bare database and the app's pseudonyms, so the desk recognises its parties.
  const deps: TransitDeps = { db, params: createParamService(db), pseudonymise: tools.pseudonymise };
  const day = today();
  const spare = (await listPitches(db)).at(-1);
  if (spare) {
    await putOutOfService(db, deps.params, ctx, spare.id, {
      fromDay: addDays(day, -2),
      toDay: addDays(day, 10),
      reason: 'Meter vervangen na een defect',
    });
  }
  const random = seededRandom(2027);
  let reservations = 0;
  let incomplete = 0;
  for (const stay of planSeason(day, random)) {
    const summary = await createReservation(
      deps,
      ctx,
      {
        partyName: DEMO_PARTIES[stay.party] ?? 'Familie Demo',
        phone: demoPhone(stay.party),
        caravans: stay.caravans,
        vehicles: stay.caravans + random.int(0, 1),
        arrival: stay.arrival,
        departure: stay.departure,
        notes: DEMO_NOTE,
      },
      { allowPast: true },
    );
    reservations += 1;
    if (!(await walkStay(deps, ctx, summary, stay, random))) incomplete += 1;
  }
  const capped = await demoCap(db, deps, ctx, day);
  return { pitches, reservations, outOfService: spare ? 1 : 0, temporaryCaps: capped ? 1 : 0, incomplete };
}

/** A week with a lower cap next month, so the grid shows one; skipped when the season booked more. */
async function demoCap(db: Db, deps: TransitDeps, ctx: RequestContext, day: string): Promise<boolean> {
  try {
    await setTemporaryCap(db, deps.params, ctx, {
      fromDay: addDays(day, 30),
      toDay: addDays(day, 37),
      pitches: 20,
      reason: 'Werken aan het sanitair blok van cluster 5',
    });
    return true;
  } catch {
    return false;
  }
}
