import type { Db } from '../../../platform/db/index.ts';
import type { FileService } from '../../../platform/files/index.ts';
import type { Mail } from '../../../platform/mail/index.ts';
import type { ParamService } from '../../../platform/params/index.ts';
import type { Platform } from '../../../platform/platform.ts';
import type { Pseudonymiser } from '../../../platform/pseudonym/index.ts';
import { getEdition } from '../editions/editions.service.ts';
import type { EditionRow } from './claims.repository.ts';

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

/** The edition, or 404 OFFERFEEST.EDITION_NOT_FOUND (the editions part's own reader). */
export function loadEdition(db: Db, id: string): Promise<EditionRow> {
  return getEdition(db, id);
}

/** The invoice may be a PDF or a photo of the paper (sniffed by content). */
export const INVOICE_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
