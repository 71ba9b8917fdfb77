import type { Platform } from '../../../platform/platform.ts';

/** STUB — the anonymisation of claims after the edition (and the debtor account's defaults). */
export async function startClaimJobs(_platform: Platform): Promise<void> {}
