import { describe, expect, it } from 'vitest';
import { hashFeedToken, issueFeedToken, isWellFormedFeedToken, verifyFeedToken } from './feed-token.ts';

describe('feed token', () => {
  it('issues a 256-bit base64url token and stores only its SHA-256', () => {
    const { token, tokenHash } = issueFeedToken();
    expect(isWellFormedFeedToken(token)).toBe(true);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(tokenHash).not.toContain(token);
    expect(hashFeedToken(token)).toBe(tokenHash);
  });

  it('is random: no two tokens collide', () => {
    const tokens = new Set(Array.from({ length: 1000 }, () => issueFeedToken().token));
    expect(tokens.size).toBe(1000);
  });

  it('accepts the right token and rejects wrong, malformed or missing ones', () => {
    const { token, tokenHash } = issueFeedToken();
    const other = issueFeedToken().token;
    expect(verifyFeedToken(token, tokenHash)).toBe(true);
    expect(verifyFeedToken(other, tokenHash)).toBe(false);
    expect(verifyFeedToken(`${token}x`, tokenHash)).toBe(false);
    expect(verifyFeedToken(token.slice(1), tokenHash)).toBe(false);
    expect(verifyFeedToken('', tokenHash)).toBe(false);
    expect(verifyFeedToken(null, tokenHash)).toBe(false);
    expect(verifyFeedToken(undefined, tokenHash)).toBe(false);
    // Presenting the stored digest itself must not work.
    expect(verifyFeedToken(tokenHash, tokenHash)).toBe(false);
    // A corrupt stored digest fails closed instead of throwing.
    expect(verifyFeedToken(token, 'not-a-digest')).toBe(false);
  });

  it('matches a known SHA-256 vector', () => {
    expect(hashFeedToken('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
