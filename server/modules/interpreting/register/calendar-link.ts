/**
 * The secret calendar URL of an interpreter, shown again on every visit of her profile although
 * only its SHA-256 is stored (calendar/feed-token.ts: `hashFeedToken`, `verifyFeedToken`).
 *
 * A random token shown once (calendar/feed-token.ts `issueFeedToken`) cannot be shown again, yet
 * the profile must carry the URL. So the token is an HMAC over the interpreter id and the time it
 * was issued, keyed by a random installation key kept in DATA_DIR — not in the database: a leaked
 * database holds only digests and no way to rebuild working URLs. Rotating = a new issue time,
 * hence a new token and a new digest; the old URL no longer matches. Verifying needs only the
 * stored digest, never the key.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { link, mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { hashFeedToken } from '../calendar/feed-token.ts';

const KEY_BYTES = 32;
const KEY_PATTERN = /^[0-9a-f]{64}$/;
const keys = new Map<string, Promise<Buffer>>();

function errorCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

async function readKey(path: string): Promise<Buffer> {
  const text = (await readFile(path, 'utf8')).trim();
  if (!KEY_PATTERN.test(text)) throw new Error(`calendar feed key at ${path} is not 64 hex digits`);
  return Buffer.from(text, 'hex');
}

/**
 * Creates the key once per installation. link() is atomic and refuses an existing target, so
 * processes racing at first use all end up reading the one key that won.
 */
export async function loadOrCreateKey(dataDir: string): Promise<Buffer> {
  const folder = join(dataDir, 'secrets');
  const path = join(folder, 'calendar-feed.key');
  try {
    return await readKey(path);
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw error;
  }
  await mkdir(folder, { recursive: true, mode: 0o700 });
  const staging = join(folder, `calendar-feed.key.${randomBytes(8).toString('hex')}`);
  await writeFile(staging, `${randomBytes(KEY_BYTES).toString('hex')}\n`, { mode: 0o600 });
  try {
    await link(staging, path);
  } catch (error) {
    if (errorCode(error) !== 'EEXIST') throw error;
  } finally {
    await unlink(staging);
  }
  return readKey(path);
}

export function feedKey(dataDir: string): Promise<Buffer> {
  let key = keys.get(dataDir);
  if (!key) {
    key = loadOrCreateKey(dataDir);
    // A failed attempt (disk full, permissions) must not stick for the life of the process.
    key.catch(() => keys.delete(dataDir));
    keys.set(dataDir, key);
  }
  return key;
}

/** The token for one issue: 32 bytes as base64url, the shape `verifyFeedToken` accepts. */
export function deriveFeedToken(key: Buffer, interpreterId: string, issuedAt: Date): string {
  return createHmac('sha256', key)
    .update(`wegwijs-calendar-feed:v1:${interpreterId}:${issuedAt.toISOString()}`)
    .digest('base64url');
}

export type FeedIssue = { token: string; tokenHash: string; issuedAt: Date };

/** Issue time in whole milliseconds (what both drivers give back) and strictly after the last one. */
export function nextIssueTime(previous: Date | null, now = new Date()): Date {
  const at = Math.max(now.getTime(), previous ? previous.getTime() + 1 : 0);
  return new Date(at);
}

export function issueDerivedToken(key: Buffer, interpreterId: string, issuedAt: Date): FeedIssue {
  const token = deriveFeedToken(key, interpreterId, issuedAt);
  return { token, tokenHash: hashFeedToken(token), issuedAt };
}

/**
 * The token behind a stored digest, or null when it cannot be rebuilt (never issued, issued
 * elsewhere, or the installation key was replaced).
 */
export function recoverFeedToken(
  key: Buffer,
  interpreterId: string,
  stored: { feedTokenHash: string | null; feedTokenIssuedAt: Date | null },
): string | null {
  if (!stored.feedTokenHash || !stored.feedTokenIssuedAt) return null;
  const token = deriveFeedToken(key, interpreterId, stored.feedTokenIssuedAt);
  return hashFeedToken(token) === stored.feedTokenHash ? token : null;
}

export function calendarUrl(baseUrl: string, interpreterId: string, token: string): string {
  // Concatenated, not resolved with new URL(): BASE_URL may carry a path prefix.
  const base = baseUrl.replace(/\/+$/, '');
  return `${base}/api/interpreting/interpreters/${interpreterId}/calendar.ics?token=${encodeURIComponent(token)}`;
}
