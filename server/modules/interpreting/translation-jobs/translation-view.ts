import type {
  TranslationJobOut,
  TranslationStatus,
} from '../../../../contracts/interpreting-translations.ts';
import { TranslationStatusSchema } from '../../../../contracts/interpreting-translations.ts';
import type { TranslationJobView, TranslationOfferRow } from './translation-jobs.repository.ts';

function statusOf(value: string): TranslationStatus {
  // The column is plain text; anything unknown would be a bug worth a 500, not a silent guess.
  return TranslationStatusSchema.parse(value);
}

/** The answer for a job: explicit fields, the translator as code and first name only. */
export function toJobOut(view: TranslationJobView): TranslationJobOut {
  const { job, file } = view;
  return {
    id: job.id,
    reference: job.reference,
    organisationId: job.organisationId,
    status: statusOf(job.status),
    sourceLanguage: job.sourceLanguage,
    targetLanguage: job.targetLanguage,
    words: job.words,
    quoteCents: job.quoteCents,
    deadline: job.deadline,
    clientReference: job.clientReference,
    notes: job.notes,
    sourceFile: { id: job.sourceFileId, ...file },
    translator:
      job.translatorId && view.translatorCode !== null && view.translatorGivenName !== null
        ? { id: job.translatorId, code: view.translatorCode, givenName: view.translatorGivenName }
        : null,
    deliveredAt: job.deliveredAt?.toISOString() ?? null,
    hasDelivery: job.deliveryFileId !== null,
    createdAt: job.createdAt.toISOString(),
  };
}

export type OfferStatus = 'open' | 'accepted' | 'declined' | 'expired' | 'filled' | 'withdrawn';

/** An open offer past its expiry is shown as expired (no job needs to have swept it yet). */
export function effectiveOfferStatus(offer: TranslationOfferRow, now: Date): OfferStatus {
  if (offer.status === 'open' && offer.expiresAt <= now) return 'expired';
  switch (offer.status) {
    case 'open':
    case 'accepted':
    case 'declined':
    case 'expired':
    case 'filled':
    case 'withdrawn':
      return offer.status;
    default:
      throw new Error(`unknown translation offer status ${offer.status}`);
  }
}

export function toOfferOut(offer: TranslationOfferRow, now: Date) {
  return {
    id: offer.id,
    jobId: offer.jobId,
    interpreterId: offer.interpreterId,
    status: effectiveOfferStatus(offer, now),
    expiresAt: offer.expiresAt.toISOString(),
    respondedAt: offer.respondedAt?.toISOString() ?? null,
  };
}
