/**
 * CSV as Belgian Excel opens it by double-click: RFC 4180 quoting and CRLF line ends, but a
 * semicolon as separator (the list separator of nl-BE and fr-BE; a comma is the decimal mark) and a
 * UTF-8 byte-order mark so that accents and "€" survive.
 */
export const CSV_SEPARATOR = ';';
const BOM = '\uFEFF';

function field(value: string): string {
  return /[;"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function toCsv(rows: readonly (readonly string[])[]): Buffer {
  const text = rows.map((row) => row.map(field).join(CSV_SEPARATOR)).join('\r\n');
  return Buffer.from(`${BOM}${text}\r\n`, 'utf8');
}

/** Reads such a CSV back (BOM, quotes, doubled quotes, separators and line breaks inside quotes). */
export function parseCsv(input: string): string[][] {
  const text = input.startsWith(BOM) ? input.slice(1) : input;
  const rows: string[][] = [];
  let row: string[] = [];
  let value = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        value += '"';
        i++;
      } else if (c === '"') quoted = false;
      else value += c;
    } else if (c === '"') quoted = true;
    else if (c === CSV_SEPARATOR) {
      row.push(value);
      value = '';
    } else if (c === '\n' || (c === '\r' && text[i + 1] === '\n')) {
      if (c === '\r') i++;
      row.push(value);
      rows.push(row);
      row = [];
      value = '';
    } else value += c;
  }
  if (value !== '' || row.length > 0) rows.push([...row, value]);
  return rows;
}
