import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { InlineCode, TranslationUnit, Variant } from '../../../contracts/translation-memory.ts';
import { tmxDtd } from './test-support.ts';
import { exportTmx } from './tmx-export.ts';
import { importTmx } from './tmx-import.ts';
import { escapeText, placeholder } from './tmx-xml.ts';

const AWKWARD = [
  'a',
  'Z',
  ' ',
  '\t',
  '\n',
  '\r',
  '<',
  '>',
  '&',
  '"',
  "'",
  ']',
  'é',
  'ğ',
  'ش',
  '😀',
  '€',
  '{',
  '\\',
];
const chunk = fc.string({ unit: fc.constantFrom(...AWKWARD), maxLength: 12 });
const part = fc.oneof(
  { arbitrary: chunk.map((text) => ({ text })), weight: 3 },
  { arbitrary: chunk.map((native) => ({ code: 'ph' as const, native })), weight: 1 },
  {
    arbitrary: fc.tuple(chunk, chunk, chunk).map(([open, inner, close]) => ({ pair: [open, inner, close] })),
    weight: 1,
  },
);

/** Builds a variant from parts, numbering bpt/ept pairs so that they pair correctly. */
function variantOf(
  parts: Array<{ text: string } | { code: 'ph'; native: string } | { pair: string[] }>,
): Variant {
  let text = '';
  const codes: InlineCode[] = [];
  const add = (code: InlineCode) => {
    text += placeholder(codes.length);
    codes.push(code);
  };
  parts.forEach((piece, index) => {
    if ('text' in piece) text += piece.text;
    else if ('native' in piece)
      add({ kind: 'ph', xml: `<ph x="${index}">${escapeText(piece.native)}</ph>`, x: `${index}` });
    else {
      const [open = '', inner = '', close = ''] = piece.pair;
      const i = `${index + 1}`;
      add({ kind: 'bpt', xml: `<bpt i="${i}">${escapeText(open)}</bpt>`, i });
      text += inner;
      add({ kind: 'ept', xml: `<ept i="${i}">${escapeText(close)}</ept>`, i });
    }
  });
  return { text, codes, props: [], notes: [] };
}

const unitArbitrary = fc
  .record({
    nl: fc.array(part, { maxLength: 5 }),
    ar: fc.array(part, { maxLength: 5 }),
    note: fc.option(chunk, { nil: undefined }),
    prop: fc.option(chunk, { nil: undefined }),
    tuid: fc.option(fc.string({ unit: fc.constantFrom(...AWKWARD), minLength: 1, maxLength: 6 }), {
      nil: undefined,
    }),
  })
  .map(
    ({ nl, ar, note, prop, tuid }): TranslationUnit => ({
      ...(tuid === undefined ? {} : { tuid }),
      sourceLang: 'nl-BE',
      variants: { 'nl-BE': variantOf(nl), ar: variantOf(ar) },
      props: prop === undefined ? [] : [{ type: 'x-context', value: prop }],
      notes: note === undefined ? [] : [note],
      created: '2026-11-26T16:00:00Z',
    }),
  );

const workDir = mkdtempSync(join(tmpdir(), 'tmx-roundtrip-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe('TMX export → import (property)', () => {
  it('gives back exactly the units that were exported', () => {
    fc.assert(
      fc.property(fc.array(unitArbitrary, { minLength: 1, maxLength: 4 }), (units) => {
        const back = importTmx(exportTmx(units, { srcLang: 'nl-BE' }));
        if (!back.ok) throw new Error(back.error.message);
        expect(back.units).toEqual(units);
      }),
      { numRuns: 200 },
    );
  });

  const canValidate = existsSync('/usr/bin/xmllint') && existsSync(tmxDtd);
  if (!canValidate)
    console.warn(
      '[translation-memory] SKIPPED generated-file DTD validation: xmllint or the TMX DTD is absent',
    );

  it.skipIf(!canValidate)('writes DTD-valid files for generated units', () => {
    const samples = fc.sample(fc.array(unitArbitrary, { minLength: 1, maxLength: 4 }), 40);
    const files = samples.map((units, index) => {
      const file = join(workDir, `sample-${index}.tmx`);
      writeFileSync(file, exportTmx(units, { srcLang: 'nl-BE' }));
      return file;
    });
    const run = spawnSync('/usr/bin/xmllint', ['--noout', '--nonet', '--dtdvalid', tmxDtd, ...files], {
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});
