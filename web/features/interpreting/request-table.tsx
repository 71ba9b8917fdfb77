import { useInfiniteQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import type { InterpretingRequestView } from '../../../contracts/interpreting-requests.ts';
import { Button } from '../../components/ui/button.tsx';
import { DataTable, type TableColumn } from '../../components/ui/data-table.tsx';
import { EmptyState } from '../../components/ui/states.tsx';
import { interpretingKeys, listRequests, type RequestQuery } from './api.ts';
import { useInterpretingI18n } from './i18n.ts';
import { languageLabel } from './languages.ts';
import { LoadError, StatusBadge, sessionTime } from './parts.tsx';
import { openFirst } from './queue-order.ts';

const PAGE = 50;

function useColumns(): TableColumn<InterpretingRequestView>[] {
  const i18n = useInterpretingI18n();
  const { t } = i18n;
  return [
    {
      id: 'reference',
      header: t('list.reference'),
      isRowHeader: true,
      cell: (r) => (
        <Link
          to="/interpreting/requests/$requestId"
          params={{ requestId: r.id }}
          data-request-link={r.reference}
        >
          {r.reference}
        </Link>
      ),
      sortValue: (r) => r.reference,
    },
    { id: 'status', header: t('list.status'), cell: (r) => <StatusBadge status={r.status} /> },
    {
      id: 'start',
      header: t('list.start'),
      cell: (r) => <time dateTime={r.start}>{sessionTime(r.start, r.end)}</time>,
      sortValue: (r) => r.start,
    },
    {
      id: 'language',
      header: t('list.language'),
      cell: (r) => languageLabel(r.language, r.variant),
      sortValue: (r) => r.language,
    },
    { id: 'mode', header: t('list.mode'), cell: (r) => i18n.maybe(`mode.${r.mode}`) ?? r.mode },
    {
      id: 'interpreter',
      header: t('list.interpreter'),
      cell: (r) =>
        r.interpreter ? `${r.interpreter.givenName} (${r.interpreter.code})` : t('list.noInterpreter'),
    },
  ];
}

/** The requests matching `query`, 50 at a time ("more" follows the server's cursor). */
export function RequestTable({
  label,
  query,
  sortOpenFirst,
  filtered,
}: {
  label: string;
  query: Omit<RequestQuery, 'cursor' | 'limit'>;
  sortOpenFirst?: boolean;
  filtered?: boolean;
}) {
  const { t } = useInterpretingI18n();
  const list = useInfiniteQuery({
    queryKey: interpretingKeys.requests(query),
    queryFn: ({ pageParam }) => listRequests({ ...query, limit: PAGE, cursor: pageParam || undefined }),
    initialPageParam: '',
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const columns = useColumns();
  if (list.error) return <LoadError error={list.error} onRetry={() => void list.refetch()} />;
  const rows = list.data?.pages.flatMap((p) => p.items);
  return (
    <>
      <DataTable
        label={label}
        columns={columns}
        rows={rows && sortOpenFirst ? openFirst(rows) : rows}
        rowKey={(r) => r.id}
        isLoading={list.isPending}
        empty={<EmptyState title={filtered ? t('list.emptyFiltered') : t('list.empty')} />}
      />
      {list.hasNextPage ? (
        <Button onPress={() => void list.fetchNextPage()} isPending={list.isFetchingNextPage}>
          {t('list.more')}
        </Button>
      ) : null}
    </>
  );
}
