import { eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/index.ts';
import { users } from '../../../platform/identity/identity.tables.ts';
import { interpreters, translationJobs, translationOffers } from '../interpreting.tables.ts';

/** What translation mails read: the job's facts, never the document or the client. */
const jobColumns = {
  jobId: translationJobs.id,
  reference: translationJobs.reference,
  sourceLanguage: translationJobs.sourceLanguage,
  targetLanguage: translationJobs.targetLanguage,
  words: translationJobs.words,
  deadline: translationJobs.deadline,
};

export async function findTranslationOfferForMail(db: Db, offerId: string) {
  const [row] = await db
    .select({
      ...jobColumns,
      offerStatus: translationOffers.status,
      email: interpreters.email,
      locale: interpreters.locale,
      name: interpreters.givenName,
    })
    .from(translationOffers)
    .innerJoin(translationJobs, eq(translationJobs.id, translationOffers.jobId))
    .innerJoin(interpreters, eq(interpreters.id, translationOffers.interpreterId))
    .where(eq(translationOffers.id, offerId));
  return row ?? null;
}

export async function findTranslationJobForMail(db: Db, jobId: string) {
  const [row] = await db
    .select({
      ...jobColumns,
      email: users.email,
      locale: users.locale,
      name: users.name,
      active: users.active,
    })
    .from(translationJobs)
    .innerJoin(users, eq(users.id, translationJobs.requestedBy))
    .where(eq(translationJobs.id, jobId));
  return row ?? null;
}
