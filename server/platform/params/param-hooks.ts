import type { z } from 'zod';
import type { ParameterSchema } from '../../../contracts/platform.ts';
import type { Db } from '../db/index.ts';

/** The days whose value of `key` changed: [fromDay, toDay), toDay null = on and on. */
export type ParamChange = { key: string; fromDay: string; toDay: string | null };

/**
 * Runs inside the transaction that changed the parameter, after the write, with the key locked:
 * it sees the new values (read them with `params.list(key, tx)`) and may refuse the change by
 * throwing, which rolls the write back. Used where a parameter was copied into state when it was
 * first needed (the transit site's day pools hold the site's size of their day).
 */
export type ParamChangeHook = (tx: Db, change: ParamChange, params: ParamLister) => Promise<void>;

/** What a hook may do with the parameters: read them (pass the transaction as `db`). */
export type ParamLister = { list(key?: string, db?: Db): Promise<z.infer<typeof ParameterSchema>[]> };

// Process-wide, like the parameters themselves: every ParamService (the app's, a demo seed's)
// must run the same hooks, or a change through one of them would leave the copies behind.
const hooks = new Map<string, Set<ParamChangeHook>>();

/** Runs `hook` on every later change of `key` (set, remove, shorten); registering twice runs it once. */
export function onParamChange(key: string, hook: ParamChangeHook): void {
  const forKey = hooks.get(key) ?? new Set<ParamChangeHook>();
  forKey.add(hook);
  hooks.set(key, forKey);
}

export async function runChangeHooks(tx: Db, params: ParamLister, change: ParamChange): Promise<void> {
  for (const hook of hooks.get(change.key) ?? []) await hook(tx, change, params);
}
