import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import type { Edition } from '../../../contracts/offerfeest.ts';
import { hasPermission } from '../../../contracts/permissions.ts';
import { useMe } from '../../app/session.tsx';
import { PageHeader } from '../../app/shell/page-header.tsx';
import { Button } from '../../components/ui/button.tsx';
import { DateTime } from '../../components/ui/date-time.tsx';
import { Dialog } from '../../components/ui/dialog.tsx';
import { EmptyState, ErrorState, Skeleton } from '../../components/ui/states.tsx';
import { LOCALE_NAMES } from '../../i18n/locales.ts';
import { EditionForm } from './edition-form.tsx';
import { useOfferfeestI18n } from './i18n.ts';
import { InfoSection } from './info-section.tsx';
import { SitesSection } from './sites-section.tsx';
import { SlotsSection } from './slots-section.tsx';
import { useEditionOfPage } from './use-edition.ts';

function Facts({ edition }: { edition: Edition }) {
  const { t } = useOfferfeestI18n();
  const period = (start: string | null, end: string | null) => (
    <>
      <DateTime value={start} style="date" /> – <DateTime value={end} style="date" />
    </>
  );
  return (
    <dl className="meta-list" aria-label={t('edition.facts')}>
      <dt>{t('col.feast')}</dt>
      <dd>{period(edition.feastStart, edition.feastEnd)}</dd>
      <dt>{t('col.blocking')}</dt>
      <dd>{period(edition.blockingStart, edition.blockingEnd)}</dd>
      <dt>{t('col.regime')}</dt>
      <dd>{t(`regime.${edition.regime}`)}</dd>
      <dt>{t('edition.languages')}</dt>
      <dd>{edition.languages.map((l) => LOCALE_NAMES[l]).join(', ')}</dd>
      <dt>{t('edition.registration')}</dt>
      <dd>{period(edition.registrationOpensAt, edition.registrationClosesAt)}</dd>
      <dt>{t('edition.reimbursement')}</dt>
      <dd>{t('money', { amount: edition.reimbursementCents / 100 })}</dd>
    </dl>
  );
}

function Links({ edition }: { edition: Edition }) {
  const { t } = useOfferfeestI18n();
  const params = { editionId: edition.id };
  return (
    <nav aria-label={t('title.edition', { year: edition.year })} className="button-row">
      <Link to="/offerfeest/$editionId/registrations" params={params}>
        {t('edition.registrations')}
      </Link>
      <Link to="/offerfeest/$editionId/claims" params={params}>
        {t('edition.claims')}
      </Link>
      <Link to="/offerfeest/check-in">{t('edition.checkIn')}</Link>
    </nav>
  );
}

/** One edition: its dates and languages, the portal's texts, the sites and the slots. */
export function EditionPage() {
  const { t } = useOfferfeestI18n();
  const me = useMe();
  const [editing, setEditing] = useState(false);
  const { edition, isLoading, error } = useEditionOfPage();
  if (isLoading) return <Skeleton lines={6} />;
  if (error) return <ErrorState error={error} />;
  if (!edition) return <EmptyState title={t('editions.empty')} />;
  return (
    <>
      <PageHeader
        title={t('title.edition', { year: edition.year })}
        actions={<Button onPress={() => setEditing(true)}>{t('edition.edit')}</Button>}
      />
      {hasPermission(me.roles, 'offerfeest.manage') ? <Links edition={edition} /> : <p>{t('noAccess')}</p>}
      <Facts edition={edition} />
      <InfoSection key={edition.id} edition={edition} />
      <SitesSection edition={edition} />
      {edition.regime === 'slots' ? <SlotsSection edition={edition} /> : null}
      <Dialog title={t('edition.edit')} isOpen={editing} onOpenChange={setEditing} size="lg">
        <EditionForm edition={edition} onDone={() => setEditing(false)} />
      </Dialog>
    </>
  );
}
