import type { Readable } from 'node:stream';
import { fileTypeFromStream } from 'file-type';

/**
 * Markup a browser would render as HTML (the WHATWG MIME Sniffing "HTML" patterns), plus SVG.
 * Plain text that starts like this is not plain text: calling it text/plain would let a page
 * through wherever text is allowed.
 */
const MARKUP =
  /^[\t\n\f\r ]*<(!doctype html|html|head|script|iframe|h1|div|font|table|a|style|title|b|body|br|p|!--|svg)[\t\n\f\r >]/i;

export const TEXT_PLAIN = 'text/plain';

/**
 * The media type of content, read from its bytes and never from its name. Binary formats are
 * recognised by their magic bytes (file-type); text has none, so content that is valid UTF-8
 * without NUL bytes counts as text/plain, unless it opens like HTML or SVG. Null when unknown.
 */
export async function sniffMediaType(open: () => Readable): Promise<string | null> {
  const head = open();
  try {
    const detected = await fileTypeFromStream(pullStream(head));
    if (detected) return detected.mime;
  } finally {
    head.destroy();
  }
  return sniffText(open());
}

/**
 * A web stream that reads from a Node stream only on demand. file-type's own reader of Node
 * streams misses object-mode streams, and Readable.toWeb pushes after a cancel.
 */
function pullStream(stream: Readable): ReadableStream<Uint8Array> {
  const chunks = stream[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const next = await chunks.next();
        if (next.done) controller.close();
        else
          controller.enqueue(next.value instanceof Uint8Array ? next.value : Buffer.from(String(next.value)));
      },
      async cancel() {
        await chunks.return?.();
      },
    },
    { highWaterMark: 0 },
  );
}

async function sniffText(stream: Readable): Promise<string | null> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let start = '';
  try {
    for await (const chunk of stream) {
      if (!(chunk instanceof Uint8Array) || chunk.includes(0)) return null;
      const text = decoder.decode(chunk, { stream: true });
      if (start.length < 1024) start += text.slice(0, 1024);
    }
    decoder.decode();
  } catch {
    // Not UTF-8 (the fatal decoder throws): binary of a kind we do not know.
    return null;
  } finally {
    stream.destroy();
  }
  const withoutBom = start.startsWith('\uFEFF') ? start.slice(1) : start;
  if (MARKUP.test(withoutBom)) return /^[\t\n\f\r ]*<svg/i.test(withoutBom) ? 'image/svg+xml' : 'text/html';
  return TEXT_PLAIN;
}
