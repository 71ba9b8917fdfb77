import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { REGISTRATION_STATUSES, type Registration } from '../../../contracts/offerfeest.ts';
import { PageHeader } from '../../app/shell/page-header.tsx';
import { Button } from '../../components/ui/button.tsx';
import { DataTable, type TableColumn } from '../../components/ui/data-table.tsx';
import { DateTime, formatDateTime } from '../../components/ui/date-time.tsx';
import { NativeInputField, NativeSelectField } from '../../components/ui/native-fields.tsx';
import { toast } from '../../components/ui/toast.tsx';
import { intlTag } from '../../i18n/locales.ts';
import {
  cancelRegistration,
  listRegistrations,
  listSlots,
  markNoShow,
  offerfeestKeys,
  type RegistrationFilter,
} from './api.ts';
import { type OfferfeestT, useOfferfeestI18n } from './i18n.ts';
import { ManageOnly } from './manage-only.tsx';
import { useEditionOfPage } from './use-edition.ts';

function statusOf(value: string): RegistrationFilter['status'] {
  return REGISTRATION_STATUSES.find((s) => s === value);
}

function Actions({ row, t }: { row: Registration; t: OfferfeestT }) {
  const client = useQueryClient();
  const done = async (saved: Registration) => {
    toast({
      tone: 'success',
      title: t('action.done', { code: saved.code, status: t(`status.${saved.status}`) }),
    });
    await client.invalidateQueries({ queryKey: offerfeestKeys.all });
  };
  const cancel = useMutation({ mutationFn: () => cancelRegistration(row.id), onSuccess: done });
  const noShow = useMutation({ mutationFn: () => markNoShow(row.id), onSuccess: done });
  const open = row.status === 'confirmed' || row.status === 'waitlisted';
  return (
    <span className="button-row">
      {open ? (
        <Button
          variant="danger"
          isDisabled={cancel.isPending}
          onPress={() => {
            if (window.confirm(t('action.confirmCancel', { code: row.code }))) cancel.mutate();
          }}
        >
          {t('action.cancel')}
        </Button>
      ) : null}
      {row.status === 'confirmed' ? (
        <Button isDisabled={noShow.isPending} onPress={() => noShow.mutate()}>
          {t('action.noShow')}
        </Button>
      ) : null}
    </span>
  );
}

function columnsOf(t: OfferfeestT): TableColumn<Registration>[] {
  return [
    { id: 'code', header: t('col.code'), isRowHeader: true, cell: (r) => <code>{r.code}</code> },
    { id: 'name', header: t('col.name'), cell: (r) => r.name ?? '—', sortValue: (r) => r.name },
    { id: 'phone', header: t('col.phone'), cell: (r) => r.phone ?? '—' },
    {
      id: 'slot',
      header: t('col.slot'),
      cell: (r) => (
        <span>
          <DateTime value={r.slotStart} /> · {r.siteName}
        </span>
      ),
      sortValue: (r) => r.slotStart,
    },
    { id: 'animals', header: t('col.animals'), cell: (r) => t(`species.${r.species}`, { count: r.animals }) },
    {
      id: 'status',
      header: t('col.status'),
      cell: (r) => t(`status.${r.status}`),
      sortValue: (r) => r.status,
    },
    {
      id: 'position',
      header: t('col.position'),
      cell: (r) => (r.position === null ? '' : t('position', { position: r.position })),
      sortValue: (r) => r.position,
    },
    { id: 'actions', header: t('col.actions'), cell: (r) => <Actions row={r} t={t} /> },
  ];
}

function Registrations({ editionId, year }: { editionId: string; year: number }) {
  const { t, locale } = useOfferfeestI18n();
  const [filter, setFilter] = useState<RegistrationFilter>({});
  const slots = useQuery({ queryKey: offerfeestKeys.slots(editionId), queryFn: () => listSlots(editionId) });
  const rows = useQuery({
    queryKey: offerfeestKeys.registrations(editionId, filter),
    queryFn: () => listRegistrations(editionId, filter),
  });
  const slotOptions = (slots.data ?? []).map((s) => ({
    value: s.id,
    label: `${formatDateTime(s.start, intlTag(locale))} · ${s.siteName}`,
  }));
  return (
    <>
      <PageHeader title={t('title.registrations', { year })} />
      <div className="filters">
        <NativeSelectField
          name="status"
          label={t('filter.status')}
          value={filter.status ?? ''}
          placeholder={t('filter.all')}
          options={REGISTRATION_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
          onChange={(value) => setFilter((f) => ({ ...f, status: statusOf(value) }))}
        />
        <NativeSelectField
          name="slotId"
          label={t('filter.slot')}
          value={filter.slotId ?? ''}
          placeholder={t('filter.all')}
          options={slotOptions}
          onChange={(value) => setFilter((f) => ({ ...f, slotId: value || undefined }))}
        />
        <NativeInputField
          name="q"
          type="search"
          label={t('filter.q')}
          value={filter.q ?? ''}
          onChange={(value) => setFilter((f) => ({ ...f, q: value || undefined }))}
        />
      </div>
      <DataTable
        label={t('registrations.table')}
        columns={columnsOf(t)}
        rows={rows.data}
        rowKey={(r) => r.id}
        isLoading={rows.isLoading}
        error={rows.error}
        onRetry={() => void rows.refetch()}
        empty={t('registrations.empty')}
      />
    </>
  );
}

/** An edition's registrations: filters, waiting-list positions, cancel and no-show (offerfeest.manage). */
export function RegistrationsPage() {
  const { t } = useOfferfeestI18n();
  const { edition, editionId } = useEditionOfPage();
  const year = edition?.year ?? 0;
  return (
    <ManageOnly title={t('title.registrations', { year })}>
      <Registrations editionId={editionId} year={year} />
    </ManageOnly>
  );
}
