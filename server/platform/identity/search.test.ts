import { describe, expect, it } from 'vitest';
import { foldText, likePattern } from './search.ts';

describe('name folding and patterns', () => {
  it('folds case and accents of the languages the agency hears', () => {
    expect(foldText('Yılmaz')).toBe('yilmaz');
    expect(foldText('  Gökçe   ŞAHİN ')).toBe('gokce sahin');
    expect(foldText('Dvořák Łukasz')).toBe('dvorak lukasz');
    expect(foldText('Ștefan Ţăran')).toBe('stefan taran');
    expect(foldText('Straße Ørsted')).toBe('strasse orsted');
    expect(foldText('Иван')).toBe('иван');
    expect(foldText('محمد')).toBe('محمد');
  });

  it('escapes LIKE wildcards so they match literally', () => {
    expect(likePattern('50%_a\\b')).toBe('%50\\%\\_a\\\\b%');
  });
});
