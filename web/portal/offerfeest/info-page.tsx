import type { PortalLocale } from '../../i18n/locales.ts';
import { PageHeading } from '../page-heading.tsx';
import { PortalLink } from '../portal-router.tsx';
import type { Edition } from './api.ts';
import { formatDate, formatEuro } from './format.ts';
import { type OfferfeestT, useOfferfeestT } from './i18n.ts';
import { type EditionLoad, useEdition } from './use-edition.ts';

/** The edition's own text in the visitor's language, else Dutch, else any it has (marked with its lang). */
export function pickInfo(
  info: Edition['info'],
  locale: PortalLocale,
): { lang: PortalLocale; title: string; body: string } | null {
  const order: PortalLocale[] = [locale, 'nl', 'en', 'fr', 'ar', 'tr', 'bg'];
  for (const lang of order) {
    const text = info[lang];
    if (text && (text.title.trim() || text.body.trim())) return { lang, ...text };
  }
  return null;
}

function Facts({ edition, t, locale }: { edition: Edition; t: OfferfeestT; locale: PortalLocale }) {
  const day = (value: string) => formatDate(value, locale);
  return (
    <>
      <p>{t('feast', { start: day(edition.feastStart), end: day(edition.feastEnd) })}</p>
      <section aria-labelledby="of-blocking" className="of-box">
        <h2 id="of-blocking">{t('blockingTitle')}</h2>
        <p>{t('blocking', { start: day(edition.blockingStart), end: day(edition.blockingEnd) })}</p>
      </section>
      <h2>{t('optionsTitle')}</h2>
      <ul>
        <li>{t('optionSlaughterhouse')}</li>
        <li>{t('optionDonate')}</li>
        <li>{t('optionButcher')}</li>
      </ul>
      {edition.sites.length > 0 ? (
        <>
          <h2>{t('sitesTitle')}</h2>
          <ul className="of-sites">
            {edition.sites.map((site) => (
              <li key={site.id}>
                <strong>{site.name}</strong>, {site.address}.{' '}
                {t('siteStunning', { method: site.stunningMethod })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}

function Action({ edition, t, locale }: { edition: Edition; t: OfferfeestT; locale: PortalLocale }) {
  if (edition.regime === 'reimbursement') {
    return (
      <>
        {edition.reimbursementCents > 0 ? (
          <p>{t('reimbursement', { amount: formatEuro(edition.reimbursementCents, locale) })}</p>
        ) : null}
        <p className="of-actions">
          <PortalLink href="/offerfeest/claim" className="case-button case-button--link">
            {t('actionClaim')}
          </PortalLink>
          <PortalLink href="/offerfeest/claim-status">{t('followClaim')}</PortalLink>
        </p>
      </>
    );
  }
  const opens = edition.registrationOpensAt;
  const closes = edition.registrationClosesAt;
  return (
    <>
      {opens && closes ? (
        <p>
          {t('registrationWindow', { start: formatDate(opens, locale), end: formatDate(closes, locale) })}
        </p>
      ) : null}
      <p className="of-actions">
        <PortalLink href="/offerfeest/register" className="case-button case-button--link">
          {t('actionRegister')}
        </PortalLink>
        <PortalLink href="/offerfeest/status">{t('followRegistration')}</PortalLink>
      </p>
    </>
  );
}

function InfoBody({ load, t, locale }: { load: EditionLoad; t: OfferfeestT; locale: PortalLocale }) {
  if (load.kind === 'loading') return <p aria-busy="true">{t('loading')}</p>;
  if (load.kind === 'error')
    return (
      <p role="alert" className="case-alert">
        {t('failed')}
      </p>
    );
  if (load.kind === 'none') return <p>{t('infoNone')}</p>;
  const { edition } = load;
  const info = pickInfo(edition.info, locale);
  return (
    <>
      {info && info.lang !== locale ? <p className="case-field__hint">{t('infoOtherLanguage')}</p> : null}
      {info ? (
        <div lang={info.lang} dir={info.lang === 'ar' ? 'rtl' : 'ltr'} className="of-info">
          {info.title ? <p className="lead">{info.title}</p> : null}
          {info.body.split(/\n{2,}/u).map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
        </div>
      ) : null}
      <Facts edition={edition} t={t} locale={locale} />
      <Action edition={edition} t={t} locale={locale} />
    </>
  );
}

/** `/offerfeest`: the current edition in the visitor's language and what she can do. */
export function InfoPage() {
  const { t, locale } = useOfferfeestT();
  const load = useEdition();
  const year = load.kind === 'done' ? load.edition.year : new Date().getFullYear();
  return (
    <>
      <PageHeading title={t('infoTitle', { year })} />
      <InfoBody load={load} t={t} locale={locale} />
    </>
  );
}
