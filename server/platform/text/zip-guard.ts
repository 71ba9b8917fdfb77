import { Readable } from 'node:stream';
import JSZip from 'jszip';
import { AppError } from '../http/app-error.ts';

/**
 * Office documents are zip files, and a few kilobytes of zip can inflate to gigabytes. Every entry
 * is inflated once, counting bytes, and reading stops as soon as the total passes the limit.
 */
export async function openZip(bytes: Uint8Array, maxInflatedBytes: number): Promise<JSZip> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (error) {
    throw new AppError('TEXT.UNREADABLE', 'not a readable zip container', { cause: error });
  }
  let total = 0;
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    // jszip's stream is an old-style one (readable-stream 2): wrap it to iterate and stop early.
    for await (const chunk of new Readable().wrap(entry.nodeStream('nodebuffer'))) {
      total += chunkLength(chunk);
      if (total > maxInflatedBytes) {
        throw new AppError('TEXT.UNREADABLE', `the document inflates to more than ${maxInflatedBytes} bytes`);
      }
    }
  }
  return zip;
}

/** One entry of the zip as text; TEXT.UNREADABLE when the format needs it and it is missing. */
export async function readEntry(zip: JSZip, path: string): Promise<string> {
  const entry = zip.file(path);
  if (!entry) throw new AppError('TEXT.UNREADABLE', `${path} is missing`);
  return entry.async('string');
}

function chunkLength(chunk: unknown): number {
  return chunk instanceof Uint8Array || typeof chunk === 'string' ? chunk.length : 0;
}
