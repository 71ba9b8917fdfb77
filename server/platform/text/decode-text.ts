/**
 * Plain-text files come in whatever encoding the writer's editor used: UTF-8 (with or without a
 * byte-order mark), UTF-16 from Windows tools, or an old Windows-1252 file from a Belgian office.
 * A wrong guess would garble é, ë and every non-Latin script, so the order below matters.
 */
export function decodeText(bytes: Uint8Array): string {
  const bom = byteOrderMark(bytes);
  if (bom) return new TextDecoder(bom.encoding).decode(bytes.subarray(bom.length));
  const utf16 = guessUtf16WithoutBom(bytes);
  if (utf16) return new TextDecoder(utf16).decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not valid UTF-8: the one legacy encoding that is likely here, and that decodes any byte.
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

type Bom = { encoding: 'utf-8' | 'utf-16le' | 'utf-16be'; length: number };

function byteOrderMark(bytes: Uint8Array): Bom | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/**
 * UTF-16 without a BOM: text in a Latin script then has a NUL in every other byte. Counted over
 * the first 4 KiB; a third of the odd (or even) bytes being NUL never happens in UTF-8 text.
 */
function guessUtf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = bytes.subarray(0, 4096);
  if (sample.length < 4 || sample.length % 2 !== 0) return null;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) evenNuls++;
    if (sample[i + 1] === 0) oddNuls++;
  }
  const pairs = sample.length / 2;
  if (oddNuls > pairs / 3 && evenNuls === 0) return 'utf-16le';
  if (evenNuls > pairs / 3 && oddNuls === 0) return 'utf-16be';
  return null;
}

/**
 * One shape for every format: NFC (so "é" typed as e + accent matches "é" later in the library),
 * LF line ends, no trailing blanks on a line, at most one empty line in a row.
 */
export function normaliseText(text: string): string {
  return (
    text
      .normalize('NFC')
      .replace(/\r\n?|\u2028|\u2029/g, '\n')
      // Glyphs a PDF cannot map back to text come out as NUL; no control character is text.
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
      .replace(/[ \t\u00a0]+$/gm, '')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
  );
}
