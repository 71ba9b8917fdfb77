import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, open, readdir, rename, rm, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError } from '../http/app-error.ts';
import {
  assertSha256,
  type FileStore,
  type PutOptions,
  type StagedContent,
  type StoredContent,
} from './file-store.ts';

/** Staged files older than this were left by a crash; nobody will commit them any more. */
const STALE_STAGING_MS = 24 * 3_600_000;

function isMissing(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT';
}

function toStream(source: Uint8Array | Readable): Readable {
  // Wrapped in an array so the bytes arrive as one chunk, not one number at a time.
  return source instanceof Readable ? source : Readable.from([source]);
}

/** Hashes and counts the bytes as they pass, and stops the copy once the limit is exceeded. */
function measuring(maxBytes: number | undefined): { transform: Transform; result(): StoredContent } {
  const hash = createHash('sha256');
  let size = 0;
  const transform = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      size += chunk.length;
      if (maxBytes !== undefined && size > maxBytes) {
        callback(new AppError('FILES.TOO_LARGE', `larger than ${maxBytes} bytes`));
        return;
      }
      hash.update(chunk);
      callback(null, chunk);
    },
  });
  return { transform, result: () => ({ sha256: hash.digest('hex'), size }) };
}

/**
 * The file store in a local folder: `<root>/ab/cd/<sha256>`. Bytes are written to `<root>/tmp`,
 * flushed to disk, then renamed into place, so a crash never leaves half a file under a hash.
 */
export function createLocalFileStore(root: string): FileStore {
  const stagingDir = join(root, 'tmp');
  const pathOf = (sha256: string) => {
    assertSha256(sha256);
    return join(root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  };
  let swept: Promise<void> | undefined;

  async function writeStaged(source: Readable, path: string, maxBytes: number | undefined) {
    const { transform, result } = measuring(maxBytes);
    // `flush` syncs the bytes to disk before the file is closed, so a rename never publishes half a file.
    await pipeline(source, transform, createWriteStream(path, { flags: 'wx', flush: true }));
    return result();
  }

  async function stage(source: Uint8Array | Readable, options: PutOptions = {}): Promise<StagedContent> {
    await mkdir(stagingDir, { recursive: true });
    swept ??= removeStaleStaging(stagingDir);
    await swept;
    const tempPath = join(stagingDir, randomUUID());
    let content: StoredContent;
    try {
      content = await writeStaged(toStream(source), tempPath, options.maxBytes);
    } catch (error) {
      await rm(tempPath, { force: true });
      throw error;
    }
    return {
      ...content,
      read: () => createReadStream(tempPath),
      async commit() {
        const finalPath = pathOf(content.sha256);
        if (await exists(finalPath)) {
          // Same bytes are there already: keep one copy.
          await rm(tempPath, { force: true });
          return;
        }
        await mkdir(join(finalPath, '..'), { recursive: true });
        await rename(tempPath, finalPath);
      },
      discard: () => rm(tempPath, { force: true }),
    };
  }

  return {
    stage,
    async put(source, options) {
      const staged = await stage(source, options);
      await staged.commit();
      return { sha256: staged.sha256, size: staged.size };
    },
    async get(sha256) {
      try {
        // Opened first, so a missing file is an error here and not halfway through a response.
        const handle = await open(pathOf(sha256), 'r');
        return handle.createReadStream();
      } catch (error) {
        if (isMissing(error)) throw new AppError('FILES.NOT_FOUND', 'content missing from the store');
        throw error;
      }
    },
    has: (sha256) => exists(pathOf(sha256)),
    async delete(sha256) {
      try {
        await unlink(pathOf(sha256));
      } catch (error) {
        if (!isMissing(error)) throw error;
      }
    },
  };
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch (error) {
    if (isMissing(error)) return false;
    throw error;
  }
}

async function removeStaleStaging(dir: string): Promise<void> {
  const cutoff = Date.now() - STALE_STAGING_MS;
  for (const name of await readdir(dir)) {
    const path = join(dir, name);
    const info = await stat(path).catch(() => null);
    if (info && info.mtimeMs < cutoff) await rm(path, { force: true });
  }
}
