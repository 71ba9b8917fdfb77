import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from './csv.ts';

describe('csv', () => {
  it('quotes what needs it, starts with a BOM, ends lines with CRLF and reads back', () => {
    const rows = [
      ['Omschrijving', 'Bedrag'],
      ['Tolken; ter "plaatse"', '56,00'],
      ['twee\nregels', '€ 1,00'],
    ];
    const text = toCsv(rows).toString('utf8');
    expect(text.startsWith('\uFEFFOmschrijving;Bedrag\r\n')).toBe(true);
    expect(text).toContain('"Tolken; ter ""plaatse"""');
    expect(parseCsv(text)).toEqual(rows);
  });
});
