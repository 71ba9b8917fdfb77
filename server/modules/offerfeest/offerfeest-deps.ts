import type { Db } from '../../platform/db/index.ts';
import type { Mail } from '../../platform/mail/index.ts';
import type { Platform } from '../../platform/platform.ts';
import type { Pseudonymiser } from '../../platform/pseudonym/index.ts';

/** What the Offerfeest services need from the platform. */
export type OfferfeestDeps = {
  db: Db;
  mail: Mail;
  pseudonymise: Pseudonymiser;
  /** Where the household follows its registration (the portal). */
  baseUrl: string;
};

export function offerfeestDeps(platform: Platform): OfferfeestDeps {
  return {
    db: platform.database.db,
    mail: platform.mail,
    pseudonymise: platform.pseudonymise,
    baseUrl: platform.env.BASE_URL,
  };
}
