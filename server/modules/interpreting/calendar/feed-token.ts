/**
 * The secret in an interpreter's feed URL. Calendar apps cannot log in, so the URL itself is the
 * credential: 256 random bits, shown once, stored only as a SHA-256 digest (a leaked database
 * does not leak working feed URLs). A fast hash is enough because the input is random, not a
 * password. Rotating the token = storing a new digest.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

const TOKEN_BYTES = 32;
/** base64url of 32 bytes, no padding. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
const DIGEST_PATTERN = /^[0-9a-f]{64}$/;

export type FeedTokenIssue = { token: string; tokenHash: string };

export function isWellFormedFeedToken(token: string): boolean {
  return TOKEN_PATTERN.test(token);
}

export function hashFeedToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** A new token for the URL and the digest to store. */
export function issueFeedToken(): FeedTokenIssue {
  const token = randomBytes(TOKEN_BYTES).toString('base64url');
  return { token, tokenHash: hashFeedToken(token) };
}

/**
 * Constant-time check of a presented token against the stored digest. Comparing digests (always
 * 32 bytes) rather than tokens means neither the length nor the content of the secret leaks
 * through timing.
 */
export function verifyFeedToken(presented: string | null | undefined, storedHash: string): boolean {
  if (!DIGEST_PATTERN.test(storedHash)) return false;
  // The format check is on public information (the shape of any token), so its timing leaks nothing.
  if (typeof presented !== 'string' || !isWellFormedFeedToken(presented)) return false;
  const actual = Buffer.from(hashFeedToken(presented), 'hex');
  const expected = Buffer.from(storedHash, 'hex');
  return timingSafeEqual(actual, expected);
}
