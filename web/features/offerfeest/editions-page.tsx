import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import type { Edition } from '../../../contracts/offerfeest.ts';
import { hasPermission } from '../../../contracts/permissions.ts';
import { useMe } from '../../app/session.tsx';
import { PageHeader } from '../../app/shell/page-header.tsx';
import { Button } from '../../components/ui/button.tsx';
import { DataTable, type TableColumn } from '../../components/ui/data-table.tsx';
import { DateTime } from '../../components/ui/date-time.tsx';
import { Dialog } from '../../components/ui/dialog.tsx';
import { listEditions, offerfeestKeys } from './api.ts';
import { EditionForm } from './edition-form.tsx';
import { useOfferfeestI18n } from './i18n.ts';

function Period({ start, end }: { start: string; end: string }) {
  return (
    <span>
      <DateTime value={start} style="date" /> – <DateTime value={end} style="date" />
    </span>
  );
}

/** The Offerfeest editions, newest first; the coordinator and admins open a new one. */
export function EditionsPage() {
  const { t } = useOfferfeestI18n();
  const me = useMe();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const editions = useQuery({ queryKey: offerfeestKeys.editions, queryFn: listEditions });
  const canManage = hasPermission(me.roles, 'offerfeest.manage');
  const columns: TableColumn<Edition>[] = [
    {
      id: 'year',
      header: t('col.year'),
      isRowHeader: true,
      cell: (e) => (
        <Link to="/offerfeest/$editionId" params={{ editionId: e.id }}>
          {t('title.edition', { year: e.year })}
        </Link>
      ),
      sortValue: (e) => e.year,
    },
    { id: 'feast', header: t('col.feast'), cell: (e) => <Period start={e.feastStart} end={e.feastEnd} /> },
    {
      id: 'blocking',
      header: t('col.blocking'),
      cell: (e) => <Period start={e.blockingStart} end={e.blockingEnd} />,
    },
    { id: 'regime', header: t('col.regime'), cell: (e) => t(`regime.${e.regime}`) },
    { id: 'sites', header: t('col.sites'), cell: (e) => e.sites.length },
  ];
  return (
    <>
      <PageHeader
        title={t('title.editions')}
        actions={
          <span className="button-row">
            {canManage ? <Link to="/offerfeest/check-in">{t('edition.checkIn')}</Link> : null}
            <Button variant="primary" onPress={() => setCreating(true)}>
              {t('editions.new')}
            </Button>
          </span>
        }
      />
      <DataTable
        label={t('editions.table')}
        columns={columns}
        rows={editions.data ? [...editions.data].sort((a, b) => b.year - a.year) : undefined}
        rowKey={(e) => e.id}
        isLoading={editions.isLoading}
        error={editions.error}
        onRetry={() => void editions.refetch()}
        empty={t('editions.empty')}
      />
      <Dialog title={t('editions.new')} isOpen={creating} onOpenChange={setCreating} size="lg">
        <EditionForm
          onDone={(edition) => {
            setCreating(false);
            if (edition) void navigate({ to: '/offerfeest/$editionId', params: { editionId: edition.id } });
          }}
        />
      </Dialog>
    </>
  );
}
