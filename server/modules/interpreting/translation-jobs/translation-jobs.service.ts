import { Readable } from 'node:stream';
import {
  TRANSLATION_SOURCE_MEDIA_TYPES,
  type TranslationJobOut,
  type TranslationQuote,
  type TranslationStatus,
  type TranslationUploadFields,
} from '../../../../contracts/interpreting-translations.ts';
import { recordAudit } from '../../../platform/audit/index.ts';
import type { Actor, RequestContext } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db/index.ts';
import { type FileService, sniffMediaType } from '../../../platform/files/index.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import { requirePermission } from '../../../platform/identity/policy.ts';
import type { ParamService } from '../../../platform/params/index.ts';
import { extractText } from '../../../platform/text/index.ts';
import { countWords } from '../../translation-memory/index.ts';
import { brusselsDate } from '../brussels-time.ts';
import { findExistingTranslation } from './library-lookup.ts';
import { analyseForQuote } from './quote-analysis.ts';
import { bookingOrganisation, requireTranslationReader } from './translation-jobs.policy.ts';
import {
  closeOpenOffers,
  EVERY_JOB,
  findJobView,
  insertCharge,
  insertJob,
  isEligibleRequester,
  listJobViews,
  lockJob,
  nextTranslationNumber,
  type TranslationJobRow,
  updateJobIf,
  visibleJobs,
} from './translation-jobs.repository.ts';
import { loadTariff, quoteTranslation } from './translation-tariff.ts';
import { toJobOut } from './translation-view.ts';

export type TranslationDeps = { db: Db; files: FileService; params: ParamService };
export type UploadedDocument = { bytes: Uint8Array; originalName: string };

const AUDIT_ENTITY = 'interpreting_translation_job';
const notFound = () => new AppError('INTERPRETING.TRANSLATION_NOT_FOUND');

/** Always to or from Dutch, and never Dutch to Dutch. */
function checkLanguages(fields: TranslationUploadFields): void {
  const dutchSides = [fields.sourceLanguage, fields.targetLanguage].filter((l) => l === 'nl').length;
  if (dutchSides !== 1) {
    throw new AppError(
      'INTERPRETING.TRANSLATION_NOT_DUTCH',
      `${fields.sourceLanguage} → ${fields.targetLanguage}: one side must be Dutch (nl), the other not`,
      { fieldErrors: [{ path: 'targetLanguage', message: 'one side must be nl' }] },
    );
  }
}

function checkDeadline(deadline: string, today: string): void {
  if (deadline <= today) {
    throw new AppError(
      'INTERPRETING.TRANSLATION_DEADLINE_INVALID',
      `the deadline ${deadline} is not after ${today}`,
      {
        fieldErrors: [{ path: 'deadline', message: 'must be after today' }],
      },
    );
  }
}

/** The document's words: sniffed type (never the name), extracted text, CAT-style count. */
async function readDocument(files: FileService, upload: UploadedDocument | undefined) {
  if (!upload || upload.bytes.length === 0) {
    throw new AppError('COMMON.VALIDATION_FAILED', 'no document in the form', {
      fieldErrors: [{ path: 'file', message: 'required: a docx, odt, pdf or txt file' }],
    });
  }
  if (upload.bytes.length > files.maxUploadBytes) throw new AppError('FILES.TOO_LARGE');
  const mediaType = await sniffMediaType(() => Readable.from([Buffer.from(upload.bytes)]));
  const allowed: readonly string[] = TRANSLATION_SOURCE_MEDIA_TYPES;
  if (!mediaType || !allowed.includes(mediaType)) {
    throw new AppError(
      'FILES.TYPE_NOT_ALLOWED',
      `a translation starts from docx, odt, pdf or txt, not ${mediaType ?? 'this'}`,
    );
  }
  const { text } = await extractText(upload.bytes, mediaType);
  const words = countWords(text);
  if (words === 0) throw new AppError('INTERPRETING.TRANSLATION_NO_TEXT');
  return { text, words, document: upload };
}

