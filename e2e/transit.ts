import type { Check } from './harness.ts';

/** STUB — the transit pages' end-to-end checks (filled in by the transit web work). */
export const transitChecks: Check[] = [];
