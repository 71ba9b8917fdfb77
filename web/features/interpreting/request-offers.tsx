import { useQuery } from '@tanstack/react-query';
import type { RequestOffer } from '../../../contracts/interpreting-dispatch.ts';
import { DataTable, type TableColumn } from '../../components/ui/data-table.tsx';
import { formatDateTime } from '../../components/ui/date-time.tsx';
import { EmptyState } from '../../components/ui/states.tsx';
import { interpretingKeys, listRequestOffers } from './api.ts';
import { useInterpretingI18n } from './i18n.ts';
import { LoadError } from './parts.tsx';

const when = (iso: string | null) => (iso ? formatDateTime(iso, 'nl-BE', 'datetime') : '—');

function useColumns(): TableColumn<RequestOffer>[] {
  const { t } = useInterpretingI18n();
  return [
    {
      id: 'interpreter',
      header: t('offers.interpreter'),
      isRowHeader: true,
      cell: (o) => `${o.interpreter.name} (${o.interpreter.code})`,
      sortValue: (o) => o.interpreter.name,
    },
    { id: 'round', header: t('offers.round'), cell: (o) => o.round, sortValue: (o) => o.round },
    {
      id: 'offeredAt',
      header: t('offers.offeredAt'),
      cell: (o) => <time dateTime={o.offeredAt}>{when(o.offeredAt)}</time>,
      sortValue: (o) => o.offeredAt,
    },
    {
      id: 'status',
      header: t('offers.status'),
      cell: (o) => (
        <span className="badge" data-offer-status={o.status}>
          {t(`offers.status.${o.status}`)}
        </span>
      ),
      sortValue: (o) => o.status,
    },
    {
      id: 'respondedAt',
      header: t('offers.respondedAt'),
      // An open offer has no answer yet: its expiry is what matters then.
      cell: (o) =>
        o.status === 'open' ? `${t('offers.expiresAt')} ${when(o.expiresAt)}` : when(o.respondedAt),
    },
    {
      id: 'sentBy',
      header: t('offers.sentBy'),
      cell: (o) => (o.sentBy ? t('offers.sentBy.person') : t('offers.sentBy.auto')),
    },
  ];
}

/** The dispatcher's view of every offer of one request, every round, with its outcome. */
export function RequestOffers({ requestId }: { requestId: string }) {
  const { t } = useInterpretingI18n();
  const offers = useQuery({
    queryKey: interpretingKeys.requestOffers(requestId),
    queryFn: () => listRequestOffers(requestId),
  });
  const columns = useColumns();
  return (
    <section aria-labelledby="offers-heading" className="interp-section" data-request-offers>
      <h2 id="offers-heading">{t('offers.title')}</h2>
      <p>{t('offers.help')}</p>
      {offers.error ? (
        <LoadError error={offers.error} onRetry={() => void offers.refetch()} />
      ) : (
        <DataTable
          label={t('offers.title')}
          columns={columns}
          rows={offers.data}
          rowKey={(o) => o.id}
          isLoading={offers.isPending}
          empty={<EmptyState title={t('offers.none')} />}
        />
      )}
    </section>
  );
}
