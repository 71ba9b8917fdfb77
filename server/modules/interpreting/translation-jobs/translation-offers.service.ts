import type { z } from 'zod';
import type {
  MyTranslationOfferSchema,
  TranslationJobOut,
  TranslationOffersRequestSchema,
} from '../../../../contracts/interpreting-translations.ts';
import { recordAudit } from '../../../platform/audit/index.ts';
import type { RequestContext } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db/index.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import { requirePermission } from '../../../platform/identity/policy.ts';
import type { Platform } from '../../../platform/platform.ts';
import { brusselsDate } from '../brussels-time.ts';
import { notifyInterpreting } from '../mail/notify.ts';
import {
  closeOpenOffers,
  EVERY_JOB,
  findInterpreterIdOfUser,
  findJobView,
  findOffer,
  findTranslators,
  insertOffers,
  listOffersOfInterpreter,
  lockJob,
  respondToOffer,
  type TranslationJobRow,
  type TranslatorCandidate,
  updateJobIf,
} from './translation-jobs.repository.ts';
import { effectiveOfferStatus, toJobOut, toOfferOut } from './translation-view.ts';

type OffersInput = z.infer<typeof TranslationOffersRequestSchema>;
type MyOffer = z.infer<typeof MyTranslationOfferSchema>;

const AUDIT_ENTITY = 'interpreting_translation_job';
const offerNotFound = () => new AppError('INTERPRETING.TRANSLATION_OFFER_NOT_FOUND');

/** The foreign language of the job, and the direction a translator needs in it. */
function languageNeed(job: TranslationJobRow): { language: string; direction: 'into_dutch' | 'from_dutch' } {
  return job.targetLanguage === 'nl'
    ? { language: job.sourceLanguage, direction: 'into_dutch' }
    : { language: job.targetLanguage, direction: 'from_dutch' };
}

/** Why a translator cannot take the job, or null when she can. */
function ineligibility(candidate: TranslatorCandidate, direction: string, today: string): string | null {
  if (candidate.status !== 'active') return 'not active';
  if (!candidate.translates) return 'does not translate';
  if (!candidate.directions.some((d) => d === 'both' || d === direction))
    return `no ${direction} in this language`;
  if (candidate.certificationValidUntil === null || candidate.certificationValidUntil < today) {
    return 'certification not valid';
  }
  return null;
}

async function checkTranslators(tx: Db, job: TranslationJobRow, ids: string[]): Promise<void> {
  const { language, direction } = languageNeed(job);
  const today = brusselsDate(new Date());
  const candidates = await findTranslators(tx, ids, language);
  const missing = ids.filter((id) => !candidates.some((c) => c.id === id));
  if (missing.length > 0) throw new AppError('INTERPRETING.INTERPRETER_NOT_FOUND', missing.join(', '));
  const refused = candidates
    .map((candidate) => ({ id: candidate.id, why: ineligibility(candidate, direction, today) }))
    .filter((entry) => entry.why !== null);
  if (refused.length > 0) {
    throw new AppError(
      'INTERPRETING.TRANSLATOR_NOT_ELIGIBLE',
      refused.map((entry) => `${entry.id}: ${entry.why}`).join('; '),
    );
  }
}

/**
 * A dispatcher offers an accepted job to translators of the language pair; the first to accept
 * gets it. More translators can be added while the job is offered.
 */
export async function offerTranslation(
  platform: Platform,
  ctx: RequestContext,
  jobId: string,
  input: OffersInput,
) {
  requirePermission(ctx, 'interpreting.dispatch');
  const { db } = platform.database;
  const ids = [...new Set(input.interpreterIds)];
  const offers = await db.transaction(async (tx) => {
    const job = await lockJob(tx, jobId, EVERY_JOB);
    if (!job) throw new AppError('INTERPRETING.TRANSLATION_NOT_FOUND');
    if (job.status !== 'accepted' && job.status !== 'offered') {
      const why =
        job.status === 'quoted' ? 'the requester has not accepted the quote yet' : 'it cannot be offered';
      throw new AppError(
        'INTERPRETING.TRANSLATION_INVALID_STATUS',
        `${job.reference} is ${job.status}: ${why}`,
      );
    }
    await checkTranslators(tx, job, ids);
    const expiresAt = new Date(Date.now() + input.expiresInHours * 3_600_000);
    const inserted = await insertOffers(tx, jobId, ids, expiresAt);
    await updateJobIf(tx, jobId, ['accepted', 'offered'], { status: 'offered' });
    for (const offer of inserted) {
      await notifyInterpreting(tx, platform, ctx, { kind: 'translation_offer_sent', offerId: offer.id });
    }
    await recordAudit(tx, ctx, {
      action: 'interpreting.translation.offered',
      entity: AUDIT_ENTITY,
      entityId: jobId,
      before: { status: job.status },
      after: {
        status: 'offered',
        offers: inserted.map((o) => ({ id: o.id, interpreterId: o.interpreterId })),
      },
    });
    return inserted;
  });
  const view = await findJobView(db, jobId, EVERY_JOB);
  if (!view) throw new AppError('INTERPRETING.TRANSLATION_NOT_FOUND');
  const now = new Date();
  return { offers: offers.map((offer) => toOfferOut(offer, now)), job: toJobOut(view) };
}

