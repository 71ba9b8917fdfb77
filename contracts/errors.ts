import { caseWorkErrors } from './case-work.ts';
import { casesErrors } from './cases.ts';
import { commonErrors } from './common.errors.ts';
import { identityErrors } from './identity.ts';
import { interpretingErrors } from './interpreting.ts';
import { interpretingBillingErrors } from './interpreting-billing.ts';
import { interpretingDispatchErrors } from './interpreting-dispatch.ts';
import { interpretingPlanningErrors } from './interpreting-planning.ts';
import { interpretingRegisterErrors } from './interpreting-register.ts';
import { interpretingRequestErrors } from './interpreting-requests.ts';
import { translationErrors } from './interpreting-translations.ts';
import { libraryErrors } from './library.ts';
import { offerfeestErrors } from './offerfeest.ts';
import { plainLanguageErrors } from './plain-language.ts';
import { capacityErrors, platformErrors } from './platform.ts';
import type { ErrorSpec } from './problem.ts';
import { publicFormsErrors } from './public-forms.ts';
import { scholarshipErrors } from './scholarships.ts';
import { transitErrors } from './transit.ts';
import { translationMemoryErrors } from './translation-memory.ts';
import { translationMemoryXliffErrors } from './translation-memory-xliff.ts';

/** Every error code the API can answer, with its HTTP status. A module adds its own catalogue here. */
export const ERROR_CATALOG = {
  ...commonErrors,
  ...identityErrors,
  ...platformErrors,
  ...interpretingErrors,
  ...interpretingBillingErrors,
  ...translationErrors,
  ...interpretingRequestErrors,
  ...interpretingDispatchErrors,
  ...interpretingPlanningErrors,
  ...interpretingRegisterErrors,
  ...translationMemoryErrors,
  ...translationMemoryXliffErrors,
  ...libraryErrors,
  ...plainLanguageErrors,
  ...casesErrors,
  ...caseWorkErrors,
  ...publicFormsErrors,
  ...scholarshipErrors,
  ...transitErrors,
  ...offerfeestErrors,
  ...capacityErrors,
} as const satisfies Record<string, ErrorSpec>;

export type ErrorCode = keyof typeof ERROR_CATALOG;
