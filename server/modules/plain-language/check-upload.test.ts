import { describe, expect, it } from 'vitest';
import { checkText } from './check-text.ts';
import { unwrapPdfLines } from './check-upload.ts';

describe('unwrapPdfLines', () => {
  it('joins layout line breaks inside a sentence and keeps sentence and paragraph ends', () => {
    const pdf =
      'Indien u de betaling niet\nbinnen de termijn heeft uitgevoerd,\nwordt uw dossier overgemaakt.\nBel ons.\n\nMet vriendelijke groet';
    const joined = unwrapPdfLines(pdf);
    expect(joined).toBe(
      'Indien u de betaling niet binnen de termijn heeft uitgevoerd, wordt uw dossier overgemaakt.\nBel ons.\n\nMet vriendelijke groet',
    );
    expect(joined).toHaveLength(pdf.length);
    // Before joining the check sees every line as a sentence; after, the real two plus the greeting.
    expect(checkText(pdf).sentences).toHaveLength(5);
    expect(checkText(joined).sentences.map((s) => s.words)).toEqual([14, 2, 3]);
  });
});
