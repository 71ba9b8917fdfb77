import { describe, expect, it } from 'vitest';
import { cleanFileName } from './files.service.ts';

describe('cleanFileName', () => {
  it('keeps the last path segment without control characters', () => {
    expect(cleanFileName('../../etc/passwd')).toBe('passwd');
    expect(cleanFileName('C:\\Users\\ayse\\brief.pdf')).toBe('brief.pdf');
    expect(cleanFileName('verslag\r\nSet-Cookie: x.txt')).toBe('verslagSet-Cookie: x.txt');
    expect(cleanFileName('  ')).toBe('file');
    expect(cleanFileName('şarkı.txt')).toBe('şarkı.txt');
    expect(cleanFileName('a'.repeat(400))).toHaveLength(255);
  });
});
