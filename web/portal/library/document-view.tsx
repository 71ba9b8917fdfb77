import type { PublicLibraryDocument } from '../../../contracts/library-public.ts';
import { autonym, dirOf } from '../../features/library/library-format.ts';
import { PageHeading } from '../page-heading.tsx';
import { PortalLink } from '../portal-router.tsx';
import type { LibraryT } from './i18n.ts';
import { publicFileUrl } from './library-api.ts';
import type { Load } from './use-load.ts';

function BackLink({ t }: { t: LibraryT['t'] }) {
  return (
    <p>
      <PortalLink href="/library" className="back-link">
        <span aria-hidden="true" className="flip-rtl">
          ←
        </span>{' '}
        {t('back')}
      </PortalLink>
    </p>
  );
}

/**
 * One public document: its title and description in the visitor's language when it has one (else
 * the Dutch original), and every language it is available in, each with its download.
 */
export function LibraryDocumentView(props: {
  id: string;
  load: Load<PublicLibraryDocument>;
  locale: string;
  translator: LibraryT;
}) {
  const { t } = props.translator;
  const { load } = props;
  if (load.kind !== 'done') {
    return (
      <>
        <BackLink t={t} />
        <PageHeading title={t('title')} />
        {load.kind === 'error' ? (
          <p role="alert">{load.status === 404 ? t('notFound') : t('failed')}</p>
        ) : (
          <p aria-live="polite">{t('loading')}</p>
        )}
      </>
    );
  }
  const doc = load.data;
  const shown =
    doc.translations.find((x) => x.lang === props.locale) ??
    doc.translations.find((x) => x.isOriginal) ??
    doc.translations[0];
  const title = shown?.title ?? t('title');
  return (
    <>
      <BackLink t={t} />
      <div lang={shown?.lang} dir={shown ? dirOf(shown.lang) : undefined}>
        <PageHeading title={title} />
        {shown?.description ? <p className="lead">{shown.description}</p> : null}
      </div>
      <section aria-labelledby="library-languages">
        <h2 id="library-languages">{t('languages')}</h2>
        <ul className="library-languages">
          {doc.translations.map((x) => (
            <li key={x.lang} className={x.lang === props.locale ? 'library-languages--current' : undefined}>
              <span className="library-languages__name" lang={x.lang}>
                {autonym(x.lang)}
              </span>
              {x.isOriginal ? <span className="library-languages__original"> ({t('original')})</span> : null}
              <span className="library-languages__title" lang={x.lang} dir={dirOf(x.lang)}>
                {x.title}
              </span>
              {x.downloadUrl !== null ? (
                <a href={x.downloadUrl || publicFileUrl(props.id, x.lang)} download hrefLang={x.lang}>
                  {t('download')}
                  <span className="visually-hidden">
                    {' '}
                    {x.title} ({autonym(x.lang)})
                  </span>
                </a>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
