import type { Edition, Slot } from '../../../../contracts/offerfeest.ts';
import { OfferfeestLanguageSchema, RegimeSchema } from '../../../../contracts/offerfeest.ts';
import type { PoolState } from '../../../platform/capacity/index.ts';
import { slotPoolKey } from '../pool-keys.ts';
import type { EditionRow, SiteRow, SlotWithSite } from './editions.repository.ts';

export function toSite(row: SiteRow): Edition['sites'][number] {
  return {
    id: row.id,
    name: row.name,
    recognitionNumber: row.recognitionNumber,
    address: row.address,
    stunningMethod: row.stunningMethod,
    dailyCapacity: row.dailyCapacity,
  };
}

/** The public shape of an edition: rules, dates, texts and sites; nothing about anyone. */
export function toEdition(row: EditionRow, sites: readonly SiteRow[]): Edition {
  return {
    id: row.id,
    year: row.year,
    feastStart: row.feastStart,
    feastEnd: row.feastEnd,
    blockingStart: row.blockingStart,
    blockingEnd: row.blockingEnd,
    languages: row.languages.flatMap((code) => {
      const parsed = OfferfeestLanguageSchema.safeParse(code);
      return parsed.success ? [parsed.data] : [];
    }),
    regime: RegimeSchema.parse(row.regime),
    registrationOpensAt: row.registrationOpensAt?.toISOString() ?? null,
    registrationClosesAt: row.registrationClosesAt?.toISOString() ?? null,
    reimbursementCents: row.reimbursementCents,
    anonymiseAfterMonths: row.anonymiseAfterMonths,
    info: row.info,
    sites: sites.filter((site) => site.editionId === row.id).map(toSite),
  };
}

export function toSlot(row: SlotWithSite, pools: ReadonlyMap<string, PoolState>, waitlisted: number): Slot {
  const pool = pools.get(slotPoolKey(row.id));
  return {
    id: row.id,
    siteId: row.siteId,
    siteName: row.siteName,
    start: row.startsAt.toISOString(),
    end: row.endsAt.toISOString(),
    capacity: pool?.capacity ?? 0,
    remaining: pool?.remaining ?? 0,
    waitlisted,
  };
}
