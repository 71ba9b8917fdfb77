import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { z } from 'zod';
import type { OutboxMailSchema } from '../../../contracts/platform.ts';
import { Button } from '../../components/ui/button.tsx';
import { DataTable, type TableColumn } from '../../components/ui/data-table.tsx';
import { DateTime } from '../../components/ui/date-time.tsx';
import { Dialog } from '../../components/ui/dialog.tsx';
import { Select, type SelectOption } from '../../components/ui/select.tsx';
import { EmptyState } from '../../components/ui/states.tsx';
import { listOutbox, type OutboxQuery, type OutboxStatus } from '../api/admin-api.ts';
import { useAppI18n } from '../app-catalogs.ts';
import { PageHeader } from '../shell/page-header.tsx';
import { offset, useSearchState } from '../shell/use-search-state.ts';

type OutboxMail = z.infer<typeof OutboxMailSchema>;

const PAGE_SIZE = 25;
const STATUSES: readonly OutboxStatus[] = ['pending', 'sent', 'failed', 'held'];
const ALL = 'all';

const parseSearch = (raw: Record<string, unknown>) => ({
  status: STATUSES.find((s) => s === raw.status),
  offset: offset(raw.offset),
});

function StatusBadge({ status }: { status: OutboxStatus }) {
  const { t } = useAppI18n();
  return <span className={`badge badge--${status}`}>{t(`outbox.status.${status}`)}</span>;
}

export function OutboxPage() {
  const { t } = useAppI18n();
  const [search, update] = useSearchState(parseSearch);
  const [open, setOpen] = useState<OutboxMail | null>(null);
  const query: OutboxQuery = { status: search.status, limit: PAGE_SIZE, offset: search.offset };
  const mails = useQuery({
    queryKey: ['admin', 'outbox', query],
    queryFn: () => listOutbox(query),
    placeholderData: keepPreviousData,
  });
  const columns: TableColumn<OutboxMail>[] = [
    {
      id: 'created',
      header: t('outbox.createdAt'),
      cell: (m) => <DateTime value={m.createdAt} />,
      sortValue: (m) => m.createdAt,
    },
    {
      id: 'subject',
      header: t('outbox.subject'),
      isRowHeader: true,
      cell: (m) => (
        <span className="cell-stack">
          <span className="cell-stack__main">{m.subject}</span>
          <span className="cell-stack__sub">{m.recipient}</span>
        </span>
      ),
      sortValue: (m) => m.subject,
    },
    { id: 'template', header: t('outbox.template'), cell: (m) => <code>{m.template}</code> },
    {
      id: 'status',
      header: t('outbox.status'),
      cell: (m) => <StatusBadge status={m.status} />,
      sortValue: (m) => m.status,
    },
    { id: 'attempts', header: t('outbox.attempts'), cell: (m) => m.attempts, sortValue: (m) => m.attempts },
    {
      id: 'view',
      header: t('table.actions'),
      cell: (m) => (
        <Button
          variant="quiet"
          onPress={() => setOpen(m)}
          aria-label={t('outbox.viewMail', { subject: m.subject })}
        >
          {t('outbox.view')}
        </Button>
      ),
    },
  ];
  const statusOptions: SelectOption<OutboxStatus | typeof ALL>[] = [
    { id: ALL, label: t('outbox.allStatuses') },
    ...STATUSES.map((s) => ({ id: s, label: t(`outbox.status.${s}`) })),
  ];
  return (
    <>
      <PageHeader title={t('nav.outbox')}>
        <p className="page-header__sub">{t('outbox.intro')}</p>
      </PageHeader>
      <search aria-label={t('table.filters')} className="filters">
        <Select<OutboxStatus | typeof ALL>
          label={t('outbox.status')}
          options={statusOptions}
          value={search.status ?? ALL}
          onChange={(v) => update({ status: v === ALL || v === null ? undefined : v, offset: undefined })}
        />
      </search>
      <DataTable
        label={t('nav.outbox')}
        columns={columns}
        rows={mails.data?.items}
        rowKey={(m) => m.id}
        isLoading={mails.isPending}
        error={mails.error}
        onRetry={() => void mails.refetch()}
        empty={<EmptyState title={search.status ? t('ui.empty.filtered') : t('outbox.empty')} />}
        pagination={{
          total: mails.data?.total ?? 0,
          page: { limit: PAGE_SIZE, offset: search.offset },
          onChange: (p) => update({ offset: p.offset || undefined }),
        }}
      />
      <Dialog
        title={open?.subject ?? ''}
        isOpen={open !== null}
        onOpenChange={(o) => !o && setOpen(null)}
        size="lg"
      >
        {open ? (
          <>
            <dl className="meta-list">
              <dt>{t('outbox.recipient')}</dt>
              <dd>{open.recipient}</dd>
              <dt>{t('outbox.status')}</dt>
              <dd>
                <StatusBadge status={open.status} />
              </dd>
              <dt>{t('outbox.sentAt')}</dt>
              <dd>
                <DateTime value={open.sentAt} />
              </dd>
              {open.lastError ? (
                <>
                  <dt>{t('outbox.lastError')}</dt>
                  <dd>{open.lastError}</dd>
                </>
              ) : null}
            </dl>
            {/* biome-ignore lint/a11y/noNoninteractiveTabindex: scrollable region must be reachable by keyboard */}
            <pre className="mail-body" tabIndex={0} lang={open.locale}>
              {open.textBody}
            </pre>
          </>
        ) : null}
      </Dialog>
    </>
  );
}
