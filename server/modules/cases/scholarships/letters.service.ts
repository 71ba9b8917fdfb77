import { recordAudit } from '../../../platform/audit/index.ts';
import type { RequestContext } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db/index.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import { requirePermission } from '../../../platform/identity/index.ts';
import { today } from '../../../platform/params/index.ts';
import { type CaseRow, openCaseForWork, recordCaseEvent } from '../case-access.ts';
import { applicantName, selectApplications } from './applications.repository.ts';
import { applicationFields, requireApplication } from './applications.service.ts';
import { type CallRow, findCall } from './calls.repository.ts';
import { requireCall } from './calls.service.ts';
import type { Outcome } from './letter-texts.ts';
import { type Letter, lettersPdf } from './letters.ts';

const DECIDED: readonly Outcome[] = ['approved', 'waitlisted', 'rejected'];
const isDecided = (status: string): status is Outcome => DECIDED.some((outcome) => outcome === status);

function courseOf(row: CaseRow): string {
  const fields = applicationFields(row);
  if (fields.course) return fields.course;
  return fields.courseLevel ? `Nederlands niveau ${fields.courseLevel}` : 'UCT';
}

/** The letter of one decided application; the call may be gone from the case (staff-made case). */
async function letterOf(db: Db, row: CaseRow, call: CallRow | undefined, language?: string): Promise<Letter> {
  if (!isDecided(row.status)) throw new AppError('SCHOLARSHIPS.NO_DECISION');
  const fields = applicationFields(row);
  return {
    outcome: row.status,
    name: await applicantName(db, row.id),
    reference: row.reference,
    course: courseOf(row),
    amountCents: fields.awardCents ?? call?.grantCents ?? 0,
    language: language ?? row.language,
    callTitle: call ? `${call.title} ${call.academicYear}` : null,
    date: today(),
  };
}

export type PdfFile = { filename: string; body: Buffer };

/**
 * `GET /cases/{caseId}/letter.pdf?lang=`: the decision letter of one application, scoped like the
 * case itself; `lang` overrides the case's language. Printing it is recorded on the timeline.
 */
export async function caseLetter(
  db: Db,
  ctx: RequestContext,
  caseId: string,
  brand: string,
  lang?: string,
): Promise<PdfFile> {
  const row = requireApplication(await openCaseForWork(db, ctx, caseId, { write: true }));
  const callId = applicationFields(row).callId;
  const letter = await letterOf(db, row, callId ? await findCall(db, callId) : undefined, lang);
  await recordCaseEvent(db, ctx, caseId, 'case.scholarship.letter', {
    outcome: letter.outcome,
    language: letter.language,
  });
  return { filename: `beslissing-${row.reference}`, body: await lettersPdf([letter], brand) };
}

/** `POST /calls/{id}/letters`: every decided application's letter in one PDF, to print and post. */
export async function callLetters(
  db: Db,
  ctx: RequestContext,
  callId: string,
  brand: string,
): Promise<PdfFile> {
  requirePermission(ctx, 'scholarships.manage');
  const call = await requireCall(db, callId);
  const rows = (await selectApplications(db, callId, DECIDED)).filter((row) => !row.anonymisedAt);
  if (rows.length === 0)
    throw new AppError('SCHOLARSHIPS.NO_DECISION', 'no decided applications in this call');
  const letters: Letter[] = [];
  for (const row of rows) letters.push(await letterOf(db, row, call));
  await recordAudit(db, ctx, {
    action: 'scholarship_call.letters',
    entity: 'scholarship_call',
    entityId: callId,
    after: { letters: letters.length, cases: rows.map((row) => row.id) },
  });
  return { filename: `beslissingen-${call.academicYear}`, body: await lettersPdf(letters, brand) };
}
