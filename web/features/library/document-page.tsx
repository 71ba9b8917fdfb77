import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import type { LibraryDocument, LibraryTranslation } from '../../../contracts/library.ts';
import { PERMISSIONS } from '../../../contracts/permissions.ts';
import { useMe } from '../../app/session.tsx';
import { PageHeader } from '../../app/shell/page-header.tsx';
import { Button } from '../../components/ui/button.tsx';
import { ErrorState, Skeleton } from '../../components/ui/states.tsx';
import { intlTag } from '../../i18n/locales.ts';
import { ApiError } from '../../lib/api-client.ts';
import { getDocument, libraryKeys } from './api.ts';
import { FactsForm } from './facts-form.tsx';
import { type LibraryT, useLibraryI18n } from './i18n.ts';
import { dirOf, languageName } from './library-format.ts';
import { AddTranslationForm, NewVersionForm } from './translation-forms.tsx';
import './library.css';

function formatDate(value: string | null, tr: LibraryT): string {
  if (!value) return tr.t('doc.none');
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(intlTag(tr.locale), { dateStyle: 'medium' }).format(date);
}

function Facts({ doc, mayManage }: { doc: LibraryDocument; mayManage: boolean }) {
  const tr = useLibraryI18n();
  const { t } = tr;
  const [editing, setEditing] = useState(false);
  const rows: [string, string][] = [
    [t('doc.sector'), tr.maybe(`sector.${doc.sector}`) ?? doc.sector],
    [t('doc.themes'), doc.themes.join(', ') || t('doc.none')],
    [t('doc.type'), tr.maybe(`type.${doc.docType}`) ?? doc.docType],
    [t('doc.visibility'), tr.maybe(`visibility.${doc.visibility}`) ?? doc.visibility],
    [t('doc.status'), tr.maybe(`doc.status.${doc.status}`) ?? doc.status],
    [t('doc.source'), doc.sourceOrganisation?.name ?? t('doc.none')],
    [t('doc.reviewDate'), formatDate(doc.reviewDate, tr)],
    [t('doc.updated'), formatDate(doc.updatedAt, tr)],
  ];
  return (
    <section aria-labelledby="lib-facts">
      <h2 id="lib-facts">{t('doc.facts')}</h2>
      {editing ? <FactsForm document={doc} onDone={() => setEditing(false)} /> : null}
      <dl className="meta-list" hidden={editing}>
        {rows.map(([label, value]) => (
          <div key={label} className="lib-fact">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {mayManage && !editing ? <Button onPress={() => setEditing(true)}>{t('form.editFacts')}</Button> : null}
    </section>
  );
}

function TranslationRow(props: {
  translation: LibraryTranslation;
  mayManage: boolean;
  onNewVersion: (lang: string) => void;
}) {
  const tr = useLibraryI18n();
  const { t } = tr;
  const x = props.translation;
  const name = languageName(x.lang, tr.locale);
  return (
    <tr data-lang={x.lang}>
      <th scope="row" className="table__cell lib-row-head">
        {name} <span className="lib-code">({x.lang})</span>
        {x.isOriginal ? <span className="badge">{t('doc.original')}</span> : null}
      </th>
      <td className="table__cell" lang={x.lang} dir={dirOf(x.lang)}>
        {x.title}
      </td>
      <td className="table__cell">
        {x.current ? t('doc.versionNo', { no: x.current.versionNo }) : t('doc.none')}
      </td>
      <td className="table__cell">{x.downloadCount}</td>
      <td className="table__cell">
        {x.current ? (
          <a href={x.downloadUrl} download aria-label={t('doc.downloadOf', { title: x.title, lang: name })}>
            {t('doc.downloadLink')}
          </a>
        ) : null}
        {x.versions.length > 0 ? (
          <details className="lib-history">
            <summary>{t('doc.history', { count: x.versions.length })}</summary>
            <ol>
              {x.versions.map((v) => (
                <li key={v.id}>
                  {t('doc.historyItem', {
                    no: v.versionNo,
                    date: formatDate(v.createdAt, tr),
                    file: v.fileName,
                    words: v.wordCount,
                  })}
                  {v.note ? ` — ${v.note}` : null}
                </li>
              ))}
            </ol>
          </details>
        ) : null}
        {props.mayManage ? (
          <Button variant="quiet" onPress={() => props.onNewVersion(x.lang)}>
            {t('form.newVersion')}
            <span className="visually-hidden"> ({name})</span>
          </Button>
        ) : null}
      </td>
    </tr>
  );
}

/** One document: its facts, every language with its versions and downloads; editors add more. */
export function DocumentPage() {
  const tr = useLibraryI18n();
  const { t } = tr;
  const { documentId } = useParams({ strict: false });
  const id = documentId ?? '';
  const me = useMe();
  const mayManage = PERMISSIONS['library.manage'].some((role) => me.roles.includes(role));
  const [versionLang, setVersionLang] = useState<string | null>(null);
  const doc = useQuery({ queryKey: libraryKeys.document(id), queryFn: () => getDocument(id) });
  const d = doc.data;
  const original = d?.translations.find((x) => x.isOriginal) ?? d?.translations[0];
  const notFound = doc.error instanceof ApiError && (doc.error.status === 404 || doc.error.status === 403);
  return (
    <>
      <p>
        <Link to="/library" className="back-link">
          <span aria-hidden="true" className="flip-rtl">
            ←
          </span>{' '}
          {t('doc.back')}
        </Link>
      </p>
      <PageHeader title={original?.title ?? t('title.document')}>
        {original?.description ? <p className="page-header__sub">{original.description}</p> : null}
      </PageHeader>
      {doc.isPending ? <Skeleton lines={5} /> : null}
      {notFound ? <p role="alert">{t('doc.notFound')}</p> : null}
      {doc.isError && !notFound ? <ErrorState error={doc.error} onRetry={() => void doc.refetch()} /> : null}
      {d ? (
        <>
          {d.reviewDue ? (
            <p className="notice lib-review">
              <span className="badge badge--held">{t('review.due')}</span>{' '}
              {t('review.dueLong', { date: formatDate(d.reviewDate, tr) })}
            </p>
          ) : null}
          <Facts doc={d} mayManage={mayManage} />
          <section aria-labelledby="lib-translations">
            <h2 id="lib-translations">{t('doc.translations')}</h2>
            <div className="data-table__scroll">
              <table className="table lib-translations">
                <thead>
                  <tr>
                    <th scope="col" className="table__header">
                      {t('doc.language')}
                    </th>
                    <th scope="col" className="table__header">
                      {t('doc.titleCol')}
                    </th>
                    <th scope="col" className="table__header">
                      {t('doc.version')}
                    </th>
                    <th scope="col" className="table__header">
                      {t('doc.downloads')}
                    </th>
                    <th scope="col" className="table__header">
                      {t('doc.file')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {d.translations.map((x) => (
                    <TranslationRow
                      key={x.id}
                      translation={x}
                      mayManage={mayManage}
                      onNewVersion={setVersionLang}
                    />
                  ))}
                </tbody>
              </table>
            </div>
          </section>
          {mayManage && versionLang ? (
            <NewVersionForm key={versionLang} documentId={d.id} lang={versionLang} />
          ) : null}
          {mayManage ? <AddTranslationForm document={d} /> : null}
        </>
      ) : null}
    </>
  );
}
