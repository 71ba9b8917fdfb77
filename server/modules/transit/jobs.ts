import type { Platform } from '../../platform/platform.ts';

/** STUB — the hold-expiry (and retention) jobs. */
export async function startTransitJobs(_platform: Platform): Promise<void> {}
