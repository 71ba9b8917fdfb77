import {
  type PortalLanguage,
  PortalLanguageSchema,
  type PublicStatus,
} from '../../../../contracts/public-forms.ts';
import type { Db } from '../../../platform/db/index.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import { hashOfTypedCode } from './public-code.ts';
import { selectCaseByCodeHash } from './public-forms.repository.ts';
import { isPublicCaseType, publicNextStep, publicStatusLabel } from './public-status-labels.ts';

/**
 * The status page behind a code: reference, type, status and dates only — no names, fields,
 * notes or team. A malformed code, an unknown one and a case of a non-portal type all answer the
 * same 404, so the answer tells a guesser nothing. Nothing is audited: no personal data is read.
 */
export async function publicStatus(
  db: Db,
  code: string,
  lang: PortalLanguage | undefined,
): Promise<PublicStatus> {
  const hash = hashOfTypedCode(code);
  const row = hash ? await selectCaseByCodeHash(db, hash) : undefined;
  if (!row || !isPublicCaseType(row.type)) throw new AppError('PUBLIC_FORMS.UNKNOWN_CODE');
  const caseLanguage = PortalLanguageSchema.safeParse(row.language);
  const language = lang ?? (caseLanguage.success ? caseLanguage.data : 'nl');
  const closed = row.closedAt !== null;
  const nextStep = publicNextStep(row.type, row.status, closed, language);
  return {
    reference: row.reference,
    type: row.type,
    status: row.status,
    statusLabel: publicStatusLabel(row.type, row.status, language),
    language,
    closed,
    openedAt: row.openedAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    ...(nextStep ? { nextStep } : {}),
  };
}
