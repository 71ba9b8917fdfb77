import { describe, expect, it } from 'vitest';
import { ALL_SEARCH_CONFIGS, searchConfigFor } from './library-search-config.ts';
import { HIT_STOP as E, HIT_START as S, snippetParts } from './library-search-snippet.ts';

describe('snippetParts', () => {
  it('cuts a headline into plain and hit parts without interpreting markup', () => {
    expect(snippetParts(`Kom naar de ${S}school${E} <b>nu</b> en ${S}school${E}`)).toEqual([
      { text: 'Kom naar de ', hit: false },
      { text: 'school', hit: true },
      { text: ' <b>nu</b> en ', hit: false },
      { text: 'school', hit: true },
    ]);
  });

  it('joins adjacent hits and drops stray sentinels', () => {
    expect(snippetParts(`${S}centraal${E}${S}aanmeldpunt${E} open`)).toEqual([
      { text: 'centraalaanmeldpunt', hit: true },
      { text: ' open', hit: false },
    ]);
    expect(snippetParts(`afgebroken ${S}zin`)).toEqual([{ text: 'afgebroken zin', hit: false }]);
    expect(snippetParts('')).toEqual([]);
  });
});

describe('searchConfigFor', () => {
  it("uses the language's own configuration, else simple", () => {
    expect(searchConfigFor('nl')).toBe('dutch');
    expect(searchConfigFor('AR')).toBe('arabic');
    expect(searchConfigFor('tr')).toBe('turkish');
    for (const lang of ['fa', 'prs', 'ps', 'ti', 'so', 'am', 'uk', 'bg', 'pl', 'zh', 'toString']) {
      expect(searchConfigFor(lang)).toBe('simple');
    }
    expect(new Set(ALL_SEARCH_CONFIGS).size).toBe(ALL_SEARCH_CONFIGS.length);
    expect(ALL_SEARCH_CONFIGS).toContain('simple');
  });
});
