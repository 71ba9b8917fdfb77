import { recordAudit } from '../../../platform/audit/index.ts';
import type { RequestContext } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db/index.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import type { Pseudonymiser } from '../../../platform/pseudonym/index.ts';
import { type PartyRow, selectParty, upsertParty } from './reservations.repository.ts';

/** The name as a key: lower case, no accents, single spaces, without the word "familie". */
export function normaliseName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\bfamilie\b/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** The last nine digits: +32 470 12 34 56 and 0470/12.34.56 are the same phone. */
export function phoneDigits(phone: string): string {
  return phone.replace(/\D/gu, '').slice(-9);
}

/**
 * The keyed pseudonym that recognises a returning party. Made before the transaction opens: the
 * pseudonymiser may read its key through its own connection (on PGlite that would wait for the
 * transaction).
 */
export function partyKeyOf(pseudonymise: Pseudonymiser, input: { partyName: string; phone: string }) {
  return pseudonymise('transit-party', `${normaliseName(input.partyName)}|${phoneDigits(input.phone)}`);
}

/**
 * The party of a reservation: the one named by `partyId`, or the one the name-and-phone key gives.
 * Nothing about group or origin is kept.
 */
export async function resolveParty(
  tx: Db,
  ctx: RequestContext,
  input: { partyId?: string | undefined; partyKey: string; partyName: string; phone: string },
): Promise<PartyRow> {
  if (input.partyId) {
    const party = await selectParty(tx, input.partyId);
    if (!party) throw new AppError('COMMON.NOT_FOUND', 'Deze familie bestaat niet (meer).');
    return party;
  }
  const { row, created } = await upsertParty(tx, {
    partyKey: input.partyKey,
    name: input.partyName,
    phone: input.phone,
  });
  if (created) {
    await recordAudit(tx, ctx, {
      action: 'transit.party.created',
      entity: 'transit_party',
      entityId: row.id,
      after: { id: row.id },
    });
  }
  return row;
}
