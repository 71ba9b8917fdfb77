import { describe, expect, it } from 'vitest';
import { segmentSentences } from './segmentation.ts';
import { placeholder } from './tmx-xml.ts';
import { exportXliff, XliffExportError, type XliffExportInput } from './xliff-export.ts';
import { importXliff } from './xliff-import.ts';
import { canValidateXliff, validateXliff } from './xliff-test-support.ts';
import { elements, MATCHES_NS, parseXml, XLIFF20_NS, type XmlElement } from './xliff-xml.ts';

/**
 * The matches module's own XSD is not among the conformance schemas (the core XSD lets its elements
 * through laxly), so its rules (XLIFF 2.0 §5.2) are checked here: namespaces, ref to a segment of the
 * same unit, matchQuality 0–100, a known type, a source and a target in the core namespace.
 */
function matchesModuleProblems(xml: string): string[] {
  const parsed = parseXml(xml);
  if (!parsed.ok) return [parsed.message];
  const problems: string[] = [];
  const units = elements(elements(parsed.root, 'file')[0] as XmlElement, 'unit');
  for (const unit of units) {
    const segmentIds = new Set(elements(unit, 'segment').map((s) => s.attrs.id));
    for (const container of elements(unit, 'matches')) {
      if (container.uri !== MATCHES_NS) problems.push(`${unit.attrs.id}: matches in ${container.uri}`);
      for (const match of elements(container)) {
        const { ref = '', matchQuality = '', type = 'tm' } = match.attrs;
        if (match.uri !== MATCHES_NS || match.name !== 'match')
          problems.push(`${unit.attrs.id}: <${match.name}>`);
        if (!segmentIds.has(ref.replace(/^#/u, '')) || !ref.startsWith('#'))
          problems.push(`${unit.attrs.id}: ref ${ref}`);
        const quality = Number(matchQuality);
        if (!(quality >= 0 && quality <= 100))
          problems.push(`${unit.attrs.id}: matchQuality ${matchQuality}`);
        if (!['am', 'mt', 'icm', 'idm', 'tb', 'tm', 'other'].includes(type)) problems.push(`type ${type}`);
        const parts = elements(match).map((e) => `${e.uri === XLIFF20_NS ? '' : 'foreign '}${e.name}`);
        if (parts.join(',') !== 'source,target') problems.push(`${unit.attrs.id}: ${parts.join(',')}`);
      }
    }
  }
  return problems;
}

const LETTER = `Beste ouder,

Uw kind is ingeschreven in klas nr. 3 van de school <De Regenboog> & co.
Breng bv. een "brooddoos" mee. Max. 2 koeken per dag!
Tel. 09 123 45 67`;

function input(matches = true): XliffExportInput {
  const sentences = segmentSentences(LETTER, 'nl');
  return {
    sourceLang: 'nl',
    targetLang: 'fr',
    name: 'brief "school" <1>.txt',
    units: sentences.map((s, i) => ({
      source: s.text,
      after: LETTER.slice(s.end, sentences[i + 1]?.start ?? s.end),
      matches:
        matches && i === 0
          ? [{ score: 100, sourceText: 'Beste ouder,', targetText: 'Chers parents,' }]
          : matches && i === 2
            ? [
                {
                  score: 87,
                  sourceText: 'Breng een brooddoos mee.',
                  targetText: `Apportez une <boîte> ${placeholder(0)}`,
                },
                { score: 60, sourceText: 'Breng mee.', targetText: 'Apportez & co' },
              ]
            : [],
    })),
  };
}

describe('XLIFF export', () => {
  const validate = canValidateXliff();

  it.skipIf(!validate).each(['1.2', '2.0'] as const)(
    'writes a file valid against the official %s schema',
    (version) => {
      const documents = [exportXliff(input(), version), exportXliff(input(false), version)];
      const run = validateXliff(documents, version);
      expect(run.messages).toEqual([]);
      expect(run.status).toBe(0);
    },
  );

  it('marks an exact match translated and a fuzzy one for review, with the matches alongside (1.2)', () => {
    const xml = exportXliff(input(), '1.2');
    expect(xml).toContain(
      '<target xml:lang="fr" state="translated" state-qualifier="exact-match">Chers parents,</target>',
    );
    expect(xml).toContain(
      '<target xml:lang="fr" state="needs-review-translation" state-qualifier="leveraged-tm">Apportez une &lt;boîte&gt; <x id="1"/></target>',
    );
    expect(xml).toContain('<alt-trans match-quality="60" origin="wegwijs-tm" tool-id="wegwijs">');
    expect(xml).toContain(
      '<source>Uw kind is ingeschreven in klas nr. 3 van de school &lt;De Regenboog&gt; &amp; co.</source>',
    );
    expect(xml).toContain('original="brief &quot;school&quot; &lt;1&gt;.txt"');
    // A 60 % match rides along but is not pre-filled: the unit of "Max. 2 koeken" has no target.
    expect(xml).toMatch(
      /<trans-unit id="4"[^>]*>\s*<source>Max\. 2 koeken per dag!<\/source>\s*<\/trans-unit>/u,
    );
  });

  it('carries the matches in the Translation Candidates module (2.0)', () => {
    const xml = exportXliff(input(), '2.0');
    expect(matchesModuleProblems(xml)).toEqual([]);
    expect(matchesModuleProblems(xml.replace('ref="#s3"', 'ref="#s9"'))).toEqual(['u3: ref #s9']);
    expect(xml).toContain('xmlns:mtc="urn:oasis:names:tc:xliff:matches:2.0"');
    expect(xml).toContain('<mtc:match id="m1" ref="#s3" type="tm" origin="wegwijs-tm" matchQuality="87">');
    expect(xml).toContain(
      '<segment id="s1" state="translated"><source>Beste ouder,</source><target>Chers parents,</target>',
    );
    expect(xml).toContain('<segment id="s3" state="initial">');
    expect(xml).toContain('<target>Apportez une &lt;boîte&gt; <ph id="c1"/></target>');
    expect(xml).toContain('<ignorable><source xml:space="preserve">\n\n</source></ignorable>');
  });

  it('reads back as the same sentences, placeholders and gaps', () => {
    for (const version of ['1.2', '2.0'] as const) {
      const back = importXliff(exportXliff(input(), version));
      if (!back.ok) throw new Error(back.error.message);
      expect(back.version).toBe(version);
      expect(back.segments.map((s) => s.source.text)).toEqual(input().units.map((u) => u.source));
      expect(back.segments.map((s) => s.after).slice(0, -1)).toEqual(
        input()
          .units.map((u) => u.after)
          .slice(0, -1),
      );
      expect(back.segments[2]?.target?.codes).toHaveLength(1);
    }
  });

  it('refuses text that XML cannot carry instead of writing a broken file', () => {
    const bad = input();
    const units = [{ source: 'Form\u000cfeed', after: '', matches: [] }, ...bad.units];
    expect(() => exportXliff({ ...bad, units }, '2.0')).toThrow(XliffExportError);
  });
});
