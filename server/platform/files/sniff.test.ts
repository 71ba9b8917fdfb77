import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { SAMPLE_PDF, SAMPLE_PNG, sampleExe } from './samples.test-support.ts';
import { sniffMediaType } from './sniff.ts';

const sniff = (bytes: Buffer, chunk = 3) =>
  sniffMediaType(() => {
    // Small chunks, so multi-byte characters are split across them as they are on the wire.
    const parts: Buffer[] = [];
    for (let at = 0; at < bytes.length; at += chunk) parts.push(bytes.subarray(at, at + chunk));
    return Readable.from(parts);
  });

describe('sniffMediaType', () => {
  it('recognises binary formats by their magic bytes', async () => {
    expect(await sniff(SAMPLE_PDF)).toBe('application/pdf');
    expect(await sniff(sampleExe())).toBe('application/x-msdownload');
    expect(await sniff(SAMPLE_PNG)).toBe('image/png');
  });

  it('takes valid UTF-8 without NUL bytes as text/plain, split characters included', async () => {
    expect(await sniff(Buffer.from('Merhaba, здравейте, مرحبا — dag!\n'))).toBe('text/plain');
    expect(await sniff(Buffer.from('\uFEFFmet BOM'))).toBe('text/plain');
  });

  it('refuses text that is not UTF-8 or holds NUL bytes', async () => {
    expect(await sniff(Buffer.from('caf\xe9', 'latin1'))).toBeNull();
    expect(await sniff(Buffer.from('a\0b'))).toBeNull();
  });

  it('does not call markup text/plain', async () => {
    expect(await sniff(Buffer.from('  <!DOCTYPE html><html><script>alert(1)</script>'))).toBe('text/html');
    expect(await sniff(Buffer.from('<script>alert(1)</script>'))).toBe('text/html');
    expect(await sniff(Buffer.from('<svg onload="alert(1)"></svg>'))).toBe('image/svg+xml');
    expect(await sniff(Buffer.from('<?xml version="1.0"?><svg></svg>'))).toBe('application/xml');
    expect(await sniff(Buffer.from('1 < 2 and <b is not a tag'))).toBe('text/plain');
  });
});
