import type { Db } from '../../../platform/db/index.ts';
import type { FileService } from '../../../platform/files/index.ts';
import { AppError } from '../../../platform/http/index.ts';
import type { Mail } from '../../../platform/mail/index.ts';
import type { ParamService } from '../../../platform/params/index.ts';
import type { Platform } from '../../../platform/platform.ts';
import type { Pseudonymiser } from '../../../platform/pseudonym/index.ts';
import { type EditionRow, selectEditionRow } from './claims.repository.ts';

/** What the claim services need from the platform. */
export type ClaimDeps = {
  db: Db;
  mail: Mail;
  files: FileService;
  params: ParamService;
  pseudonymise: Pseudonymiser;
  baseUrl: string;
};

export function claimDeps(platform: Platform): ClaimDeps {
  return {
    db: platform.database.db,
    mail: platform.mail,
    files: platform.files,
    params: platform.params,
    pseudonymise: platform.pseudonymise,
    baseUrl: platform.env.BASE_URL,
  };
}

/** The edition, or 404 OFFERFEEST.EDITION_NOT_FOUND. */
export async function loadEdition(db: Db, id: string): Promise<EditionRow> {
  const edition = await selectEditionRow(db, id);
  if (!edition) throw new AppError('OFFERFEEST.EDITION_NOT_FOUND');
  return edition;
}

/** The invoice may be a PDF or a photo of the paper (sniffed by content). */
export const INVOICE_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
