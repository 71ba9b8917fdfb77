import { describe, expect, it } from 'vitest';
import { BROKEN_TMX, conformanceAvailable, tmxFiles, tmxFolder } from './test-support.ts';
import { importTmx } from './tmx-import.ts';
import { placeholder } from './tmx-xml.ts';

const wrap = (body: string, header = 'srclang="nl-BE"') =>
  `<?xml version="1.0"?><tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="nl" datatype="plaintext" ${header}/><body>${body}</body></tmx>`;

describe('importTmx on the conformance files', () => {
  const available = conformanceAvailable('TMX conformance import', tmxFolder);
  const files = tmxFiles();

  it.skipIf(!available).each(files.filter(([name]) => !BROKEN_TMX.has(name)))(
    'imports %s',
    (_name, bytes) => {
      const result = importTmx(bytes);
      expect(result.ok ? null : result.error).toBeNull();
      if (!result.ok) return;
      expect(result.units.length).toBeGreaterThan(0);
      for (const unit of result.units) expect(Object.keys(unit.variants).length).toBeGreaterThanOrEqual(1);
    },
  );

  it.skipIf(!available)('reports omegat/invalid.tmx with a position and imports nothing from it', () => {
    const bytes = files.find(([name]) => name === 'omegat/invalid.tmx')?.[1];
    expect(bytes).toBeDefined();
    const result = importTmx(bytes ?? '');
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'TM.TMX_INVALID_CODES',
        message: '<ept i="1"> comes before any matching <bpt i="1">',
        line: 12,
        column: 16,
      },
    });
  });

  it.skipIf(!available)(
    'reads UTF-16 files, normalises language case and keeps codes in order (ImportTest2A)',
    () => {
      const bytes = files.find(([name]) => name.endsWith('ImportTest2A.tmx'))?.[1] ?? '';
      const result = importTmx(bytes);
      if (!result.ok) throw new Error(result.error.message);
      const [first] = result.units;
      expect(first?.sourceLang).toBe('en-US');
      const fr = first?.variants['fr-CA'];
      expect(fr?.text).toBe(
        `Le gros ${placeholder(0)}chat${placeholder(1)} ${placeholder(2)}noir${placeholder(3)} dors.`,
      );
      expect(fr?.codes[0]).toEqual({
        kind: 'bpt',
        xml: '<bpt i="2" x="2" type="ulined">&lt;u&gt;</bpt>',
        i: '2',
        x: '2',
        type: 'ulined',
      });
      const hi = result.units[6]?.variants['fr-CA'];
      expect(hi?.codes.map((code) => code.kind)).toEqual(['hi-open', 'hi-close']);
      expect(hi?.text).toBe(`Du texte avec ${placeholder(0)}une portion délimitée${placeholder(1)}.`);
    },
  );

  it.skipIf(!available)('keeps whitespace, tu srclang, props, notes and dates', () => {
    const get = (suffix: string) => {
      const result = importTmx(files.find(([name]) => name.endsWith(suffix))?.[1] ?? '');
      if (!result.ok) throw new Error(result.error.message);
      return result;
    };
    expect(get('ImportTest1A.tmx').units[0]?.variants['en-US']?.text).toBe('First segment with [\t\t   ]');
    expect(get('ImportTest1K.tmx').units.map((unit) => unit.sourceLang)).toEqual(['de-DE', 'fr-CA']);
    const rich = get('ImportTest1L.tmx');
    expect(rich.header.notes).toEqual(['Text of header note 1', 'Text of header note 2']);
    const unit = rich.units[0];
    expect(unit?.notes).toEqual(['Text of tu note 1', 'Text of tu note 2']);
    expect(unit?.props).toEqual([{ type: 'myPropeType', value: 'Data' }]);
    expect(unit?.created).toBe('2002-05-23T09:12:00Z');
    expect(Object.keys(unit?.variants ?? {})).toEqual(['en-US', 'fr', 'en-GB']);
    const weblate = get('weblate/memory.tmx');
    expect(Object.keys(weblate.units[0]?.variants ?? {})).toEqual(['de-DE', 'en-US', 'cs-CZ']);
    expect(weblate.warnings[0]?.message).toMatch(/lacks required attributes/);
  });
});

describe('importTmx on small inputs', () => {
  it('reports malformed XML with line and column, importing nothing', () => {
    const result = importTmx(
      '<?xml version="1.0"?>\n<tmx version="1.4"><header srclang="nl"/>\n<body><tu><tuv xml:lang="nl"><seg>a</tuv></tu></body></tmx>',
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('TM.TMX_MALFORMED');
    expect(result.error.line).toBe(3);
    expect(result.error.column).toBeGreaterThan(1);
  });

  it('refuses a document that is not TMX, and a duplicate bpt', () => {
    expect(importTmx('<xliff/>')).toMatchObject({ ok: false, error: { code: 'TM.TMX_NOT_TMX' } });
    const duplicate = wrap(
      '<tu><tuv xml:lang="nl"><seg><bpt i="1">a</bpt><bpt i="1">b</bpt><ept i="1">c</ept></seg></tuv></tu>',
    );
    expect(importTmx(duplicate)).toMatchObject({ ok: false, error: { code: 'TM.TMX_INVALID_CODES' } });
  });

  it('treats "*all*" as source language and skips variants without a language', () => {
    const result = importTmx(
      wrap(
        '<tu><tuv><seg>x</seg></tuv><tuv xml:lang="NL-be"><seg>Dag</seg></tuv></tu><tu><note>n</note></tu>',
        'srclang="*all*"',
      ),
    );
    if (!result.ok) throw new Error(result.error.message);
    expect(result.units).toHaveLength(1);
    expect(result.units[0]?.sourceLang).toBe('*all*');
    expect(result.units[0]?.variants['nl-BE']?.text).toBe('Dag');
    expect(result.skipped).toBe(1);
    expect(result.warnings.length).toBeGreaterThanOrEqual(2);
  });

  it('skips variants whose language is not a tag, and never lets a language key touch the prototype', () => {
    const result = importTmx(
      wrap('<tu><tuv xml:lang="__proto__"><seg>x</seg></tuv><tuv xml:lang="EN_us"><seg>Hi</seg></tuv></tu>'),
    );
    if (!result.ok) throw new Error(result.error.message);
    expect(Object.keys(result.units[0]?.variants ?? {})).toEqual(['en-US']);
    expect(Object.getPrototypeOf(result.units[0]?.variants)).toBe(Object.prototype);
    expect(result.warnings.map((warning) => warning.message).join(' ')).toMatch(/__proto__/u);
  });

  it('keeps <sub> and CDATA inside a code as markup of that code', () => {
    const result = importTmx(
      wrap(
        '<tu><tuv xml:lang="nl"><seg>Zie <ph x="1">&lt;a title="<sub>Uitleg &amp; meer</sub>"><![CDATA[<b>]]></ph> hier</seg></tuv></tu>',
      ),
    );
    if (!result.ok) throw new Error(result.error.message);
    const variant = result.units[0]?.variants.nl;
    expect(variant?.text).toBe(`Zie ${placeholder(0)} hier`);
    expect(variant?.codes[0]?.xml).toBe(
      '<ph x="1">&lt;a title="<sub>Uitleg &amp; meer</sub>"&gt;&lt;b&gt;</ph>',
    );
  });

  it('refuses bytes in an encoding it cannot decode', () => {
    const bytes = new TextEncoder().encode('<?xml version="1.0" encoding="x-klingon"?><tmx/>');
    expect(importTmx(bytes)).toMatchObject({ ok: false, error: { code: 'TM.TMX_ENCODING_UNSUPPORTED' } });
  });
});
