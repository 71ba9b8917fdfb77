import { PERMISSIONS } from '../../../contracts/permissions.ts';
import { useMe } from '../../app/session.tsx';
import { PageHeader } from '../../app/shell/page-header.tsx';
import { useBillingI18n } from './i18n.ts';
import { TranslationList } from './translation-list.tsx';
import { TranslationOfferPanel } from './translation-offer-panel.tsx';
import { TranslationOrder } from './translation-order.tsx';
import { TranslatorWork } from './translator-work.tsx';
import './billing.css';

const holds = (roles: readonly string[], permission: keyof typeof PERMISSIONS) =>
  roles.some((role) => PERMISSIONS[permission].some((x) => x === role));

/**
 * Written translations. A requester orders and follows hers; dispatch offers accepted jobs to
 * translators; a translator answers offers and delivers. One page, sections by role.
 */
export function TranslationsPage() {
  const { t } = useBillingI18n();
  const { roles } = useMe();
  const dispatches = holds(roles, 'interpreting.dispatch');
  const requests = holds(roles, 'interpreting.request') && !dispatches;
  const translates = holds(roles, 'interpreting.work');
  return (
    <>
      <PageHeader title={t('title.translations')} />
      {requests ? <TranslationOrder /> : null}
      {translates ? <TranslatorWork /> : null}
      {dispatches ? <TranslationOfferPanel /> : null}
      {requests || dispatches ? <TranslationList title={t('translations.list')} /> : null}
    </>
  );
}
