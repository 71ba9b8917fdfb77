import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { conformanceRoot } from './test-support.ts';

/** Test-only: the XLIFF conformance files and schema validation with xmllint (see test-support.ts). */
export const xliffFolders = {
  '1.2': join(conformanceRoot, 'xliff12'),
  '2.0': join(conformanceRoot, 'xliff20'),
};
const schemas = join(conformanceRoot, 'schemas');
export const xliffSchemas = {
  '1.2': join(schemas, 'xliff12', 'xliff-core-1.2-strict.xsd'),
  '2.0': join(schemas, 'xliff20', 'xliff_core_2.0.xsd'),
};
const catalog = join(schemas, 'catalog.xml');

export function canValidateXliff(): boolean {
  const ready = existsSync('/usr/bin/xmllint') && existsSync(xliffSchemas['1.2']) && existsSync(catalog);
  if (!ready)
    console.warn('[translation-memory] SKIPPED XLIFF schema validation: xmllint or the XSDs are absent');
  return ready;
}

/**
 * Validates documents against the official XSD with xmllint, offline: the catalog points the
 * schemas' import of xml.xsd at the local copy. Returns xmllint's status and messages.
 */
export function validateXliff(documents: readonly string[], version: '1.2' | '2.0') {
  const dir = mkdtempSync(join(tmpdir(), 'xliff-validate-'));
  try {
    const files = documents.map((document, index) => {
      const file = join(dir, `document-${index}.xlf`);
      writeFileSync(file, document);
      return file;
    });
    const run = spawnSync(
      '/usr/bin/xmllint',
      ['--noout', '--nonet', '--schema', xliffSchemas[version], ...files],
      {
        encoding: 'utf8',
        env: { ...process.env, XML_CATALOG_FILES: catalog },
      },
    );
    return {
      status: run.status,
      messages: run.stderr.split('\n').filter((l) => l && !l.endsWith(' validates')),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function walk(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(folder, entry.name)) : [join(folder, entry.name)],
  );
}

/** Every file of the XLIFF conformance folders, as [folder-relative name, bytes]. */
export function xliffFiles(): Array<[string, Uint8Array]> {
  return Object.values(xliffFolders)
    .filter((folder) => existsSync(folder))
    .flatMap((folder) =>
      walk(folder).map(
        (path) => [relative(conformanceRoot, path), readFileSync(path)] as [string, Uint8Array],
      ),
    )
    .sort(([a], [b]) => a.localeCompare(b));
}

/**
 * The OASIS test suite's must-reject files (SOURCES.md): a bad segment state and an `<ec>` before
 * its `<sc>`. The other schema-invalid files are what real tools write, and the import takes them.
 */
export const MUST_REJECT = new Set([
  'xliff20/oasis-xliff20-test-suite/invalid/bad_EcBeforeSc.xlf',
  'xliff20/oasis-xliff20-test-suite/invalid/bad_InvalidStateValue.xlf',
]);
