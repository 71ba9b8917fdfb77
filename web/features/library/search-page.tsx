import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import type { LibrarySearchHit, LibrarySearchResult } from '../../../contracts/library.ts';
import { PERMISSIONS } from '../../../contracts/permissions.ts';
import { useMe } from '../../app/session.tsx';
import { PageHeader } from '../../app/shell/page-header.tsx';
import { Button } from '../../components/ui/button.tsx';
import { ErrorState, Skeleton } from '../../components/ui/states.tsx';
import { libraryKeys, type SearchQuery, searchDocuments } from './api.ts';
import { type LibraryT, useLibraryI18n } from './i18n.ts';
import { dirOf, languageName, sortLanguages } from './library-format.ts';
import { LanguageList, SelectField, SnippetText } from './parts.tsx';
import './library.css';

type Filters = { lang?: string; sector?: string; theme?: string; type?: string };
type FacetName = keyof LibrarySearchResult['facets'];
const FACET_PARAM: Record<FacetName, keyof Filters> = {
  language: 'lang',
  sector: 'sector',
  theme: 'theme',
  type: 'type',
};
const PAGE = 20;

function facetLabel(name: FacetName, value: string, tr: LibraryT): string {
  if (name === 'language') return languageName(value, tr.locale);
  if (name === 'sector') return tr.maybe(`sector.${value}`) ?? value;
  if (name === 'type') return tr.maybe(`type.${value}`) ?? value;
  return value;
}

/** One facet as toggle buttons with counts: pressing one filters, pressing it again clears it. */
function Facet(props: {
  name: FacetName;
  result: LibrarySearchResult;
  filters: Filters;
  onToggle: (param: keyof Filters, value: string) => void;
}) {
  const tr = useLibraryI18n();
  const values = props.result.facets[props.name];
  const param = FACET_PARAM[props.name];
  if (values.length === 0) return null;
  return (
    <fieldset className="lib-facet">
      <legend>{tr.t(`facet.${props.name}`)}</legend>
      <ul>
        {values.map(({ value, count }) => (
          <li key={value}>
            <button
              type="button"
              className="lib-facet__option"
              aria-pressed={props.filters[param] === value}
              onClick={() => props.onToggle(param, value)}
            >
              {tr.t('facet.option', { label: facetLabel(props.name, value, tr), count })}
            </button>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

function HitCard({ hit }: { hit: LibrarySearchHit & { reviewDue?: boolean } }) {
  const tr = useLibraryI18n();
  const { t } = tr;
  return (
    <li className="lib-card">
      <h2 className="lib-card__title" lang={hit.lang} dir={dirOf(hit.lang)}>
        <Link to="/library/$documentId" params={{ documentId: hit.id }}>
          {hit.title}
        </Link>
      </h2>
      <p className="lib-card__badges">
        <span className="badge">{tr.maybe(`sector.${hit.sector}`) ?? hit.sector}</span>{' '}
        <span className="badge">{tr.maybe(`type.${hit.docType}`) ?? hit.docType}</span>{' '}
        {hit.reviewDue ? <span className="badge badge--held">{t('review.due')}</span> : null}
      </p>
      <SnippetText snippet={hit.snippet} lang={hit.lang} />
      <LanguageList
        label={t('search.available', { count: hit.languages.length })}
        codes={hit.languages}
        locale={tr.locale}
      />
      <p>
        <a href={hit.downloadUrl} download>
          {t('search.download', { lang: languageName(hit.lang, tr.locale) })}
        </a>
      </p>
    </li>
  );
}

/** Search the library: words, a language, facet filters; each hit links to its document page. */
export function SearchPage() {
  const tr = useLibraryI18n();
  const { t } = tr;
  const me = useMe();
  const mayManage = PERMISSIONS['library.manage'].some((role) => me.roles.includes(role));
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  const [filters, setFilters] = useState<Filters>({});
  const [limit, setLimit] = useState(PAGE);
  const query: SearchQuery = { q: q || undefined, ...filters, limit } as SearchQuery;
  const result = useQuery({
    queryKey: libraryKeys.search(query),
    queryFn: () => searchDocuments(query),
    placeholderData: keepPreviousData,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setQ(text.trim());
    setLimit(PAGE);
  };
  const setFilter = (param: keyof Filters, value: string) => {
    setFilters((current) => ({ ...current, [param]: value || undefined }));
    setLimit(PAGE);
  };
  const toggle = (param: keyof Filters, value: string) =>
    setFilter(param, filters[param] === value ? '' : value);
  const languages = sortLanguages(
    [...(result.data?.facets.language.map((f) => f.value) ?? []), ...(filters.lang ? [filters.lang] : [])],
    tr.locale,
  );
  const data = result.data;
  return (
    <>
      <PageHeader
        title={t('title.search')}
        actions={
          mayManage ? (
            <Link to="/library-upload" className="btn btn--primary">
              {t('search.add')}
            </Link>
          ) : null
        }
      />
      <search>
        <form className="filters" onSubmit={submit}>
          <div className="field">
            <label className="field__label" htmlFor="lib-q">
              {t('search.label')}
            </label>
            <input
              id="lib-q"
              name="q"
              type="search"
              className="field__input"
              value={text}
              onChange={(e) => setText(e.target.value)}
            />
          </div>
          <SelectField
            label={t('search.lang')}
            name="lang"
            value={filters.lang ?? ''}
            onChange={(value) => setFilter('lang', value)}
            placeholder={t('search.allLanguages')}
            options={languages.map((code) => ({ value: code, label: languageName(code, tr.locale) }))}
          />
          <div className="filters__actions">
            <Button type="submit" variant="primary">
              {t('search.submit')}
            </Button>
          </div>
        </form>
      </search>
      <div className="lib-layout">
        {data ? (
          <aside className="lib-facets" aria-label={t('search.filters')}>
            {(['language', 'sector', 'theme', 'type'] as const).map((name) => (
              <Facet key={name} name={name} result={data} filters={filters} onToggle={toggle} />
            ))}
            {Object.values(filters).some(Boolean) ? (
              <Button variant="quiet" onPress={() => setFilters({})}>
                {t('search.clearFilters')}
              </Button>
            ) : null}
          </aside>
        ) : null}
        <div className="lib-results" aria-busy={result.isFetching}>
          {result.isError ? <ErrorState error={result.error} onRetry={() => void result.refetch()} /> : null}
          {!data && result.isPending ? <Skeleton lines={4} /> : null}
          {data ? (
            <>
              <p id="lib-total" className="lib-total" aria-live="polite">
                {t('search.total', { count: data.total })}
              </p>
              {data.items.length === 0 ? <p>{t('search.empty')}</p> : null}
              <ul className="lib-cards">
                {data.items.map((hit) => (
                  <HitCard key={`${hit.id}-${hit.lang}`} hit={hit} />
                ))}
              </ul>
              {data.items.length < data.total && limit < 100 ? (
                <Button onPress={() => setLimit((n) => Math.min(100, n + PAGE))}>{t('search.more')}</Button>
              ) : null}
            </>
          ) : null}
        </div>
      </div>
    </>
  );
}
