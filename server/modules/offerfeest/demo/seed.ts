import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../../../platform/audit/index.ts';
import { ensurePools, takeCapacity } from '../../../platform/capacity/index.ts';
import type { RequestContext } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db/index.ts';
import { demoId } from '../../../platform/demo/demo-ids.ts';
import { seededRandom } from '../../../platform/demo/index.ts';
import type { FileService } from '../../../platform/files/index.ts';
import type { DemoTools } from '../../../platform/module.ts';
import type { Pseudonymiser } from '../../../platform/pseudonym/index.ts';
import { brusselsInstant } from '../editions/slot-times.ts';
import { nrnPseudonym } from '../national-register-number.ts';
import {
  offerfeestEditions,
  offerfeestRegistrations,
  offerfeestSites,
  offerfeestSlots,
} from '../offerfeest.tables.ts';
import { siteDayPoolKey, slotPoolKey, slotPools } from '../pool-keys.ts';
import { CODE_ALPHABET } from '../registrations/registration-code.ts';
import { DEMO_HOUSEHOLDS } from './households.ts';
import { editionInfo } from './info-texts.ts';
import { syntheticNationalRegisterNumber } from './synthetic-nrn.ts';

const LANGUAGES = ['nl', 'ar', 'fr', 'tr', 'en'];

/** Last year's edition: the reimbursement regime, claims from the first feast day to the end of July. */
const LAST = {
  year: 2026,
  feastStart: '2026-05-27',
  feastEnd: '2026-05-30',
  blockingStart: '2026-05-24',
  blockingEnd: '2026-05-31',
  regime: 'reimbursement' as const,
  registrationOpensAt: new Date('2026-05-27T00:00:00+02:00'),
  registrationClosesAt: new Date('2026-07-31T23:59:00+02:00'),
  reimbursementCents: 2000,
};

/** The current edition: slots at two contracted sites. */
const CURRENT = {
  year: 2027,
  feastStart: '2027-05-16',
  feastEnd: '2027-05-19',
  blockingStart: '2027-05-13',
  blockingEnd: '2027-05-20',
  regime: 'slots' as const,
  registrationOpensAt: new Date('2026-11-15T09:00:00+01:00'),
  registrationClosesAt: new Date('2027-05-10T23:59:00+02:00'),
  reimbursementCents: 0,
};

/**
 * Five slots of 10 a day at each site. Scheldevallei takes 50 a day, the sum of its slots, so it
 * needs no site-day pool; Leiedal takes only 40, so its day pool binds the slots together.
 */
const SITES = [
  {
    key: 'scheldevallei',
    name: 'Slachthuis Scheldevallei (demo)',
    recognitionNumber: 'DEMO-S-101',
    address: 'Scheldekaai 12, 9000 Gent',
    dailyCapacity: 50,
  },
  {
    key: 'leiedal',
    name: 'Tijdelijke slachtvloer Leiedal (demo)',
    recognitionNumber: 'DEMO-T-202',
    address: 'Leiedalweg 5, 9030 Gent',
    dailyCapacity: 40,
  },
];
const SLOT_PLACES = 10;
const DAYS = ['2027-05-16', '2027-05-17'];
const SLOT_STARTS = ['08:00', '08:30', '09:00', '09:30', '10:00'];

/** Inserts the edition unless its year exists; answers its id when it is the demo's own. */
async function seedEdition(
  db: Db,
  ctx: RequestContext,
  edition: typeof LAST | typeof CURRENT,
): Promise<{ id: string | null; created: number }> {
  const id = demoId(`offerfeest-edition-${edition.year}`);
  const until = edition.registrationClosesAt.toISOString().slice(0, 10);
  const info = editionInfo({ ...edition, amount: edition.reimbursementCents / 100, until });
  const inserted = await db
    .insert(offerfeestEditions)
    .values({ ...edition, id, languages: LANGUAGES, info })
    .onConflictDoNothing()
    .returning({ id: offerfeestEditions.id });
  if (inserted.length > 0) {
    await recordAudit(db, ctx, {
      action: 'offerfeest.edition.created',
      entity: 'offerfeest_edition',
      entityId: id,
      after: { year: edition.year, demo: true },
    });
  }
  const [row] = await db
    .select({ id: offerfeestEditions.id })
    .from(offerfeestEditions)
    .where(eq(offerfeestEditions.year, edition.year));
  return { id: row?.id === id ? id : null, created: inserted.length };
}

type DemoSlot = { id: string; siteId: string; startsAt: Date };

