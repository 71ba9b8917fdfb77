import type { Check } from './harness.ts';

/** STUB — the offerfeest pages' end-to-end checks (filled in by the offerfeest web work). */
export const offerfeestChecks: Check[] = [];
