import { describe, expect, it } from 'vitest';
import { CODE_PATTERN, codeQrSvg, newRegistrationCode, normaliseCode } from './registration-code.ts';

describe('registration codes', () => {
  it('are OF-XXXX-XXXX without 0, O, 1 or I, and differ', () => {
    const codes = Array.from({ length: 200 }, newRegistrationCode);
    for (const code of codes) {
      expect(code).toMatch(CODE_PATTERN);
      expect(code.slice(3)).not.toMatch(/[01OI]/u);
    }
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('read back typed in lower case, without dashes or prefix', () => {
    expect(normaliseCode('of-abcd-2345')).toBe('OF-ABCD-2345');
    expect(normaliseCode('ABCD2345')).toBe('OF-ABCD-2345');
    expect(normaliseCode('OF-ABC0-2345')).toBeNull();
    expect(normaliseCode('OF-ABCD-234')).toBeNull();
  });

  it('draw a QR code as SVG', async () => {
    const svg = await codeQrSvg('OF-ABCD-2345');
    expect(svg).toMatch(/^<svg[^>]+xmlns="http:\/\/www\.w3\.org\/2000\/svg"/u);
    expect(svg).not.toBe(await codeQrSvg('OF-ABCD-2346'));
  });
});