export type QuotedTranslation = TranslationJobOut & {
  quote: TranslationQuote;
  existingTranslation: Awaited<ReturnType<typeof findExistingTranslation>>;
};

/** The rules an order must meet before its document is even read. Answers the organisation. */
async function checkOrder(
  db: Db,
  actor: Actor,
  fields: TranslationUploadFields,
  today: string,
): Promise<string> {
  const organisationId = bookingOrganisation(actor, fields.organisationId);
  checkLanguages(fields);
  checkDeadline(fields.deadline, today);
  if (!(await isEligibleRequester(db, organisationId))) {
    throw new AppError('INTERPRETING.TRANSLATION_ORGANISATION_NOT_ELIGIBLE');
  }
  return organisationId;
}

type QuotedJobInput = {
  fields: TranslationUploadFields;
  organisationId: string;
  document: UploadedDocument;
  text: string;
  quote: TranslationQuote;
};

/** Stores the document and the quoted job, audited, in the caller's transaction. */
async function storeQuotedJob(tx: Db, files: FileService, ctx: RequestContext, input: QuotedJobInput) {
  const { fields, document, quote } = input;
  const file = await files.storeUpload(tx, ctx, { ...document, allowed: TRANSLATION_SOURCE_MEDIA_TYPES });
  const existingTranslation = await findExistingTranslation({
    db: tx,
    sha256: file.sha256,
    text: input.text,
    sourceLanguage: fields.sourceLanguage,
    targetLanguage: fields.targetLanguage,
  });
  const number = await nextTranslationNumber(tx);
  const job = await insertJob(tx, {
    reference: `V-${quote.tariffDay.slice(0, 4)}-${String(number).padStart(6, '0')}`,
    organisationId: input.organisationId,
    requestedBy: ctx.actor?.id ?? null,
    sourceLanguage: fields.sourceLanguage,
    targetLanguage: fields.targetLanguage,
    sourceFileId: file.id,
    words: quote.words,
    quoteCents: quote.amountCents,
    deadline: fields.deadline,
    clientReference: fields.clientReference ?? null,
    notes: fields.notes ?? null,
  });
  // Notes are free text and may name people: they stay out of the audit log. What the amount
  // was computed on goes in, since the job keeps only the raw words and the amount.
  const { notes: _, ...audited } = job;
  const { basis, unit, units, centsPerUnit } = quote;
  await recordAudit(tx, ctx, {
    action: 'interpreting.translation.quoted',
    entity: AUDIT_ENTITY,
    entityId: job.id,
    after: { ...audited, quote: { basis, unit, units, centsPerUnit } },
  });
  const view = { job, file, translatorCode: null, translatorGivenName: null };
  return { ...toJobOut(view), quote, existingTranslation };
}

/**
 * Upload → quote: the document is stored, its words counted and priced with the tariff of the
 * day (per word: on the translation memory's weighted words for the job's pair); the job waits
 * in 'quoted' until the requester accepts the quote (no work before that).
 */
export async function requestTranslation(
  deps: TranslationDeps,
  ctx: RequestContext,
  fields: TranslationUploadFields,
  upload: UploadedDocument | undefined,
): Promise<QuotedTranslation> {
  const actor = requirePermission(ctx, 'interpreting.request');
  const today = brusselsDate(new Date());
  const organisationId = await checkOrder(deps.db, actor, fields, today);
  const { text, words, document } = await readDocument(deps.files, upload);
  const tariff = await loadTariff(deps.params, today);
  // The memory's analysis reads params and the database: before the transaction (PGlite).
  const { sourceLanguage, targetLanguage } = fields;
  const analysis = await analyseForQuote(deps, { sourceLanguage, targetLanguage, text, day: today }, tariff);
  const quote = quoteTranslation({ words, text, analysis }, tariff, today);
  return deps.db.transaction((tx) =>
    storeQuotedJob(tx, deps.files, ctx, { fields, organisationId, document, text, quote }),
  );
}

