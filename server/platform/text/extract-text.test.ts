import { existsSync } from 'node:fs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { AppError } from '../http/app-error.ts';
import { extractText, TEXT_MEDIA_TYPES } from './index.ts';
import { buildDocx, buildOdt, buildPdf, DEJAVU_SANS, odtParagraphs } from './samples.test-support.ts';

const DUTCH = 'Beste ouder, de school is één week gesloten wegens een reëel probleem met de verwarming.';
const ARABIC = 'مرحبا بكم في المدرسة';

async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error.code;
}

describe('extractText: plain text', () => {
  const txt = (bytes: Uint8Array) => extractText(bytes, TEXT_MEDIA_TYPES.txt);

  it('reads UTF-8 with and without a byte-order mark, and CRLF line ends', async () => {
    const plain = Buffer.from(`${DUTCH}\r\n${ARABIC}\r\n`);
    expect((await txt(plain)).text).toBe(`${DUTCH}\n${ARABIC}`);
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), plain]);
    expect((await txt(withBom)).text).toBe(`${DUTCH}\n${ARABIC}`);
  });

  it('reads UTF-16 little and big endian, with a BOM or (little endian) without', async () => {
    const le = Buffer.from(`${DUTCH}\n${ARABIC}`, 'utf16le');
    expect((await txt(Buffer.concat([Buffer.from([0xff, 0xfe]), le]))).text).toBe(`${DUTCH}\n${ARABIC}`);
    expect((await txt(le)).text).toBe(`${DUTCH}\n${ARABIC}`);
    const be = Buffer.from(le).swap16();
    expect((await txt(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).text).toBe(`${DUTCH}\n${ARABIC}`);
  });

  it('falls back to Windows-1252 for bytes that are not UTF-8', async () => {
    // "één reëel café" as an old Windows editor saves it: é = 0xE9, ë = 0xEB.
    const bytes = Buffer.from([
      0xe9, 0xe9, 0x6e, 0x20, 0x72, 0x65, 0xeb, 0x65, 0x6c, 0x20, 0x63, 0x61, 0x66, 0xe9,
    ]);
    expect((await txt(bytes)).text).toBe('één reëel café');
  });

  it('composes decomposed accents (NFC) and keeps at most one empty line', async () => {
    const decomposed = 'e\u0301e\u0301n\n\n\n\nree\u0308el  ';
    expect((await txt(Buffer.from(decomposed))).text).toBe('één\n\nreëel');
  });
});

describe('extractText: Word (.docx)', () => {
  it('gives one line per paragraph, with accents, Arabic, tabs and line breaks', async () => {
    const docx = await buildDocx([DUTCH, ARABIC, 'Naam:\tK-17', 'regel een\nregel twee']);
    const { text, pages } = await extractText(docx, TEXT_MEDIA_TYPES.docx);
    expect(text).toBe(`${DUTCH}\n${ARABIC}\nNaam:\tK-17\nregel een\nregel twee`);
    expect(pages).toBeUndefined();
  });

  it('refuses a zip that is no Word document, and bytes that are no zip', async () => {
    const zip = new JSZip();
    zip.file('hello.txt', 'hallo');
    const notWord = await zip.generateAsync({ type: 'nodebuffer' });
    expect(await refusal(extractText(notWord, TEXT_MEDIA_TYPES.docx))).toBe('TEXT.UNREADABLE');
    expect(await refusal(extractText(Buffer.from('PK\u0003\u0004 broken'), TEXT_MEDIA_TYPES.docx))).toBe(
      'TEXT.UNREADABLE',
    );
  });

  it('refuses a document that inflates past the limit (zip bomb)', async () => {
    const docx = await buildDocx([`${'a'.repeat(200_000)}`]);
    expect(docx.length).toBeLessThan(10_000);
    const code = await refusal(extractText(docx, TEXT_MEDIA_TYPES.docx, { maxInflatedBytes: 100_000 }));
    expect(code).toBe('TEXT.UNREADABLE');
  });
});

