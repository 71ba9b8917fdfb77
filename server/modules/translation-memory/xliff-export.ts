import type { XliffVersion } from '../../../contracts/translation-memory-xliff.ts';
import { escapeAttribute, escapeText, hasForbiddenXmlChar, openTag } from './tmx-xml.ts';
import { MATCHES_NS, renderInline, TM_ORIGIN, TOOL_ID, XLIFF12_NS, XLIFF20_NS } from './xliff-xml.ts';

/**
 * XLIFF export of a document for a CAT tool, valid against the official OASIS schemas (checked with
 * xmllint in xliff-export.test.ts): one unit per sentence, the memory's matches carried along —
 * `<alt-trans>` in 1.2, the Translation Candidates module `<mtc:matches>` in 2.0 — and the best
 * match from PREFILL_THRESHOLD on pre-filled as the target, to be reviewed (100 %: translated).
 */

export const PREFILL_THRESHOLD = 75;

export type XliffMatch = { score: number; sourceText: string; targetText: string };
export type XliffExportUnit = {
  source: string;
  /** The whitespace that follows the sentence in the document, so the import can reassemble it. */
  after: string;
  /** Best first. */
  matches: readonly XliffMatch[];
};
export type XliffExportInput = {
  sourceLang: string;
  targetLang: string;
  /** The file's `original`. */
  name: string;
  units: readonly XliffExportUnit[];
};

export class XliffExportError extends Error {
  readonly code = 'TM.XLIFF_TEXT_NOT_XML';
}

const prefill = (unit: XliffExportUnit): XliffMatch | undefined => {
  const best = unit.matches[0];
  return best && best.score >= PREFILL_THRESHOLD ? best : undefined;
};

function checkUnit(unit: XliffExportUnit, index: number): void {
  const texts = [unit.source, unit.after, ...unit.matches.flatMap((m) => [m.sourceText, m.targetText])];
  if (texts.some(hasForbiddenXmlChar))
    throw new XliffExportError(
      `Sentence ${index + 1} holds a character XML 1.0 forbids (a control character)`,
    );
}

function unit12(unit: XliffExportUnit, index: number, targetLang: string): string {
  const best = prefill(unit);
  const attrs: Record<string, string> = { id: `${index + 1}` };
  // extradata is XLIFF 1.2's slot for "data useful to the tool": ours is the text between sentences.
  if (unit.after !== '') attrs.extradata = unit.after;
  const target = best
    ? `\n      ${openTag('target', {
        'xml:lang': targetLang,
        state: best.score === 100 ? 'translated' : 'needs-review-translation',
        'state-qualifier': best.score === 100 ? 'exact-match' : 'leveraged-tm',
      })}${renderInline(best.targetText, '1.2')}</target>`
    : '';
  const alternatives = unit.matches
    .map(
      (m) =>
        `\n      <alt-trans match-quality="${m.score}" origin="${TM_ORIGIN}" tool-id="${TOOL_ID}">` +
        `<source>${renderInline(m.sourceText, '1.2')}</source>` +
        `${openTag('target', { 'xml:lang': targetLang })}${renderInline(m.targetText, '1.2')}</target></alt-trans>`,
    )
    .join('');
  return `    ${openTag('trans-unit', attrs)}\n      <source>${renderInline(unit.source, '1.2')}</source>${target}${alternatives}\n    </trans-unit>`;
}

function xliff12(input: XliffExportInput): string {
  const units = input.units.map((u, i) => unit12(u, i, input.targetLang)).join('\n');
  const file = openTag('file', {
    original: input.name,
    'source-language': input.sourceLang,
    'target-language': input.targetLang,
    datatype: 'plaintext',
    'tool-id': TOOL_ID,
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="${XLIFF12_NS}">
  ${file}
  <header><tool tool-id="${TOOL_ID}" tool-name="Wegwijs" tool-version="1.0"/></header>
  <body>
${units}
  </body>
  </file>
</xliff>
`;
}

function unit20(unit: XliffExportUnit, index: number): string {
  const n = index + 1;
  const best = prefill(unit);
  const matches =
    unit.matches.length === 0
      ? ''
      : `\n   <mtc:matches>${unit.matches
          .map(
            (m, i) =>
              `\n    <mtc:match id="m${i + 1}" ref="#s${n}" type="tm" origin="${TM_ORIGIN}" matchQuality="${m.score}">` +
              `<source>${renderInline(m.sourceText, '2.0')}</source><target>${renderInline(m.targetText, '2.0')}</target></mtc:match>`,
          )
          .join('')}\n   </mtc:matches>`;
  const state = best?.score === 100 ? 'translated' : 'initial';
  const target = best ? `<target>${renderInline(best.targetText, '2.0')}</target>` : '';
  // <ignorable> is XLIFF 2.0's own place for text between segments; CAT tools keep it untouched.
  const ignorable =
    unit.after === ''
      ? ''
      : `\n   <ignorable><source xml:space="preserve">${escapeText(unit.after)}</source></ignorable>`;
  return `  <unit id="u${n}">${matches}
   <segment id="s${n}" state="${state}"><source>${renderInline(unit.source, '2.0')}</source>${target}</segment>${ignorable}
  </unit>`;
}

function xliff20(input: XliffExportInput): string {
  const units = input.units.map(unit20).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="${XLIFF20_NS}" xmlns:mtc="${MATCHES_NS}" version="2.0" srcLang="${escapeAttribute(input.sourceLang)}" trgLang="${escapeAttribute(input.targetLang)}">
 ${openTag('file', { id: 'f1', original: input.name })}
${units}
 </file>
</xliff>
`;
}

/** The document as XLIFF 1.2 or 2.0; throws XliffExportError when a text cannot be carried by XML. */
export function exportXliff(input: XliffExportInput, version: XliffVersion): string {
  input.units.forEach(checkUnit);
  if (hasForbiddenXmlChar(input.name))
    throw new XliffExportError('The name holds a character XML 1.0 forbids');
  return version === '1.2' ? xliff12(input) : xliff20(input);
}
