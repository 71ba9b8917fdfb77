import type { z } from 'zod';
import {
  type CreateEditionSchema,
  type CreateSiteSchema,
  type CreateSlotsSchema,
  type Edition,
  REQUIRED_OFFERFEEST_LANGUAGES,
  type Slot,
  type UpdateEditionSchema,
} from '../../../../contracts/offerfeest.ts';
import { recordAudit } from '../../../platform/audit/index.ts';
import { ensurePools, readPools, setPoolCapacity } from '../../../platform/capacity/index.ts';
import type { RequestContext } from '../../../platform/context.ts';
import { type Db, sqlState } from '../../../platform/db/index.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import { requirePermission } from '../../../platform/identity/index.ts';
import { toDay } from '../../../platform/params/index.ts';
import type { OfferfeestDeps } from '../offerfeest-deps.ts';
import { slotPoolKey } from '../pool-keys.ts';
import { promoteWaitlist } from '../registrations/waitlist.ts';
import { toEdition, toSite, toSlot } from './edition-view.ts';
import {
  countWaitlisted,
  type EditionRow,
  insertEdition,
  insertSite,
  insertSlots,
  lockSite,
  selectEdition,
  selectEditionSlots,
  selectEditions,
  selectOverlappingSlot,
  selectSite,
  selectSites,
  selectSlotWithSite,
  updateEditionRow,
} from './editions.repository.ts';
import { checkSlotCapacity, siteDayPoolForNewSlots } from './site-day.ts';
import { slotWindows } from './slot-times.ts';

type CreateEdition = z.output<typeof CreateEditionSchema>;
type UpdateEdition = z.output<typeof UpdateEditionSchema>;

/** The edition row, or 404 `OFFERFEEST.EDITION_NOT_FOUND` (also used by the claims). */
export async function getEdition(db: Db, id: string): Promise<EditionRow> {
  const row = await selectEdition(db, id);
  if (!row) throw new AppError('OFFERFEEST.EDITION_NOT_FOUND');
  return row;
}

export async function listEditions(db: Db): Promise<Edition[]> {
  const rows = await selectEditions(db);
  const sites = await selectSites(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => toEdition(row, sites));
}

export async function readEdition(db: Db, id: string): Promise<Edition> {
  const row = await getEdition(db, id);
  return toEdition(row, await selectSites(db, [id]));
}

function invalid(path: string, message: string): AppError {
  return new AppError('COMMON.VALIDATION_FAILED', message, { fieldErrors: [{ path, message }] });
}

/** The rules a whole edition keeps, checked on the merged values of a create or an update. */
function checkEdition(
  values: Omit<CreateEdition, 'info' | 'reimbursementCents' | 'anonymiseAfterMonths'>,
): void {
  const missing = REQUIRED_OFFERFEEST_LANGUAGES.filter((code) => !values.languages.includes(code));
  if (missing.length > 0) {
    const message = `the edition communicates in at least nl, ar, fr, tr, en; missing ${missing.join(', ')}`;
    throw new AppError('OFFERFEEST.LANGUAGES_MISSING', message, {
      fieldErrors: [{ path: 'languages', message }],
    });
  }
  if (values.feastEnd < values.feastStart) throw invalid('feastEnd', 'the feast ends before it starts');
  if (values.blockingEnd < values.blockingStart)
    throw invalid('blockingEnd', 'the blocking period ends before it starts');
  const opens = values.registrationOpensAt;
  const closes = values.registrationClosesAt;
  if (opens && closes && new Date(closes) <= new Date(opens)) {
    throw invalid('registrationClosesAt', 'registration closes before it opens');
  }
}

function yearTaken(error: unknown): never {
  if (sqlState(error) === '23505') throw new AppError('COMMON.CONFLICT', 'an edition of that year exists');
  throw error;
}

export async function createEdition(db: Db, ctx: RequestContext, input: CreateEdition): Promise<Edition> {
  requirePermission(ctx, 'offerfeest.configure');
  checkEdition(input);
  const row = await db
    .transaction(async (tx) => {
      const created = await insertEdition(tx, {
        ...input,
        registrationOpensAt: input.registrationOpensAt ? new Date(input.registrationOpensAt) : null,
        registrationClosesAt: input.registrationClosesAt ? new Date(input.registrationClosesAt) : null,
      });
      await recordAudit(tx, ctx, {
        action: 'offerfeest.edition.created',
        entity: 'offerfeest_edition',
        entityId: created.id,
        after: { year: created.year, regime: created.regime },
      });
      return created;
    })
    .catch(yearTaken);
  return toEdition(row, []);
}

export async function updateEdition(
  db: Db,
  ctx: RequestContext,
  id: string,
  input: UpdateEdition,
): Promise<Edition> {
  requirePermission(ctx, 'offerfeest.configure');
  const row = await db
    .transaction(async (tx) => {
      const before = await getEdition(tx, id);
      checkEdition({
        year: input.year ?? before.year,
        feastStart: input.feastStart ?? before.feastStart,
        feastEnd: input.feastEnd ?? before.feastEnd,
        blockingStart: input.blockingStart ?? before.blockingStart,
        blockingEnd: input.blockingEnd ?? before.blockingEnd,
        languages: input.languages ?? before.languages.flatMap((code) => (isLanguage(code) ? [code] : [])),
        regime: input.regime ?? (before.regime === 'slots' ? 'slots' : 'reimbursement'),
        registrationOpensAt: input.registrationOpensAt ?? before.registrationOpensAt?.toISOString(),
        registrationClosesAt: input.registrationClosesAt ?? before.registrationClosesAt?.toISOString(),
      });
      const { registrationOpensAt, registrationClosesAt, ...rest } = input;
      const updated = await updateEditionRow(tx, id, {
        ...rest,
        ...(registrationOpensAt ? { registrationOpensAt: new Date(registrationOpensAt) } : {}),
        ...(registrationClosesAt ? { registrationClosesAt: new Date(registrationClosesAt) } : {}),
      });
      await recordAudit(tx, ctx, {
        action: 'offerfeest.edition.updated',
        entity: 'offerfeest_edition',
        entityId: id,
        after: { fields: Object.keys(input) },
      });
      return updated;
    })
    .catch(yearTaken);
  return toEdition(row, await selectSites(db, [id]));
}

