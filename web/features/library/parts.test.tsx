import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { LanguageList, SnippetText } from './parts.tsx';

describe('SnippetText', () => {
  it('marks the hits and keeps the rest as text', () => {
    const html = renderToStaticMarkup(
      <SnippetText
        lang="nl"
        snippet={[
          { text: 'Uw kind ', hit: false },
          { text: 'inschrijven', hit: true },
          { text: ' in de school', hit: false },
        ]}
      />,
    );
    expect(html).toBe(
      '<p class="lib-snippet" lang="nl" dir="ltr"><span>Uw kind </span><mark>inschrijven</mark><span> in de school</span></p>',
    );
  });

  it('escapes markup that a document contains', () => {
    const html = renderToStaticMarkup(
      <SnippetText lang="ar" snippet={[{ text: '<img src=x onerror=alert(1)>', hit: true }]} />,
    );
    expect(html).toContain('dir="rtl"');
    expect(html).toContain('<mark>&lt;img src=x onerror=alert(1)&gt;</mark>');
    expect(html).not.toContain('<img');
  });

  it('renders nothing for an empty snippet', () => {
    expect(renderToStaticMarkup(<SnippetText lang="nl" snippet={[]} />)).toBe('');
  });
});

describe('LanguageList', () => {
  it('lists the codes, original first, each named in the reader’s language', () => {
    const html = renderToStaticMarkup(
      <LanguageList label="beschikbaar in 3 talen" codes={['tr', 'ar', 'nl']} locale="nl" />,
    );
    expect(html).toContain('beschikbaar in 3 talen: ');
    const titles = [...html.matchAll(/<abbr title="([^"]+)">([a-z]+)<\/abbr>/g)].map((m) => [m[2], m[1]]);
    expect(titles).toEqual([
      ['nl', 'Nederlands'],
      ['ar', 'Arabisch'],
      ['tr', 'Turks'],
    ]);
  });
});
