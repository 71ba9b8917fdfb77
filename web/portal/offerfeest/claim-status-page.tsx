import type { PortalLocale } from '../../i18n/locales.ts';
import { useLoad } from '../library/use-load.ts';
import { PageHeading } from '../page-heading.tsx';
import { getClaim } from './api.ts';
import { CodeForm, loadNotice } from './code-form.tsx';
import { formatDate, formatEuro } from './format.ts';
import { type OfferfeestT, useOfferfeestT } from './i18n.ts';

function ClaimOfCode({ code, t, locale }: { code: string; t: OfferfeestT; locale: PortalLocale }) {
  const load = useLoad(code, (signal) => getClaim(code, signal));
  if (load.kind !== 'done') return loadNotice(load, t);
  const claim = load.data;
  return (
    <dl className="case-status" aria-live="polite">
      <div>
        <dt>{t('stStatus')}</dt>
        <dd className="case-status__label">{t(`claim_${claim.status}`)}</dd>
      </div>
      {claim.reference ? (
        <div>
          <dt>{t('csReference')}</dt>
          <dd>
            <span dir="ltr">{claim.reference}</span>
          </dd>
        </div>
      ) : null}
      {typeof claim.approvedCents === 'number' ? (
        <div>
          <dt>{t('claim_approved')}</dt>
          <dd>{t('csApproved', { amount: formatEuro(claim.approvedCents, locale) })}</dd>
        </div>
      ) : null}
      {claim.paidAt ? (
        <div>
          <dt>{t('claim_paid')}</dt>
          <dd>{formatDate(claim.paidAt, locale)}</dd>
        </div>
      ) : null}
      {claim.status === 'rejected' ? <p>{t('csRejected')}</p> : null}
    </dl>
  );
}

/** `/offerfeest/claim-status[/<code>]`: where a reimbursement claim stands. */
export function ClaimStatusPage({ code }: { code?: string }) {
  const { t, locale } = useOfferfeestT();
  return (
    <>
      <PageHeading title={t('csTitle')} />
      {code ? <ClaimOfCode code={code} t={t} locale={locale} /> : <p className="lead">{t('csIntro')}</p>}
      <CodeForm key={code} base="/offerfeest/claim-status" t={t} />
    </>
  );
}