describe('extractText: OpenDocument (.odt)', () => {
  it('reads text:p and text:h in order, with accents and Arabic', async () => {
    const odt = await buildOdt(
      `<text:h text:outline-level="1">Één titel</text:h>${odtParagraphs([DUTCH, ARABIC])}`,
    );
    expect((await extractText(odt, TEXT_MEDIA_TYPES.odt)).text).toBe(`Één titel\n${DUTCH}\n${ARABIC}`);
  });

  it('follows ODF white space: collapsed runs, text:s, text:tab, text:line-break, spans', async () => {
    const body = `<text:p>
        Twee   woorden<text:s text:c="3"/>en<text:tab/>tab<text:line-break/>nieuwe <text:span>regel</text:span>
      </text:p><text:p/><text:p>a<text:s/>b</text:p>`;
    const { text } = await extractText(await buildOdt(body), TEXT_MEDIA_TYPES.odt);
    expect(text).toBe('Twee woorden   en\ttab\nnieuwe regel\n\na b');
  });

  it('leaves out comments and deleted tracked changes, keeps footnotes after their paragraph', async () => {
    const body = `<text:tracked-changes><text:changed-region><text:deletion><text:p>weg</text:p></text:deletion></text:changed-region></text:tracked-changes>
      <text:p>Zie<office:annotation><text:p>commentaar</text:p></office:annotation> noot<text:note><text:note-citation>1</text:note-citation><text:note-body><text:p>De noot.</text:p></text:note-body></text:note></text:p>`;
    const { text } = await extractText(await buildOdt(body), TEXT_MEDIA_TYPES.odt);
    expect(text).toBe('Zie noot\nDe noot.');
  });

  it('refuses a package without content.xml and a content.xml that is not XML', async () => {
    const zip = new JSZip();
    zip.file('mimetype', TEXT_MEDIA_TYPES.odt);
    const empty = await zip.generateAsync({ type: 'nodebuffer' });
    expect(await refusal(extractText(empty, TEXT_MEDIA_TYPES.odt))).toBe('TEXT.UNREADABLE');
    zip.file('content.xml', '<office:document-content><text:p>open');
    const broken = await zip.generateAsync({ type: 'nodebuffer' });
    expect(await refusal(extractText(broken, TEXT_MEDIA_TYPES.odt))).toBe('TEXT.UNREADABLE');
  });
});

describe('extractText: PDF', () => {
  it('reads the text of every page, with accents, and counts the pages', async () => {
    const pdf = await buildPdf([DUTCH, 'Café naïef, reëel.', 'Tot ziens.'], { pagePerParagraph: true });
    const { text, pages } = await extractText(pdf, TEXT_MEDIA_TYPES.pdf);
    expect(text).toBe(`${DUTCH}\nCafé naïef, reëel.\nTot ziens.`);
    expect(pages).toBe(3);
  });

  // Roboto has no Arabic glyphs; DejaVu Sans does (Debian's fonts-dejavu-core).
  it.skipIf(!existsSync(DEJAVU_SANS))(
    'keeps Arabic letters (word order follows the page layout)',
    async () => {
      const pdf = await buildPdf(['Café naïef, reëel.', ARABIC], { font: 'DejaVu' });
      const { text } = await extractText(pdf, TEXT_MEDIA_TYPES.pdf);
      expect(text).toContain('Café naïef, reëel.');
      // pdfmake lays Arabic out left to right, so only the letters of each word are sure to survive.
      for (const word of ARABIC.split(' ')) expect(text).toContain(word);
    },
  );

  it('refuses bytes that are no PDF', async () => {
    expect(await refusal(extractText(Buffer.from('%PDF-1.4 nothing'), TEXT_MEDIA_TYPES.pdf))).toBe(
      'TEXT.UNREADABLE',
    );
  });
});

describe('extractText: other types', () => {
  it('refuses every other media type', async () => {
    expect(await refusal(extractText(Buffer.from('x'), 'image/png'))).toBe('FILES.TYPE_NOT_ALLOWED');
    expect(await refusal(extractText(Buffer.from('<p>x</p>'), 'text/html'))).toBe('FILES.TYPE_NOT_ALLOWED');
  });
});
