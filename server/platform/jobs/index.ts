export { createJobs, type JobsDeps } from './jobs.ts';
export type { JobHandler, JobRun, Jobs, QueueOptions, SendOptions, SendResult } from './types.ts';
