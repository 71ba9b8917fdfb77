import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isAppError } from '../http/app-error.ts';
import type { FileStore } from './file-store.ts';
import { createLocalFileStore } from './local-file-store.ts';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)));
}

const sha = (value: string) => createHash('sha256').update(value).digest('hex');

describe('local file store', () => {
  let root: string;
  let store: FileStore;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'wegwijs-store-'));
    store = createLocalFileStore(root);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('keeps content under ab/cd/<sha256>, once for equal content', async () => {
    const first = await store.put(Buffer.from('hallo Gent'));
    const second = await store.put(Readable.from([Buffer.from('hallo '), Buffer.from('Gent')]));
    expect(first).toEqual({ sha256: sha('hallo Gent'), size: 10 });
    expect(second).toEqual(first);
    const path = join(first.sha256.slice(0, 2), first.sha256.slice(2, 4), first.sha256);
    expect(filesUnder(root)).toEqual([path]);
    expect(readFileSync(join(root, path), 'utf8')).toBe('hallo Gent');
    expect(await text(await store.get(first.sha256))).toBe('hallo Gent');
    expect(await store.has(first.sha256)).toBe(true);
  });

  it('refuses content over the limit and leaves nothing behind', async () => {
    const error = await store.put(Buffer.alloc(11), { maxBytes: 10 }).catch((e: unknown) => e);
    expect(isAppError(error) && error.code).toBe('FILES.TOO_LARGE');
    expect(filesUnder(root)).toEqual([]);
    expect(await store.put(Buffer.alloc(10), { maxBytes: 10 })).toMatchObject({ size: 10 });
  });

  it('shows staged content only after commit, and nothing after discard', async () => {
    const staged = await store.stage(Buffer.from('later'));
    expect(await text(staged.read())).toBe('later');
    expect(await store.has(staged.sha256)).toBe(false);
    await staged.commit();
    expect(await store.has(staged.sha256)).toBe(true);
    const dropped = await store.stage(Buffer.from('never'));
    await dropped.discard();
    expect(await store.has(dropped.sha256)).toBe(false);
    expect(filesUnder(root)).toHaveLength(1);
  });

  it('answers FILES.NOT_FOUND for missing content, deletes, and refuses anything but a hash', async () => {
    const missing = await store.get(sha('nothing')).catch((e: unknown) => e);
    expect(isAppError(missing) && missing.code).toBe('FILES.NOT_FOUND');
    const { sha256 } = await store.put(Buffer.from('weg'));
    await store.delete(sha256);
    await store.delete(sha256);
    expect(await store.has(sha256)).toBe(false);
    await expect(store.get('../../etc/passwd')).rejects.toThrow(/not a SHA-256/);
  });
});
