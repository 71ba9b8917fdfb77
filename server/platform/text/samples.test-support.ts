import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import JSZip from 'jszip';
import type { Content } from 'pdfmake';
import pdfmake from 'pdfmake';

/**
 * Small but valid documents, built in the test itself (nothing binary in the repository): a Word
 * document, an OpenDocument text and a PDF, plus a multipart form as a browser sends it.
 */

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const DOCX_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
  <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
  <Default Extension="xml" ContentType="application/xml"/>
  <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>`;

const DOCX_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
  <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>`;

/** A minimal .docx: one w:p per paragraph; "\t" becomes w:tab, "\n" a line break (w:br). */
export async function buildDocx(paragraphs: string[]): Promise<Buffer> {
  const run = (line: string) =>
    line
      .split('\t')
      .map((part) => `<w:t xml:space="preserve">${escapeXml(part)}</w:t>`)
      .join('<w:tab/>');
  const body = paragraphs
    .map((p) => `<w:p><w:r>${p.split('\n').map(run).join('<w:br/>')}</w:r></w:p>`)
    .join('');
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
  const zip = new JSZip();
  zip.file('[Content_Types].xml', DOCX_TYPES);
  zip.file('_rels/.rels', DOCX_RELS);
  zip.file('word/document.xml', document);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

export const ODT_MEDIA_TYPE = 'application/vnd.oasis.opendocument.text';

/** A minimal .odt around the given office:text content (write text:p / text:h yourself). */
export async function buildOdt(officeText: string): Promise<Buffer> {
  const content = `<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
  xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
  xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.2">
  <office:body><office:text>${officeText}</office:text></office:body>
</office:document-content>`;
  const manifest = `<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
  <manifest:file-entry manifest:full-path="/" manifest:media-type="${ODT_MEDIA_TYPE}"/>
  <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
</manifest:manifest>`;
  const zip = new JSZip();
  // The mimetype comes first and uncompressed: that is how readers (and the sniffer) know it.
  zip.file('mimetype', ODT_MEDIA_TYPE, { compression: 'STORE' });
  zip.file('content.xml', content);
  zip.file('META-INF/manifest.xml', manifest);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** Paragraphs as text:p elements, escaped. */
export const odtParagraphs = (paragraphs: string[]) =>
  paragraphs.map((p) => `<text:p>${escapeXml(p)}</text:p>`).join('');

const require = createRequire(import.meta.url);
/** DejaVu Sans has Arabic glyphs (Roboto has none); present on Debian with fonts-dejavu-core. */
export const DEJAVU_SANS = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';

type FontDictionary = Parameters<typeof pdfmake.setFonts>[0];

function fontDictionary(): FontDictionary {
  const roboto: unknown = require('pdfmake/fonts/Roboto.js');
  const fonts: FontDictionary = {};
  if (typeof roboto === 'object' && roboto !== null && 'Roboto' in roboto) Object.assign(fonts, roboto);
  if (existsSync(DEJAVU_SANS)) {
    fonts.DejaVu = { normal: DEJAVU_SANS, bold: DEJAVU_SANS, italics: DEJAVU_SANS, bolditalics: DEJAVU_SANS };
  }
  return fonts;
}

/** A PDF with one paragraph per entry (or per page), rendered by pdfmake in Roboto or DejaVu Sans. */
export async function buildPdf(
  paragraphs: string[],
  options: { font?: 'Roboto' | 'DejaVu'; pagePerParagraph?: boolean } = {},
): Promise<Buffer> {
  const fonts = fontDictionary();
  pdfmake.setFonts(fonts);
  pdfmake.setUrlAccessPolicy(() => false);
  const fontFiles = Object.values(fonts).flatMap((variants) => Object.values(variants));
  pdfmake.setLocalAccessPolicy((path) => fontFiles.includes(path));
  return pdfmake
    .createPdf({
      content: paragraphs.map(
        (text, index): Content =>
          options.pagePerParagraph && index > 0 ? { text, pageBreak: 'before' } : { text },
      ),
      defaultStyle: { font: options.font ?? 'Roboto' },
    })
    .getBuffer();
}

/** A multipart/form-data body with text fields and one file part, for `app.inject`. */
export function multipartForm(
  fields: Record<string, string>,
  file?: { name: string; content: Buffer; field?: string },
): { payload: Buffer; headers: { 'content-type': string } } {
  const boundary = `----wegwijs${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = Object.entries(fields).map(([name, value]) =>
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
  );
  if (file) {
    const head = `--${boundary}\r\nContent-Disposition: form-data; name="${file.field ?? 'file'}"; filename="${file.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`;
    parts.push(Buffer.from(head), file.content, Buffer.from('\r\n'));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(parts),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}