async function seedSlots(db: Db, editionId: string): Promise<{ slots: DemoSlot[]; created: number }> {
  const slots: DemoSlot[] = [];
  let created = 0;
  for (const site of SITES) {
    const siteId = demoId(`offerfeest-site-${site.key}`);
    const { key: _key, ...fields } = site;
    await db
      .insert(offerfeestSites)
      .values({
        ...fields,
        id: siteId,
        editionId,
        stunningMethod: 'reversible electronarcosis (sheep, goats)',
      })
      .onConflictDoNothing();
    for (const day of DAYS) {
      const rows = SLOT_STARTS.map((time, i) => ({
        id: demoId(`offerfeest-slot-${site.key}-${day}-${time}`),
        editionId,
        siteId,
        startsAt: brusselsInstant(day, time),
        endsAt: brusselsInstant(day, SLOT_STARTS[i + 1] ?? '10:30'),
      }));
      created += (
        await db
          .insert(offerfeestSlots)
          .values(rows)
          .onConflictDoNothing()
          .returning({ id: offerfeestSlots.id })
      ).length;
      // As editions.service does: a site-day pool only where the site's day binds its slots.
      const binds = site.dailyCapacity < rows.length * SLOT_PLACES;
      const dayPool = {
        key: siteDayPoolKey(siteId, brusselsInstant(day, '08:00')),
        capacity: site.dailyCapacity,
      };
      await ensurePools(db, [
        ...rows.map((row) => ({ key: slotPoolKey(row.id), capacity: SLOT_PLACES })),
        ...(binds ? [dayPool] : []),
      ]);
      slots.push(...rows);
    }
  }
  return { slots, created };
}

/** A fixed code per demo household, so guides and e2e checks can name one. */
function demoCode(name: string): string {
  const bytes = createHash('sha256').update(`offerfeest-demo:${name}`).digest().subarray(0, 8);
  const symbols = Array.from(bytes, (byte) => CODE_ALPHABET[byte % 32]).join('');
  return `OF-${symbols.slice(0, 4)}-${symbols.slice(4)}`;
}

/**
 * ~50 households over the slots: the first two slots get more than they hold (their last ones
 * wait), the rest spread; two cancelled. Each takes its animals from the pools as a real one does.
 */
async function seedRegistrations(
  db: Db,
  editionId: string,
  slots: DemoSlot[],
  pseudonymise: Pseudonymiser,
): Promise<number> {
  const random = seededRandom(2027);
  let created = 0;
  for (const [i, household] of DEMO_HOUSEHOLDS.entries()) {
    const slot = i < 16 ? slots[i % 2] : slots[2 + ((i - 16) % (slots.length - 2))];
    const species = random.pick(['sheep', 'sheep', 'sheep', 'goat', 'cattle'] as const);
    const animals = species === 'cattle' ? 1 : random.int(1, 3);
    const birth = `19${random.int(55, 99)}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`;
    const nrn = syntheticNationalRegisterNumber(birth, random.int(1, 997));
    // Checked and kept only as the keyed pseudonym, exactly as the public form does.
    const nrnKept = await nrnPseudonym(pseudonymise, nrn);
    if (!nrnKept) throw new Error(`demo: synthetic national register number ${i} is not valid`);
    const herdNumber = `BE${random.int(10_000_000, 99_999_999)}`;
    const phone = `+32 4${random.int(60, 99)} ${random.int(10, 99)} ${random.int(10, 99)} ${random.int(10, 99)}`;
    const id = demoId(`offerfeest-registration-${i}`);
    if (!slot) continue;
    const [exists] = await db
      .select({ id: offerfeestRegistrations.id })
      .from(offerfeestRegistrations)
      .where(eq(offerfeestRegistrations.id, id));
    if (exists) continue;
    const at = new Date(CURRENT.registrationOpensAt.getTime() + i * 5 * 3_600_000);
    await db.transaction(async (tx) => {
      const cancelled = i === 20 || i === 33;
      const keys = (await slotPools(tx, slot)).keys;
      const taken = cancelled ? { ok: false } : await takeCapacity(tx, keys, animals);
      const status = cancelled ? 'cancelled' : taken.ok ? 'confirmed' : 'waitlisted';
      await tx.insert(offerfeestRegistrations).values({
        id,
        editionId,
        slotId: slot.id,
        code: demoCode(household.name),
        name: household.name,
        phone,
        email: i % 2 === 0 ? `household${i + 1}@example.org` : null,
        language: household.language,
        nrnPseudonym: nrnKept,
        species,
        animals,
        herdNumber,
        status,
        waitlistedAt: status === 'waitlisted' ? at : null,
        confirmedAt: status === 'confirmed' ? at : null,
        createdAt: at,
        updatedAt: at,
      });
    });
    created++;
  }
  return created;
}

/** Last year's edition (reimbursement) and the current one (slots) with sites, slots and households. Idempotent. */
export async function seedOfferfeestDemo(
  db: Db,
  ctx: RequestContext,
  _files: FileService,
  tools: DemoTools,
): Promise<Record<string, number>> {
  const last = await seedEdition(db, ctx, LAST);
  const current = await seedEdition(db, ctx, CURRENT);
  const offerfeestEditions = last.created + current.created;
  // The year exists but is not the demo's (made by hand): leave it alone.
  if (!current.id) return { offerfeestEditions };
  const { slots, created } = await seedSlots(db, current.id);
  const offerfeestRegistrations = await seedRegistrations(db, current.id, slots, tools.pseudonymise);
  return { offerfeestEditions, offerfeestSlots: created, offerfeestRegistrations };
}