export async function getTranslation(db: Db, ctx: RequestContext, id: string): Promise<TranslationJobOut> {
  const actor = requireTranslationReader(ctx);
  const view = await findJobView(db, id, visibleJobs(actor));
  if (!view) throw notFound();
  return toJobOut(view);
}

export async function listTranslations(
  db: Db,
  ctx: RequestContext,
  status: TranslationStatus | undefined,
): Promise<TranslationJobOut[]> {
  const actor = requireTranslationReader(ctx);
  return (await listJobViews(db, visibleJobs(actor), status)).map(toJobOut);
}

function invalidStatus(job: TranslationJobRow, wanted: string): AppError {
  return new AppError(
    'INTERPRETING.TRANSLATION_INVALID_STATUS',
    `${job.reference} is ${job.status}; ${wanted}`,
  );
}

/** The requester accepts the quote: only now may the job be offered to translators. */
export async function acceptQuote(db: Db, ctx: RequestContext, id: string): Promise<TranslationJobOut> {
  const actor = requirePermission(ctx, 'interpreting.request');
  await db.transaction(async (tx) => {
    const job = await lockJob(tx, id, visibleJobs(actor));
    if (!job) throw notFound();
    if (job.status !== 'quoted') throw invalidStatus(job, 'only a quoted job can be accepted');
    checkDeadline(job.deadline, brusselsDate(new Date()));
    const after = await updateJobIf(tx, id, ['quoted'], { status: 'accepted' });
    await recordAudit(tx, ctx, {
      action: 'interpreting.translation.quote_accepted',
      entity: AUDIT_ENTITY,
      entityId: id,
      before: { status: job.status },
      after: { status: after?.status },
    });
  });
  return getTranslation(db, ctx, id);
}

const CANCELLABLE = ['quoted', 'accepted', 'offered', 'assigned'] as const;

function chargeCancellation(tx: Db, job: TranslationJobRow) {
  return insertCharge(tx, {
    organisationId: job.organisationId,
    translationJobId: job.id,
    kind: 'translation_cancelled',
    serviceDate: brusselsDate(new Date()),
    description: `Geannuleerde vertaling ${job.reference} (${job.sourceLanguage}→${job.targetLanguage}, ${job.words} woorden): volledige prijs`,
    words: job.words,
    amountCents: job.quoteCents,
    tariff: { basis: 'accepted_quote', words: job.words, quoteCents: job.quoteCents },
  });
}

/**
 * Cancelling is free while the job is only quoted; once the quote is accepted the full price is
 * due (AgII rule), written as a 'translation_cancelled' charge for the quarterly invoice.
 */
export async function cancelTranslation(
  db: Db,
  ctx: RequestContext,
  id: string,
): Promise<TranslationJobOut & { chargedCents: number }> {
  const actor = requirePermission(ctx, 'interpreting.request');
  const chargedCents = await db.transaction(async (tx) => {
    const job = await lockJob(tx, id, visibleJobs(actor));
    if (!job) throw notFound();
    if (!CANCELLABLE.some((status) => status === job.status))
      throw invalidStatus(job, 'it cannot be cancelled');
    await updateJobIf(tx, id, [job.status], { status: 'cancelled' });
    await closeOpenOffers(tx, id, 'withdrawn');
    // Free while only quoted; once the quote is accepted the full price is due.
    const charged = job.status === 'quoted' ? 0 : job.quoteCents;
    if (charged > 0) await chargeCancellation(tx, job);
    await recordAudit(tx, ctx, {
      action: 'interpreting.translation.cancelled',
      entity: AUDIT_ENTITY,
      entityId: id,
      before: { status: job.status },
      after: { status: 'cancelled', chargedCents: charged },
    });
    return charged;
  });
  const view = await findJobView(db, id, EVERY_JOB);
  if (!view) throw notFound();
  return { ...toJobOut(view), chargedCents };
}
