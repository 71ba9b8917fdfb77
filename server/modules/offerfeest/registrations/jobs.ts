import type { Platform } from '../../../platform/platform.ts';

/** STUB — reminders before the slot and the anonymisation of registrations after the edition. */
export async function startRegistrationJobs(_platform: Platform): Promise<void> {}
