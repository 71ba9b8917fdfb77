import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Test-only: the official pain.001.001.03 schema in ../shared/conformance beside the repository. */
export const PAIN_001_XSD = fileURLToPath(
  new URL('../../../../../shared/conformance/schemas/iso20022/pain.001.001.03.xsd', import.meta.url),
);
const XMLLINT = '/usr/bin/xmllint';

/** Whether xmllint and the schema are here; otherwise the caller skips, with a visible notice. */
export function canValidatePain001(): boolean {
  const ready = existsSync(XMLLINT) && existsSync(PAIN_001_XSD);
  if (!ready)
    console.warn('[offerfeest] SKIPPED pain.001 schema validation: xmllint or the ISO 20022 XSD is absent');
  return ready;
}

/** `xmllint --noout --schema pain.001.001.03.xsd`: its exit status and messages. */
export function validatePain001(xml: string): { status: number | null; messages: string } {
  const dir = mkdtempSync(join(tmpdir(), 'pain001-'));
  try {
    const file = join(dir, 'pain.001.xml');
    writeFileSync(file, xml);
    const run = spawnSync(XMLLINT, ['--noout', '--nonet', '--schema', PAIN_001_XSD, file], {
      encoding: 'utf8',
    });
    return { status: run.status, messages: run.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The text of every element with this local name, in document order. */
export function elementTexts(xml: string, name: string): string[] {
  return [...xml.matchAll(new RegExp(`<${name}(?: [^>]*)?>([^<]*)</${name}>`, 'gu'))].map((m) => m[1] ?? '');
}
