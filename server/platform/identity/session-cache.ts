import type { Actor } from '../context.ts';

type Entry = { actor: Actor; until: number };

const MAX_ENTRIES = 10_000;
const byToken = new Map<string, Entry>();

/**
 * A very short-lived, in-process memory of "this session token belongs to this actor", so that a
 * burst of requests from one page costs one session query instead of one each. Every change this
 * process makes to a session or a user drops the entries concerned at once; another process sees a
 * sign-out, role change or deactivation at most SESSION_CACHE_SECONDS later (decision 0005).
 */
export const sessionCache = {
  get(tokenHash: string, now = Date.now()): Actor | undefined {
    const entry = byToken.get(tokenHash);
    if (!entry) return undefined;
    if (entry.until > now) return entry.actor;
    byToken.delete(tokenHash);
    return undefined;
  },
  set(tokenHash: string, actor: Actor, ttlMs: number, now = Date.now()): void {
    if (ttlMs <= 0) return;
    // Bounded: under a flood of distinct tokens, start over rather than grow.
    if (byToken.size >= MAX_ENTRIES) byToken.clear();
    byToken.set(tokenHash, { actor, until: now + ttlMs });
  },
  dropToken(tokenHash: string): void {
    byToken.delete(tokenHash);
  },
  dropUser(userId: string): void {
    for (const [hash, entry] of byToken) if (entry.actor.id === userId) byToken.delete(hash);
  },
};
