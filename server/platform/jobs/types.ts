/** What a handler learns about the run it is in. */
export type JobRun = {
  id: string;
  name: string;
  /** 0 on the first run, 1 on the first retry, and so on. */
  retryCount: number;
};

/**
 * Does the work of one job. It must be idempotent: a job can run more than once (a retry after a
 * crash, a process killed mid-run). Throwing marks the run failed and lets the queue retry it.
 */
export type JobHandler<T extends object> = (data: T, run: JobRun) => Promise<void>;

/** Defaults for every job of one queue, set when its handler is registered. */
export type QueueOptions = {
  /** How many times a failed job is tried again (default 2). */
  retryLimit?: number;
  retryDelaySeconds?: number;
  /** Doubles the delay on every retry. */
  retryBackoff?: boolean;
  /** A run that takes longer is failed (and retried); default 15 minutes. */
  expireInSeconds?: number;
  /**
   * 'standard': every send is a job. 'short': at most one job waiting at a time, so a burst of
   * sends becomes one run. 'singleton': at most one job running. 'stately': both.
   */
  policy?: 'standard' | 'short' | 'singleton' | 'stately';
};

export type SendOptions = {
  /** With singletonSeconds: at most one job per key per time slot. */
  singletonKey?: string;
  singletonSeconds?: number;
  /** A moment, or a number of seconds from now. */
  startAfter?: Date | number;
  retryLimit?: number;
  retryDelaySeconds?: number;
  retryBackoff?: boolean;
  priority?: number;
};

export type SendResult =
  | { status: 'queued'; id: string }
  /** The queue's policy or a singleton key already holds an equal job. */
  | { status: 'duplicate' }
  /** JOBS=false: nothing runs. */
  | { status: 'disabled' };

/** The background job queue (pg-boss on PostgreSQL or on the embedded PGlite). */
export type Jobs = {
  readonly enabled: boolean;
  /** Starts working a queue in this process. One handler per name. */
  register<T extends object>(name: string, handler: JobHandler<T>, options?: QueueOptions): Promise<void>;
  send<T extends object>(name: string, data: T, options?: SendOptions): Promise<SendResult>;
  /** Sends `name` on a cron schedule (Europe/Brussels time). The schedule lives in the database. */
  schedule<T extends object>(name: string, cron: string, data?: T): Promise<void>;
  unschedule(name: string): Promise<void>;
  /** Stops fetching, waits for running jobs to finish (up to timeoutMs), then releases connections. */
  stop(options?: { timeoutMs?: number }): Promise<void>;
};