/** The translator's own interpreter record; an account without one has no offers at all. */
async function ownInterpreterId(db: Db, ctx: RequestContext): Promise<string> {
  const actor = requirePermission(ctx, 'interpreting.work');
  const interpreterId = await findInterpreterIdOfUser(db, actor.id);
  if (!interpreterId) throw offerNotFound();
  return interpreterId;
}

/** Why an offer could not be taken, from its state after the failed compare-and-set. */
async function refusal(tx: Db, offerId: string, interpreterId: string): Promise<AppError> {
  const offer = await findOffer(tx, offerId, interpreterId);
  if (!offer) return offerNotFound();
  const status = effectiveOfferStatus(offer, new Date());
  if (status === 'filled') return new AppError('INTERPRETING.OFFER_FILLED');
  if (status === 'expired') return new AppError('INTERPRETING.OFFER_EXPIRED');
  return new AppError('INTERPRETING.TRANSLATION_INVALID_STATUS', `the offer is ${status}`);
}

/**
 * The translator accepts: first wins. The job row is locked before the offer is touched, so
 * concurrent accepts queue on it (no deadlock), and the job's compare-and-set lets one through.
 */
export async function acceptTranslationOffer(
  db: Db,
  ctx: RequestContext,
  offerId: string,
): Promise<TranslationJobOut> {
  const interpreterId = await ownInterpreterId(db, ctx);
  const jobId = await db.transaction(async (tx) => {
    const offer = await findOffer(tx, offerId, interpreterId);
    if (!offer) throw offerNotFound();
    const job = await lockJob(tx, offer.jobId, EVERY_JOB);
    if (!job) throw offerNotFound();
    if (!(await respondToOffer(tx, offerId, interpreterId, 'accepted')))
      throw await refusal(tx, offerId, interpreterId);
    const assigned = await updateJobIf(tx, job.id, ['offered'], {
      status: 'assigned',
      translatorId: interpreterId,
    });
    if (!assigned) {
      throw job.status === 'assigned' || job.status === 'delivered'
        ? new AppError('INTERPRETING.OFFER_FILLED')
        : new AppError('INTERPRETING.TRANSLATION_INVALID_STATUS', `${job.reference} is ${job.status}`);
    }
    const filled = await closeOpenOffers(tx, job.id, 'filled', offerId);
    await recordAudit(tx, ctx, {
      action: 'interpreting.translation.assigned',
      entity: AUDIT_ENTITY,
      entityId: job.id,
      before: { status: job.status },
      after: { status: 'assigned', translatorId: interpreterId, offerId, othersFilled: filled },
    });
    return job.id;
  });
  const view = await findJobView(db, jobId, EVERY_JOB);
  if (!view) throw offerNotFound();
  return toJobOut(view);
}

export async function declineTranslationOffer(db: Db, ctx: RequestContext, offerId: string) {
  const interpreterId = await ownInterpreterId(db, ctx);
  const declined = await db.transaction(async (tx) => {
    const offer = await respondToOffer(tx, offerId, interpreterId, 'declined');
    if (!offer) throw await refusal(tx, offerId, interpreterId);
    await recordAudit(tx, ctx, {
      action: 'interpreting.translation.offer_declined',
      entity: 'interpreting_translation_offer',
      entityId: offerId,
      after: { status: 'declined', jobId: offer.jobId },
    });
    return offer;
  });
  return toOfferOut(declined, new Date());
}

/** The translator's offers with what she needs to decide; never the requesting organisation. */
export async function listMyTranslationOffers(
  db: Db,
  ctx: RequestContext,
  status: MyOffer['status'] | undefined,
): Promise<MyOffer[]> {
  requirePermission(ctx, 'interpreting.work');
  const actor = ctx.actor;
  const interpreterId = actor ? await findInterpreterIdOfUser(db, actor.id) : undefined;
  if (!interpreterId) return [];
  const now = new Date();
  return (await listOffersOfInterpreter(db, interpreterId))
    .map(({ offer, job }) => ({
      ...toOfferOut(offer, now),
      reference: job.reference,
      sourceLanguage: job.sourceLanguage,
      targetLanguage: job.targetLanguage,
      words: job.words,
      deadline: job.deadline,
    }))
    .filter((offer) => status === undefined || offer.status === status);
}
