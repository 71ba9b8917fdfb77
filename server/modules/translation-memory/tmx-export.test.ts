import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { TranslationUnit } from '../../../contracts/translation-memory.ts';
import { BROKEN_TMX, conformanceAvailable, tmxDtd, tmxFiles, tmxFolder } from './test-support.ts';
import { exportOptionsFromHeader, exportTmx, TmxExportError } from './tmx-export.ts';
import { importTmx } from './tmx-import.ts';
import { placeholder } from './tmx-xml.ts';

const XMLLINT = '/usr/bin/xmllint';
const workDir = mkdtempSync(join(tmpdir(), 'tmx-export-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

function haveXmllint(): boolean {
  if (existsSync(XMLLINT)) return true;
  console.warn(
    `[translation-memory] SKIPPED DTD validation: ${XMLLINT} is absent (apt-get install libxml2-utils)`,
  );
  return false;
}

function validate(xml: string, name: string): string {
  const file = join(workDir, name.replace(/[^\w.-]/gu, '_'));
  writeFileSync(file, xml);
  const run = spawnSync(XMLLINT, ['--noout', '--nonet', '--dtdvalid', tmxDtd, file], { encoding: 'utf8' });
  return run.status === 0 ? 'valid' : run.stderr;
}

const unit = (text: string, extra: Partial<TranslationUnit> = {}): TranslationUnit => ({
  sourceLang: 'nl-BE',
  variants: {
    'nl-BE': { text, codes: [], props: [], notes: [] },
    'fr-BE': { text: 'Bonjour', codes: [], props: [], notes: [] },
  },
  props: [],
  notes: [],
  ...extra,
});

describe('exportTmx against the TMX 1.4 DTD', () => {
  const available =
    conformanceAvailable('TMX export validation', tmxFolder) && conformanceAvailable('TMX DTD', tmxDtd);
  const files = tmxFiles().filter(([name]) => !BROKEN_TMX.has(name));
  const canValidate = available && haveXmllint();

  it.skipIf(!canValidate).each(files)('writes a DTD-valid file from %s', (name, bytes) => {
    const imported = importTmx(bytes);
    if (!imported.ok) throw new Error(imported.error.message);
    expect(validate(exportTmx(imported.units, exportOptionsFromHeader(imported.header)), name)).toBe('valid');
  });

  it.skipIf(!available).each(files)(
    'round-trips %s (import → export → import gives the same units)',
    (_name, bytes) => {
      const first = importTmx(bytes);
      if (!first.ok) throw new Error(first.error.message);
      const again = importTmx(exportTmx(first.units, exportOptionsFromHeader(first.header)));
      if (!again.ok) throw new Error(again.error.message);
      expect(again.units).toEqual(first.units);
      expect(again.header.notes).toEqual(first.header.notes);
    },
  );

  it.skipIf(!canValidate)(
    'writes all required header attributes, escapes text and survives awkward characters',
    () => {
      const awkward = unit('A & B < C > "D" \'E\'\r\n\ttab ]]> end', {
        tuid: 'x"1',
        notes: ['note with <markup> & "quotes"'],
        props: [{ type: 'x-domain', value: 'onderwijs & welzijn' }],
        created: '2026-01-02T03:04:05Z',
      });
      const xml = exportTmx([awkward], { srcLang: 'nl-BE', creationDate: '2026-11-26T16:00:00.000Z' });
      expect(xml).toMatch(
        /<header creationtool="Wegwijs" creationtoolversion="1.0" segtype="sentence" o-tmf="Wegwijs" adminlang="nl-BE" srclang="nl-BE" datatype="plaintext" creationdate="20261126T160000Z">/u,
      );
      expect(validate(xml, 'awkward.tmx')).toBe('valid');
      const back = importTmx(xml);
      if (!back.ok) throw new Error(back.error.message);
      expect(back.units).toEqual([awkward]);
    },
  );
});

describe('exportTmx refuses what it cannot write validly', () => {
  const options = { srcLang: 'nl-BE' };
  it.each([
    ['a control character', unit('bel\u0007')],
    ['a placeholder without its code', unit(`zie ${placeholder(0)}`)],
    [
      'an unplaced code',
      {
        ...unit('tekst'),
        variants: {
          nl: { text: 'tekst', codes: [{ kind: 'ph' as const, xml: '<ph/>' }], props: [], notes: [] },
        },
      },
    ],
    [
      'a closing hi before its opening',
      {
        ...unit(''),
        variants: {
          nl: {
            text: placeholder(0),
            codes: [{ kind: 'hi-close' as const, xml: '</hi>' }],
            props: [],
            notes: [],
          },
        },
      },
    ],
    [
      'code markup of another kind',
      {
        ...unit(''),
        variants: {
          nl: {
            text: placeholder(0),
            codes: [{ kind: 'ph' as const, xml: '<bpt i="1">x</bpt>' }],
            props: [],
            notes: [],
          },
        },
      },
    ],
  ])('%s', (_label, bad) => {
    expect(() => exportTmx([bad], options)).toThrow(TmxExportError);
  });
});