function isLanguage(code: string): code is Edition['languages'][number] {
  return ['nl', 'en', 'fr', 'tr', 'bg', 'ar'].includes(code);
}

export async function addSite(
  db: Db,
  ctx: RequestContext,
  editionId: string,
  input: z.output<typeof CreateSiteSchema>,
): Promise<Edition['sites'][number]> {
  requirePermission(ctx, 'offerfeest.configure');
  return db.transaction(async (tx) => {
    await getEdition(tx, editionId);
    const site = await insertSite(tx, { ...input, editionId });
    await recordAudit(tx, ctx, {
      action: 'offerfeest.site.created',
      entity: 'offerfeest_site',
      entityId: site.id,
      after: input,
    });
    return toSite(site);
  });
}

/**
 * Generates a site's slots for one day, each with its pool, and on a new day the site-day pool
 * when the site's daily capacity binds (site-day.ts). A window that overlaps an existing slot of the site is refused (409): a second
 * run for the same day would otherwise double the places.
 */
export async function createSlots(
  db: Db,
  ctx: RequestContext,
  editionId: string,
  input: z.output<typeof CreateSlotsSchema>,
): Promise<Slot[]> {
  requirePermission(ctx, 'offerfeest.configure');
  const windows = slotWindows(input.day, input.startTime, input.endTime, input.minutes);
  const first = windows[0];
  const last = windows.at(-1);
  if (!first || !last) throw invalid('endTime', 'no slot of that length fits between start and end');
  const slots = await db.transaction(async (tx) => {
    await getEdition(tx, editionId);
    const site = await selectSite(tx, editionId, input.siteId);
    if (!site) throw invalid('siteId', 'no such site in this edition');
    await lockSite(tx, site.id);
    if (await selectOverlappingSlot(tx, site.id, first.startsAt, last.endsAt)) {
      throw new AppError('COMMON.CONFLICT', 'the site already has slots in that window');
    }
    const dayPool = await siteDayPoolForNewSlots(
      tx,
      site,
      input.day,
      first.startsAt,
      windows.length * input.capacity,
    );
    const rows = await insertSlots(
      tx,
      windows.map((window) => ({ ...window, editionId, siteId: site.id })),
    );
    await ensurePools(tx, [
      ...rows.map((row) => ({ key: slotPoolKey(row.id), capacity: input.capacity })),
      ...(dayPool ? [dayPool] : []),
    ]);
    await recordAudit(tx, ctx, {
      action: 'offerfeest.slots.created',
      entity: 'offerfeest_site',
      entityId: site.id,
      after: { ...input, count: rows.length },
    });
    return rows.map((row) => ({ ...row, siteName: site.name, siteAddress: site.address }));
  });
  const pools = await readPools(
    db,
    slots.map((slot) => slotPoolKey(slot.id)),
  );
  const byKey = new Map(pools.map((pool) => [pool.key, pool]));
  return slots.map((slot) => toSlot(slot, byKey, 0));
}

/** The public slot list: places left and how many wait, per slot. */
export async function listSlots(db: Db, editionId: string): Promise<Slot[]> {
  await getEdition(db, editionId);
  const slots = await selectEditionSlots(db, editionId);
  const pools = await readPools(
    db,
    slots.map((slot) => slotPoolKey(slot.id)),
  );
  const byKey = new Map(pools.map((pool) => [pool.key, pool]));
  const waiting = await countWaitlisted(db, editionId);
  return slots.map((slot) => toSlot(slot, byKey, waiting.get(slot.id) ?? 0));
}

/**
 * Sets a slot's capacity (below what is given → 409 CAPACITY.BELOW_TAKEN; beyond the site's day
 * where no site-day pool binds the slots → 409 DAY_CAPACITY_EXCEEDED). Raising it promotes
 * the waiting list in the same transaction.
 */
export async function setSlotCapacity(
  deps: OfferfeestDeps,
  ctx: RequestContext,
  slotId: string,
  capacity: number,
): Promise<Slot> {
  requirePermission(ctx, 'offerfeest.configure');
  const slot = await deps.db.transaction(async (tx) => {
    const found = await selectSlotWithSite(tx, slotId);
    const site = found && (await selectSite(tx, found.editionId, found.siteId));
    if (!found || !site) throw new AppError('COMMON.NOT_FOUND', 'no such slot');
    await checkSlotCapacity(tx, site, found, toDay(found.startsAt), capacity);
    const pool = await setPoolCapacity(tx, slotPoolKey(found.id), capacity);
    await recordAudit(tx, ctx, {
      action: 'offerfeest.slot.capacity_set',
      entity: 'offerfeest_slot',
      entityId: found.id,
      after: { capacity: pool.capacity, taken: pool.taken },
    });
    await promoteWaitlist(deps, tx, ctx, found);
    return found;
  });
  const pools = await readPools(deps.db, [slotPoolKey(slot.id)]);
  const waiting = await countWaitlisted(deps.db, slot.editionId);
  return toSlot(slot, new Map(pools.map((pool) => [pool.key, pool])), waiting.get(slot.id) ?? 0);
}
