import type {
  EducationQuestionForm,
  GuidanceAppointmentForm,
  PublicFormCreated,
  ScholarshipApplicationForm,
  ScholarshipFilePart,
} from '../../../../contracts/public-forms.ts';
import { SCHOLARSHIP_FILE_TYPES } from '../../../../contracts/public-forms.ts';
import type { RequestContext } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db/index.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import { addWorkingDays } from '../../interpreting/index.ts';
import { recordCaseEvent } from '../case-access.ts';
import { brusselsToday } from '../case-view.ts';
import {
  insertCaseDocument,
  insertCaseNote,
  insertCaseTask,
  selectScholarshipCall,
} from './public-forms.repository.ts';
import { openPortalCase, type PortalDeps } from './public-forms.service.ts';

/** `POST /public/forms/education-question`: an open education question for the portal team. */
export async function submitEducationQuestion(
  deps: PortalDeps,
  ctx: RequestContext,
  form: EducationQuestionForm,
): Promise<PublicFormCreated> {
  const { name, email, phone, language, ...fields } = form;
  return openPortalCase(deps, ctx, {
    type: 'education_question',
    title: 'Onderwijsvraag via het portaal',
    name,
    email,
    phone,
    language,
    fields,
  });
}

const WEEKDAY_LABELS = { mon: 'maandag', tue: 'dinsdag', wed: 'woensdag', thu: 'donderdag', fri: 'vrijdag' };
export const APPOINTMENT_TASK_TITLE = 'Afspraak plannen';
export const APPOINTMENT_TASK_WORKING_DAYS = 2;

/**
 * `POST /public/forms/guidance-appointment`: a registered guidance case with a task to plan the
 * appointment within two working days; the message and preferred days become a note for staff.
 */
export async function submitGuidanceAppointment(
  deps: PortalDeps,
  ctx: RequestContext,
  form: GuidanceAppointmentForm,
): Promise<PublicFormCreated> {
  const days = (form.preferredDays ?? []).map((day) => WEEKDAY_LABELS[day]);
  const body = [
    'Bericht via het portaal:',
    form.message,
    days.length ? `Voorkeursdagen: ${days.join(', ')}` : 'Geen voorkeursdagen opgegeven',
  ].join('\n\n');
  return openPortalCase(
    deps,
    ctx,
    {
      type: 'guidance',
      title: 'Aanmelding onthaal via het portaal',
      name: form.name,
      email: form.email,
      phone: form.phone,
      language: form.language,
      fields: { languages: [form.language] },
    },
    async (tx, caseId) => {
      const dueOn = addWorkingDays(brusselsToday(), APPOINTMENT_TASK_WORKING_DAYS);
      const taskId = await insertCaseTask(tx, { caseId, title: APPOINTMENT_TASK_TITLE, dueOn });
      await recordCaseEvent(tx, ctx, caseId, 'case.task.added', {
        taskId,
        title: APPOINTMENT_TASK_TITLE,
        dueOn,
      });
      const noteId = await insertCaseNote(tx, { caseId, body });
      await recordCaseEvent(tx, ctx, caseId, 'case.note.added', { noteId, confidentiality: 'standard' });
    },
  );
}

/** A call takes applications while it is `open` and today lies between its opening and closing day. */
export async function checkCallOpen(db: Db, callId: string): Promise<void> {
  const call = await selectScholarshipCall(db, callId);
  if (!call) throw new AppError('PUBLIC_FORMS.UNKNOWN_CALL');
  const today = brusselsToday();
  if (call.status !== 'open' || today < call.opensOn || today > call.closesOn) {
    throw new AppError('PUBLIC_FORMS.CALL_NOT_OPEN');
  }
}

export type UploadedFile = { part: ScholarshipFilePart; bytes: Uint8Array; fileName: string };

const DOCUMENT_TITLES: Record<ScholarshipFilePart, string> = {
  statusDocument: 'Verblijfsdocument',
  incomeProof: 'Inkomensbewijs',
};

/**
 * `POST /public/forms/scholarship-application`: a submitted scholarship case for an open call,
 * with each upload (checked by content and size) kept as a case document of the applicant's file.
 */
export async function submitScholarshipApplication(
  deps: PortalDeps,
  ctx: RequestContext,
  form: ScholarshipApplicationForm,
  uploads: readonly UploadedFile[],
): Promise<PublicFormCreated> {
  await checkCallOpen(deps.db, form.callId);
  const { name, email, phone, language, ...fields } = form;
  return openPortalCase(
    deps,
    ctx,
    { type: 'scholarship', title: `Beursaanvraag: ${form.course}`, name, email, phone, language, fields },
    async (tx, caseId) => {
      for (const upload of uploads) {
        const file = await deps.files.storeUpload(tx, ctx, {
          bytes: upload.bytes,
          originalName: upload.fileName,
          allowed: SCHOLARSHIP_FILE_TYPES,
        });
        const title = `${DOCUMENT_TITLES[upload.part]}: ${file.originalName}`;
        const documentId = await insertCaseDocument(tx, {
          caseId,
          fileId: file.id,
          title,
          checklistItem: upload.part,
        });
        await recordCaseEvent(tx, ctx, caseId, 'case.document.added', { documentId, fileId: file.id, title });
      }
    },
  );
}
