import { commonErrors } from './common.errors.ts';
import { identityErrors } from './identity.ts';
import { interpretingErrors } from './interpreting.ts';
import { platformErrors } from './platform.ts';
import type { ErrorSpec } from './problem.ts';
import { translationMemoryErrors } from './translation-memory.ts';

/** Every error code the API can answer, with its HTTP status. A module adds its own catalogue here. */
export const ERROR_CATALOG = {
  ...commonErrors,
  ...identityErrors,
  ...platformErrors,
  ...interpretingErrors,
  ...translationMemoryErrors,
} as const satisfies Record<string, ErrorSpec>;

export type ErrorCode = keyof typeof ERROR_CATALOG;
