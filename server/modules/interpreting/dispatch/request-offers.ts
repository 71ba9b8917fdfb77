import { asc, eq } from 'drizzle-orm';
import type { RequestOffer } from '../../../../contracts/interpreting-dispatch.ts';
import { OfferStatusSchema } from '../../../../contracts/interpreting-dispatch.ts';
import type { Db } from '../../../platform/db/index.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import { interpreters, offers } from '../interpreting.tables.ts';
import { findRequest } from './matching.repository.ts';

/**
 * The offer history of one request, for the dispatcher's request page: every offer of every
 * round with the interpreter's code and name, oldest round first. Only interpreter names leave
 * here (no client data), so it is not a read of a person's file and needs no audit row.
 */
export async function listRequestOffers(db: Db, requestId: string): Promise<RequestOffer[]> {
  if (!(await findRequest(db, requestId))) throw new AppError('INTERPRETING.REQUEST_NOT_FOUND');
  const rows = await db
    .select({
      offer: offers,
      code: interpreters.code,
      givenName: interpreters.givenName,
      familyName: interpreters.familyName,
    })
    .from(offers)
    .innerJoin(interpreters, eq(interpreters.id, offers.interpreterId))
    .where(eq(offers.requestId, requestId))
    .orderBy(asc(offers.round), asc(offers.createdAt), asc(interpreters.code))
    .limit(500);
  return rows.map(({ offer, code, givenName, familyName }) => ({
    id: offer.id,
    interpreterId: offer.interpreterId,
    interpreter: { code, name: `${givenName} ${familyName}` },
    round: offer.round,
    status: OfferStatusSchema.parse(offer.status),
    offeredAt: offer.createdAt.toISOString(),
    expiresAt: offer.expiresAt.toISOString(),
    respondedAt: offer.respondedAt?.toISOString() ?? null,
    score: offer.score,
    sentBy: offer.sentBy,
  }));
}
