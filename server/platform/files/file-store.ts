import type { Readable } from 'node:stream';

/** What the store knows about a piece of content: its name (the SHA-256) and its length. */
export type StoredContent = { sha256: string; size: number };

export type PutOptions = {
  /** Refuse (FILES.TOO_LARGE) as soon as more bytes than this arrive; nothing is kept. */
  maxBytes?: number;
};

/**
 * Content received but not yet kept: the caller can read it back (to sniff its type) before
 * deciding. Until `commit`, nothing is visible under the SHA-256.
 */
export type StagedContent = StoredContent & {
  read(): Readable;
  commit(): Promise<void>;
  discard(): Promise<void>;
};

/**
 * Content-addressed storage of file bytes: the same bytes are kept once, under their SHA-256.
 * The local folder implements it today; an S3-compatible bucket can implement the same five
 * operations (stage = upload to a staging key, commit = copy to the hash key, then delete).
 * Metadata (names, owners, media types) lives in the database, never in the store.
 */
export type FileStore = {
  /** Stores bytes or a stream; resolves once they are durable. */
  put(source: Uint8Array | Readable, options?: PutOptions): Promise<StoredContent>;
  stage(source: Uint8Array | Readable, options?: PutOptions): Promise<StagedContent>;
  /** A stream of the content; FILES.NOT_FOUND when the store does not hold it. */
  get(sha256: string): Promise<Readable>;
  has(sha256: string): Promise<boolean>;
  /** Removes content; a no-op when absent. Callers check first that no row refers to it. */
  delete(sha256: string): Promise<void>;
};

const SHA256 = /^[0-9a-f]{64}$/;

/** Guards every store operation: a hash is the only thing that ever becomes part of a path or key. */
export function assertSha256(value: string): void {
  if (!SHA256.test(value)) throw new Error(`not a SHA-256 hex digest: ${value.slice(0, 80)}`);
}
