import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);
const COMPRESSIBLE = /\.(js|css|html|svg|json|txt|webmanifest)$/;
const MIN_BYTES = 512;

async function* files(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else yield path;
  }
}

/**
 * Writes .br and .gz next to every text asset once the build is done, so the server can send
 * them as they are (@fastify/static `preCompressed: true`) instead of compressing per request, and
 * a cheap phone downloads the smallest form. Uses node:zlib only: no extra dependency.
 */
export function precompress(outDir: string): Plugin {
  return {
    name: 'wegwijs-precompress',
    apply: 'build',
    async closeBundle() {
      for await (const path of files(outDir)) {
        if (!COMPRESSIBLE.test(path) || (await stat(path)).size < MIN_BYTES) continue;
        const content = await readFile(path);
        const [gz, br] = await Promise.all([
          gzipAsync(content, { level: 9 }),
          brotliAsync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
        ]);
        await Promise.all([writeFile(`${path}.gz`, gz), writeFile(`${path}.br`, br)]);
      }
    },
  };
}
