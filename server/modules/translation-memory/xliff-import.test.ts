import { describe, expect, it } from 'vitest';
import { conformanceAvailable } from './test-support.ts';
import { importXliff, reassemble } from './xliff-import.ts';
import { MUST_REJECT, xliffFiles, xliffFolders } from './xliff-test-support.ts';

const v12 = (units: string, file = 'source-language="nl" target-language="fr"') =>
  `<?xml version="1.0"?><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="t" datatype="plaintext" ${file}><body>${units}</body></file></xliff>`;
const v20 = (units: string) =>
  `<?xml version="1.0"?><xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:mtc="urn:oasis:names:tc:xliff:matches:2.0" srcLang="nl" trgLang="ar"><file id="f"><unit id="u1">${units}</unit></file></xliff>`;

function read(xml: string | Uint8Array) {
  const result = importXliff(xml);
  if (!result.ok) throw new Error(`${result.error.message} (${result.error.line}:${result.error.column})`);
  return result;
}

describe('XLIFF import: conformance files', () => {
  const available = conformanceAvailable('XLIFF conformance import', xliffFolders['1.2']);
  const files = xliffFiles();

  it.skipIf(!available)('finds the files', () => expect(files.length).toBeGreaterThanOrEqual(16));

  it.skipIf(!available).each(files.filter(([name]) => !MUST_REJECT.has(name)))('reads %s', (_name, bytes) => {
    const result = read(bytes);
    expect(result.segments.length).toBeGreaterThan(0);
    for (const s of result.segments) expect(s.source.text.length + s.source.codes.length).toBeGreaterThan(0);
    expect(typeof reassemble(result.segments)).toBe('string');
  });

  it.skipIf(!available).each(files.filter(([name]) => MUST_REJECT.has(name)))(
    'refuses %s with a position',
    (_n, bytes) => {
      const result = importXliff(bytes);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toMatchObject({ code: 'invalid', line: expect.any(Number) });
    },
  );

  it.skipIf(!available)('reads the Dutch TYPO3 file (version 1.0, no namespace) as translated', () => {
    const typo3 = files.find(([name]) => name.endsWith('nl.locallang.xlf'));
    const result = read(typo3?.[1] ?? '');
    expect(result.version).toBe('1.2');
    expect(result.segments[0]).toMatchObject({
      sourceLang: 'en',
      targetLang: 'nl',
      translated: true,
      reviewed: true,
    });
    expect(result.segments[0]?.target?.text).toBe('Max.');
  });
});

describe('XLIFF import: rules', () => {
  it('takes 1.2 targets unless their state says work has not started', () => {
    const result = read(
      v12(
        '<trans-unit id="1"><source>Een.</source><target state="translated">Un.</target></trans-unit>' +
          '<trans-unit id="2"><source>Twee.</source><target state="new">Deux.</target></trans-unit>' +
          '<trans-unit id="3"><source>Drie.</source><target state="needs-translation"/></trans-unit>' +
          '<trans-unit id="4" approved="yes"><source>Vier.</source><target>Quatre.</target></trans-unit>' +
          '<trans-unit id="5" translate="no"><source>Vijf.</source><target>Cinq.</target></trans-unit>',
      ),
    );
    expect(result.segments.map((s) => [s.unitId, s.translated, s.reviewed])).toEqual([
      ['1', true, false],
      ['2', false, false],
      ['3', false, false],
      ['4', true, true],
      ['5', false, false],
    ]);
    expect(reassemble(result.segments)).toBe('Un.\nTwee.\nDrie.\nQuatre.\nVijf.');
  });

  it('leaves out our own pre-filled match when nobody confirmed it, but takes an edited one', () => {
    const unit = (id: string, target: string) =>
      `<trans-unit id="${id}"><source>Breng een brooddoos mee.</source><target state="needs-review-translation">${target}</target>` +
      '<alt-trans match-quality="87" origin="wegwijs-tm"><source>Breng een doos mee.</source><target>Apportez une boîte.</target></alt-trans></trans-unit>';
    const result = read(v12(unit('1', 'Apportez une boîte.') + unit('2', 'Apportez une boîte à tartines.')));
    expect(result.segments.map((s) => s.translated)).toEqual([false, true]);
    const two = read(
      v20(
        '<mtc:matches><mtc:match ref="#s1" origin="wegwijs-tm" matchQuality="80"><source>a</source><target>ب</target></mtc:match></mtc:matches>' +
          '<segment id="s1" state="initial"><source>a</source><target>ب</target></segment>',
      ),
    );
    expect(two.segments[0]?.translated).toBe(false);
  });

  it('maps inline codes to TMX codes and keeps their native data', () => {
    const result = read(
      v12(
        '<trans-unit id="1"><source>Klik <g id="1">hier</g> <x id="2"/> <bpt id="3">&lt;b&gt;</bpt>nu<ept id="3">&lt;/b&gt;</ept></source>' +
          '<target state="translated">Cliquez <g id="1">ici</g> <x id="2"/> <bpt id="3">&lt;b&gt;</bpt>maintenant<ept id="3">&lt;/b&gt;</ept></target></trans-unit>',
      ),
    );
    const codes = result.segments[0]?.target?.codes ?? [];
    expect(codes.map((c) => c.kind)).toEqual(['bpt', 'ept', 'ph', 'bpt', 'ept']);
    expect(codes[3]?.xml).toBe('<bpt i="2">&lt;b&gt;</bpt>');
    expect(codes[4]?.xml).toBe('<ept i="2">&lt;/b&gt;</ept>');
    const two = read(
      v20(
        '<originalData><data id="d1">&lt;br/&gt;</data></originalData>' +
          '<segment state="final"><source>Regel<ph id="1" dataRef="d1"/>twee <sc id="2"/>vet</source><target>سطر<ph id="1" dataRef="d1"/>اثنان <sc id="2"/>غامق</target></segment>' +
          '<segment><source><ec startRef="2"/>.</source></segment>',
      ),
    );
    expect(two.segments[0]?.target?.codes).toEqual([
      { kind: 'ph', xml: '<ph>&lt;br/&gt;</ph>' },
      { kind: 'it', xml: '<it pos="begin"></it>', pos: 'begin' },
    ]);
    expect(two.segments[0]?.reviewed).toBe(true);
    expect(two.segments[1]?.source.codes[0]?.kind).toBe('it');
  });

  it('refuses what is not well-formed or not XLIFF, with line and column', () => {
    expect(importXliff('<xliff version="1.2"><file>\n<body></file></xliff>')).toMatchObject({
      ok: false,
      error: { code: 'malformed', line: 2 },
    });
    expect(importXliff('<tmx version="1.4"/>')).toMatchObject({ ok: false, error: { code: 'not-xliff' } });
    expect(importXliff('')).toMatchObject({ ok: false, error: { code: 'malformed', line: 1 } });
  });

  it('reads UTF-16 files and collapses whitespace unless xml:space="preserve"', () => {
    const xml = v12(
      '<trans-unit id="1"><source>  Een\n   zin. </source><target xml:space="preserve"> Une  phrase.</target></trans-unit>',
    );
    const bytes = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(xml.replace('<?xml version="1.0"?>', ''), 'utf16le'),
    ]);
    const s = read(new Uint8Array(bytes)).segments[0];
    expect(s?.source.text).toBe('Een zin.');
    expect(s?.target?.text).toBe(' Une  phrase.');
  });
});
