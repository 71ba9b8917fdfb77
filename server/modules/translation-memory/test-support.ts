import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Test-only access to the shared conformance files (../shared/conformance beside the repository).
 * They are not part of the repository, so tests skip with a visible notice when they are absent.
 */
export const conformanceRoot = fileURLToPath(new URL('../../../../shared/conformance', import.meta.url));
export const tmxFolder = join(conformanceRoot, 'tmx');
export const tmxDtd = join(conformanceRoot, 'schemas', 'tmx', 'tmx14.dtd');

export function conformanceAvailable(what: string, path: string): boolean {
  if (existsSync(path)) return true;
  console.warn(`[translation-memory] SKIPPED ${what}: ${path} is absent`);
  return false;
}

function walk(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(folder, entry.name)) : [join(folder, entry.name)],
  );
}

/** Every .tmx file under the conformance folder, as [name relative to the folder, bytes]. */
export function tmxFiles(): Array<[string, Uint8Array]> {
  if (!existsSync(tmxFolder)) return [];
  return walk(tmxFolder)
    .filter((path) => path.endsWith('.tmx'))
    .sort()
    .map((path) => [relative(tmxFolder, path), readFileSync(path)]);
}

/** Files the conformance notes describe as broken: DTD-valid, but their bpt/ept pairing is wrong. */
export const BROKEN_TMX = new Set(['omegat/invalid.tmx']);
