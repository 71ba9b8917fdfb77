import { type FormEvent, useState } from 'react';
import type { LibrarySearchHit } from '../../../contracts/library.ts';
import { autonym, dirOf, snippetParts } from '../../features/library/library-format.ts';
import { PageHeading } from '../page-heading.tsx';
import { PortalLink } from '../portal-router.tsx';
import { usePortalI18n } from '../use-portal.ts';
import { LibraryDocumentView } from './document-view.tsx';
import { type LibraryT, useLibraryT } from './i18n.ts';
import { getPublicDocument, publicFileUrl, searchPublic } from './library-api.ts';
import { useLoad } from './use-load.ts';
import './library.css';

function initialQuery(): string {
  return new URLSearchParams(window.location.search).get('q') ?? '';
}

function Hit({ hit, t }: { hit: LibrarySearchHit; t: LibraryT['t'] }) {
  const parts = snippetParts(hit.snippet);
  return (
    <li className="library-hit">
      <h2 className="library-hit__title" lang={hit.lang} dir={dirOf(hit.lang)}>
        <PortalLink href={`/library/${hit.id}`}>{hit.title}</PortalLink>
      </h2>
      {parts.length > 0 ? (
        <p className="library-hit__snippet" lang={hit.lang} dir={dirOf(hit.lang)}>
          {parts.map((part, i) =>
            // Snippet parts never move: their order is their identity.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            part.hit ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
          )}
        </p>
      ) : null}
      <p className="library-hit__languages">
        {t('available', { count: hit.languages.length })}:{' '}
        {hit.languages.map((code, i) => (
          <span key={code}>
            <span lang={code}>{autonym(code)}</span>
            {i < hit.languages.length - 1 ? ', ' : null}
          </span>
        ))}
      </p>
      <p>
        <a href={hit.downloadUrl || publicFileUrl(hit.id, hit.lang)} download>
          {t('download')}
          <span className="visually-hidden"> {hit.title}</span>
        </a>
      </p>
    </li>
  );
}

function SearchView() {
  const { locale } = usePortalI18n();
  const { t } = useLibraryT();
  const [text, setText] = useState(initialQuery);
  const [q, setQ] = useState(initialQuery);
  // The visitor searches, and reads titles, in the portal's language: switching it searches again.
  const result = useLoad(`${locale}\n${q}`, (signal) => searchPublic(q, locale, signal));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = text.trim();
    setQ(next);
    const url = new URL(window.location.href);
    if (next) url.searchParams.set('q', next);
    else url.searchParams.delete('q');
    window.history.replaceState(null, '', url);
  };
  return (
    <>
      <PageHeading title={t('title')} />
      <p className="lead">{t('intro')}</p>
      <search>
        <form className="library-search" onSubmit={submit}>
          <label htmlFor="library-q">{t('searchLabel')}</label>
          <div className="library-search__row">
            <input
              id="library-q"
              name="q"
              type="search"
              value={text}
              onChange={(event) => setText(event.target.value)}
            />
            <button type="submit">{t('submit')}</button>
          </div>
        </form>
      </search>
      <div aria-live="polite" className="library-status">
        {result.kind === 'loading' ? <p>{t('loading')}</p> : null}
        {result.kind === 'error' ? <p role="alert">{t('failed')}</p> : null}
        {result.kind === 'done' ? <p>{t('total', { count: result.data.total })}</p> : null}
      </div>
      {result.kind === 'done' && result.data.items.length === 0 && q ? <p>{t('empty')}</p> : null}
      {result.kind === 'done' && result.data.items.length > 0 ? (
        <ul className="library-hits">
          {result.data.items.map((hit) => (
            <Hit key={hit.id} hit={hit} t={t} />
          ))}
        </ul>
      ) : null}
    </>
  );
}

function DocumentPageView({ id }: { id: string }) {
  const translator = useLibraryT();
  const { locale } = usePortalI18n();
  const doc = useLoad(id, (signal) => getPublicDocument(id, signal));
  return <LibraryDocumentView id={id} load={doc} locale={locale} translator={translator} />;
}

/** The portal's translation library: `/library` searches, `/library/<id>` shows one document. */
export default function LibraryPage({ id }: { id?: string }) {
  return id ? <DocumentPageView id={id} /> : <SearchView />;
}
