import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isWellFormedFeedToken, verifyFeedToken } from '../calendar/feed-token.ts';
import {
  calendarUrl,
  deriveFeedToken,
  issueDerivedToken,
  loadOrCreateKey,
  nextIssueTime,
  recoverFeedToken,
} from './calendar-link.ts';

const dirs: string[] = [];
function freshDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'wegwijs-feed-key-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const ID = '3f1c2a4e-8b7d-4c1e-9a2b-5d6e7f809102';
const AT = new Date('2027-01-12T08:00:00.123Z');

describe('calendar link', () => {
  it('creates one key per installation, even when several callers race for it', async () => {
    const dir = freshDir();
    const keys = await Promise.all(Array.from({ length: 8 }, () => loadOrCreateKey(dir)));
    expect(new Set(keys.map((k) => k.toString('hex'))).size).toBe(1);
    expect(keys[0]?.length).toBe(32);
    const path = join(dir, 'secrets', 'calendar-feed.key');
    expect(readFileSync(path, 'utf8').trim()).toBe(keys[0]?.toString('hex'));
    expect(statSync(path).mode & 0o077).toBe(0);
  });

  it('derives a token that feed-token.ts accepts, the same every time for one issue', async () => {
    const key = await loadOrCreateKey(freshDir());
    const issue = issueDerivedToken(key, ID, AT);
    expect(isWellFormedFeedToken(issue.token)).toBe(true);
    expect(verifyFeedToken(issue.token, issue.tokenHash)).toBe(true);
    expect(deriveFeedToken(key, ID, AT)).toBe(issue.token);
    expect(recoverFeedToken(key, ID, { feedTokenHash: issue.tokenHash, feedTokenIssuedAt: AT })).toBe(
      issue.token,
    );
  });

  it('gives a new token for a new issue time, another interpreter or another installation', async () => {
    const key = await loadOrCreateKey(freshDir());
    const other = await loadOrCreateKey(freshDir());
    const token = deriveFeedToken(key, ID, AT);
    expect(deriveFeedToken(key, ID, nextIssueTime(AT, AT))).not.toBe(token);
    expect(deriveFeedToken(key, '00000000-0000-4000-8000-000000000000', AT)).not.toBe(token);
    const stored = { feedTokenHash: issueDerivedToken(key, ID, AT).tokenHash, feedTokenIssuedAt: AT };
    expect(recoverFeedToken(other, ID, stored)).toBeNull();
    expect(recoverFeedToken(key, ID, { feedTokenHash: null, feedTokenIssuedAt: null })).toBeNull();
  });

  it('moves the issue time strictly forward, in whole milliseconds', () => {
    expect(nextIssueTime(AT, new Date(AT.getTime() - 5000)).getTime()).toBe(AT.getTime() + 1);
    expect(nextIssueTime(null, AT)).toEqual(AT);
  });

  it('keeps a path prefix of BASE_URL', () => {
    expect(calendarUrl('https://tolken.example.test/wegwijs/', ID, 'abc_-')).toBe(
      `https://tolken.example.test/wegwijs/api/interpreting/interpreters/${ID}/calendar.ics?token=abc_-`,
    );
  });
});
