import { Link } from '@tanstack/react-router';
import { PageHeader } from '../../app/shell/page-header.tsx';
import { useInterpretingI18n } from './i18n.ts';
import { InviteColleague } from './invite-colleague.tsx';
import { RequestTable } from './request-table.tsx';
import './interpreting.css';

/** A requester's requests (the server scopes them to her organisation), the next ones first. */
export function MyRequestsPage() {
  const { t } = useInterpretingI18n();
  return (
    <>
      <PageHeader
        title={t('title.myRequests')}
        actions={
          <Link to="/interpreting/book" className="btn btn--primary">
            {t('list.new')}
          </Link>
        }
      />
      <RequestTable label={t('title.myRequests')} query={{}} />
      <InviteColleague />
    </>
  );
}
