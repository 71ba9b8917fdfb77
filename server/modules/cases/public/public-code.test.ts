import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashOfTypedCode, newPublicCode } from './public-code.ts';

describe('newPublicCode', () => {
  it('makes a prefixed code of 12 Crockford symbols (60 bits) without I, L, O or U', () => {
    const { code } = newPublicCode('education_question');
    expect(code).toMatch(/^OND-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/u);
    expect(newPublicCode('scholarship').code.startsWith('BRS-')).toBe(true);
    expect(newPublicCode('guidance').code.startsWith('ONT-')).toBe(true);
  });

  it('stores only the SHA-256 of the symbols, never the code', () => {
    const { code, hash } = newPublicCode('guidance');
    const symbols = code.slice(4).replaceAll('-', '');
    expect(hash).toBe(createHash('sha256').update(symbols).digest('hex'));
    expect(hash).not.toContain(symbols);
  });

  it('does not repeat itself and uses the whole alphabet', () => {
    const codes = Array.from({ length: 2_000 }, () => newPublicCode('guidance').code);
    expect(new Set(codes).size).toBe(codes.length);
    const seen = new Set(codes.join('').replace(/^ONT|-|ONT/gu, ''));
    expect(seen.size).toBe(32);
  });
});

describe('hashOfTypedCode', () => {
  it('forgives case, spaces, dashes, the prefix and the look-alikes I, L and O', () => {
    const { code, hash } = newPublicCode('scholarship');
    const symbols = code.slice(4).replaceAll('-', '');
    expect(hashOfTypedCode(code)).toBe(hash);
    expect(hashOfTypedCode(code.toLowerCase())).toBe(hash);
    expect(hashOfTypedCode(symbols.match(/.{4}/gu)?.join(' ') ?? '')).toBe(hash);
    const typed = symbols.replaceAll('1', 'l').replaceAll('0', 'O');
    expect(hashOfTypedCode(`brs ${typed}`)).toBe(hash);
  });

  it('answers null for what cannot be a code', () => {
    expect(hashOfTypedCode('OND-7K3M-9PQ2')).toBeNull(); // too short
    expect(hashOfTypedCode('OND-7K3M-9PQ2-X4ZU')).toBeNull(); // U is not a symbol
    expect(hashOfTypedCode('XYZ-7K3M-9PQ2-X4ZD')).toBeNull(); // unknown prefix: 15 symbols
    expect(hashOfTypedCode('')).toBeNull();
  });
});
