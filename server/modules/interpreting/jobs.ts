import type { Platform } from '../../platform/platform.ts';
import { billingParamDefaults } from './billing/billing-params.ts';
import { dispatchParamDefaults } from './dispatch/dispatch-params.ts';
import { registerOfferJobs } from './dispatch/offer-jobs.ts';
import { registerReminderJobs } from './mail/reminder-jobs.ts';
import { ensureParamDefaults } from './param-defaults.ts';
import { requestParamDefaults } from './requests/request-params.ts';

export { INTERPRETING_JOBS } from './job-names.ts';

/** Puts the default rules in place, then starts the module's job handlers (when jobs run). */
export async function startInterpretingJobs(platform: Platform): Promise<void> {
  await ensureParamDefaults(platform.database.db, [
    ...requestParamDefaults,
    ...dispatchParamDefaults,
    ...billingParamDefaults,
  ]);
  if (!platform.jobs.enabled) return;
  await registerOfferJobs(platform);
  await registerReminderJobs(platform);
}
