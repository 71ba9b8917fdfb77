import { createRequire } from 'node:module';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { FONT_FOLDER, isFontPath, renderPdf } from './render-pdf.ts';

async function textOf(pdf: Buffer): Promise<string> {
  const document = await getDocumentProxy(new Uint8Array(pdf));
  const { text } = await extractText(document, { mergePages: true });
  return text;
}

describe('renderPdf', () => {
  it('renders a table with accented text that reads back', async () => {
    const pdf = await renderPdf({
      content: [
        { text: 'Factuur — één regel', bold: true },
        {
          table: {
            body: [
              ['Datum', 'Bedrag'],
              ['12/01/2027', '€ 1.234,56'],
            ],
          },
        },
      ],
    });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = await textOf(pdf);
    expect(text).toContain('Factuur — één regel');
    expect(text).toContain('€ 1.234,56');
  });

  it('reads no file outside the font folder and fetches no URL', async () => {
    expect(isFontPath(`${FONT_FOLDER}/Roboto-Regular.ttf`)).toBe(true);
    expect(isFontPath(`${FONT_FOLDER}/../../package.json`)).toBe(false);
    expect(isFontPath('/etc/passwd')).toBe(false);
    // A real PNG outside the folder: refused by the policy, not because it is no image.
    const png = createRequire(import.meta.url).resolve('@fastify/swagger-ui/static/favicon-32x32.png');
    await expect(renderPdf({ content: [{ image: png }] })).rejects.toThrow(
      /denied by resource access policy/,
    );
    await expect(renderPdf({ content: [{ image: 'http://127.0.0.1:9/x.png' }] })).rejects.toThrow(
      /denied by resource access policy/,
    );
  });
});
