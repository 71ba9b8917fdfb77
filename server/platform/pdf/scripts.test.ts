import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { renderPdf } from './render-pdf.ts';
import { ARABIC_FONT, arabicParagraph, hasArabic, scriptRuns } from './scripts.ts';

async function textOf(pdf: Buffer): Promise<string> {
  const document = await getDocumentProxy(new Uint8Array(pdf));
  const { text } = await extractText(document, { mergePages: true });
  return text;
}

describe('Arabic script in PDFs', () => {
  it('splits a Dutch greeting with an Arabic name into runs with the font each needs', () => {
    expect(scriptRuns('Beste أحمد بن علي,')).toEqual([
      { text: 'Beste ' },
      { text: 'أحمد بن علي ', font: ARABIC_FONT },
      { text: ',' },
    ]);
    expect(scriptRuns('Beste Yusuf Örnek,')).toEqual([{ text: 'Beste Yusuf Örnek,' }]);
    expect(hasArabic('D-2026-000042')).toBe(false);
  });

  it('embeds Noto Naskh Arabic for an Arabic paragraph, and its words read back', async () => {
    const pdf = await renderPdf({
      content: [arabicParagraph('تمت الموافقة على منحتك الدراسية'), { text: scriptRuns('Beste أحمد,') }],
    });
    // The font is subset-embedded under its PostScript name.
    expect(pdf.toString('latin1')).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoNaskhArabic/u);
    const text = await textOf(pdf);
    for (const word of ['الموافقة', 'منحتك', 'الدراسية', 'أحمد']) {
      expect(text.includes(word) || text.includes([...word].reverse().join(''))).toBe(true);
    }
  });

  it('without the Arabic font, Roboto would have no glyphs: the run really switches font', async () => {
    const withRuns = await renderPdf({ content: [{ text: scriptRuns('Beste أحمد') }] });
    const robotoOnly = await renderPdf({ content: [{ text: 'Beste أحمد' }] });
    expect(withRuns.toString('latin1')).toContain('NotoNaskhArabic');
    expect(robotoOnly.toString('latin1')).not.toContain('NotoNaskhArabic');
  });
});
