import type { Readable } from 'node:stream';
import {
  TRANSLATION_SOURCE_MEDIA_TYPES,
  type TranslationJobOut,
} from '../../../../contracts/interpreting-translations.ts';
import { recordAudit } from '../../../platform/audit/index.ts';
import type { RequestContext } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db/index.ts';
import type { FileService, StoredFile } from '../../../platform/files/index.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import { requirePermission } from '../../../platform/identity/policy.ts';
import type { Platform } from '../../../platform/platform.ts';
import { brusselsDate } from '../brussels-time.ts';
import { notifyInterpreting } from '../mail/notify.ts';
import { requireTranslationReader } from './translation-jobs.policy.ts';
import {
  EVERY_JOB,
  findInterpreterIdOfUser,
  findJobView,
  insertCharge,
  jobsWithReadableSource,
  lockJob,
  updateJobIf,
  visibleJobs,
} from './translation-jobs.repository.ts';
import type { UploadedDocument } from './translation-jobs.service.ts';
import { toJobOut } from './translation-view.ts';

const AUDIT_ENTITY = 'interpreting_translation_job';
const notFound = () => new AppError('INTERPRETING.TRANSLATION_NOT_FOUND');

/**
 * The assigned translator delivers: the file is stored, the job is 'delivered', and the
 * translation becomes a charge for the organisation at the accepted quote, dated on the
 * (Brussels) delivery day, which decides its invoice quarter.
 */
export async function deliverTranslation(
  deps: { db: Db; files: FileService; platform: Platform },
  ctx: RequestContext,
  jobId: string,
  upload: UploadedDocument | undefined,
): Promise<TranslationJobOut> {
  const actor = requirePermission(ctx, 'interpreting.work');
  const interpreterId = await findInterpreterIdOfUser(deps.db, actor.id);
  if (!interpreterId) throw notFound();
  if (!upload || upload.bytes.length === 0) {
    throw new AppError('COMMON.VALIDATION_FAILED', 'no translation in the form', {
      fieldErrors: [{ path: 'file', message: 'required: a docx, odt, pdf or txt file' }],
    });
  }
  await deps.db.transaction(async (tx) => {
    const job = await lockJob(tx, jobId, visibleJobs(actor));
    if (!job || job.translatorId !== interpreterId) throw notFound();
    if (job.status !== 'assigned') {
      throw new AppError('INTERPRETING.TRANSLATION_INVALID_STATUS', `${job.reference} is ${job.status}`);
    }
    const file = await deps.files.storeUpload(tx, ctx, {
      ...upload,
      allowed: TRANSLATION_SOURCE_MEDIA_TYPES,
    });
    const deliveredAt = new Date();
    await updateJobIf(tx, jobId, ['assigned'], { status: 'delivered', deliveryFileId: file.id, deliveredAt });
    await notifyInterpreting(tx, deps.platform, ctx, { kind: 'translation_delivered', jobId });
    const charge = await insertCharge(tx, {
      organisationId: job.organisationId,
      translationJobId: job.id,
      kind: 'translation',
      serviceDate: brusselsDate(deliveredAt),
      description: `Vertaling ${job.reference} (${job.sourceLanguage}→${job.targetLanguage}, ${job.words} woorden)`,
      words: job.words,
      amountCents: job.quoteCents,
      tariff: { basis: 'accepted_quote', words: job.words, quoteCents: job.quoteCents },
    });
    await recordAudit(tx, ctx, {
      action: 'interpreting.translation.delivered',
      entity: AUDIT_ENTITY,
      entityId: jobId,
      before: { status: job.status },
      after: {
        status: 'delivered',
        deliveryFileId: file.id,
        chargeId: charge.id,
        amountCents: job.quoteCents,
      },
    });
  });
  const view = await findJobView(deps.db, jobId, EVERY_JOB);
  if (!view) throw notFound();
  return toJobOut(view);
}

const EXTENSIONS: Record<string, string> = {
  'text/plain': 'txt',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.oasis.opendocument.text': 'odt',
  'application/pdf': 'pdf',
};

export type TranslationDocument = { file: StoredFile; downloadName: string; content: Readable };

/**
 * A job's document as a download. The delivery: the requester's organisation, staff and the
 * translator. The source: the same, plus a translator with an open offer (she must see it to
 * decide). Reading is audited: documents carry personal data.
 */
export async function openTranslationDocument(
  deps: { db: Db; files: FileService },
  ctx: RequestContext,
  jobId: string,
  which: 'source' | 'delivery',
): Promise<TranslationDocument> {
  const actor = requireTranslationReader(ctx);
  const scope = which === 'delivery' ? visibleJobs(actor) : jobsWithReadableSource(actor);
  const view = await findJobView(deps.db, jobId, scope);
  if (!view) throw notFound();
  const { job } = view;
  const fileId = which === 'delivery' ? job.deliveryFileId : job.sourceFileId;
  if (!fileId)
    throw new AppError('INTERPRETING.TRANSLATION_INVALID_STATUS', `${job.reference} is not delivered yet`);
  const file = await deps.files.findFile(deps.db, fileId);
  const extension = EXTENSIONS[file.mediaType] ?? 'bin';
  const downloadName =
    which === 'delivery' ? `${job.reference}-${job.targetLanguage}.${extension}` : file.originalName;
  await recordAudit(deps.db, ctx, {
    action: `interpreting.translation.${which}_downloaded`,
    entity: AUDIT_ENTITY,
    entityId: jobId,
    after: { fileId },
  });
  return { file, downloadName, content: await deps.files.openContent(file) };
}
