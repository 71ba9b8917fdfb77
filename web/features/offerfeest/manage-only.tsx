import type { ReactNode } from 'react';
import { hasPermission } from '../../../contracts/permissions.ts';
import { useMe } from '../../app/session.tsx';
import { PageHeader } from '../../app/shell/page-header.tsx';
import { EmptyState } from '../../components/ui/states.tsx';
import { useOfferfeestI18n } from './i18n.ts';

/**
 * Registrations and claims reveal religion (GDPR art. 9): only `offerfeest.manage` sees them. Admins
 * configure editions but meet this notice here; the server refuses them too.
 */
export function ManageOnly({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useOfferfeestI18n();
  const me = useMe();
  if (hasPermission(me.roles, 'offerfeest.manage')) return children;
  return (
    <>
      <PageHeader title={title} />
      <EmptyState title={t('noAccess')} />
    </>
  );
}
