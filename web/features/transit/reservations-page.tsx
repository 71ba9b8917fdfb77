import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { type ReservationSummary, TRANSIT_STATUSES } from '../../../contracts/transit.ts';
import { PageHeader } from '../../app/shell/page-header.tsx';
import { Button } from '../../components/ui/button.tsx';
import { DataTable, type TableColumn } from '../../components/ui/data-table.tsx';
import { listReservations, transitKeys } from './api.ts';
import { STATUS_LABELS } from './format.ts';
import { useTransitI18n } from './i18n.ts';
import { InputField, pitchNumbers, SelectField, StatusBadge, stayText, TransitTabs } from './parts.tsx';

type Filters = { q: string; status: string; from: string; to: string };
const NO_FILTERS: Filters = { q: '', status: '', from: '', to: '' };

function FilterForm({ onApply }: { onApply: (filters: Filters) => void }) {
  const { t } = useTransitI18n();
  const [draft, setDraft] = useState<Filters>(NO_FILTERS);
  const set = (key: keyof Filters) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };
  return (
    <form className="transit-filters" onSubmit={submit}>
      <InputField label={t('list.search')} name="q" type="search" value={draft.q} onChange={set('q')} />
      <SelectField
        label={t('list.status')}
        name="status"
        value={draft.status}
        onChange={set('status')}
        placeholder={t('list.allStatuses')}
        options={TRANSIT_STATUSES.map((value) => ({ value, label: STATUS_LABELS[value] }))}
      />
      <InputField label={t('list.from')} name="from" type="date" value={draft.from} onChange={set('from')} />
      <InputField label={t('list.to')} name="to" type="date" value={draft.to} onChange={set('to')} />
      <div className="transit-filters__actions">
        <Button type="submit" variant="primary">
          {t('list.apply')}
        </Button>
      </div>
    </form>
  );
}

/** Every reservation, searchable by name, phone or reference and filtered by status and arrival. */
export function ReservationsPage() {
  const { t } = useTransitI18n();
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const query = { ...filters, limit: 100 };
  const list = useQuery({ queryKey: transitKeys.list(query), queryFn: () => listReservations(query) });
  const columns: TableColumn<ReservationSummary>[] = [
    {
      id: 'reference',
      header: t('col.reference'),
      isRowHeader: true,
      cell: (r) => (
        <Link to="/transit/reservations/$id" params={{ id: r.id }}>
          {r.reference}
        </Link>
      ),
      sortValue: (r) => r.reference,
    },
    {
      id: 'party',
      header: t('col.party'),
      cell: (r) => r.partyName ?? '—',
      sortValue: (r) => r.partyName ?? '',
    },
    { id: 'status', header: t('col.status'), cell: (r) => <StatusBadge status={r.status} /> },
    { id: 'stay', header: t('col.stay'), cell: (r) => stayText(r), sortValue: (r) => r.arrival },
    { id: 'caravans', header: t('col.caravans'), cell: (r) => r.caravans },
    { id: 'pitches', header: t('col.pitches'), cell: (r) => pitchNumbers(r) || '—' },
  ];
  return (
    <>
      <PageHeader
        title={t('title.list')}
        actions={
          <Link to="/transit/reservations/new" className="btn btn--primary">
            {t('nav.new')}
          </Link>
        }
      />
      <TransitTabs />
      <FilterForm onApply={setFilters} />
      <DataTable
        label={t('list.table')}
        columns={columns}
        rows={list.data?.items}
        rowKey={(r) => r.id}
        isLoading={list.isLoading}
        error={list.error}
        onRetry={() => void list.refetch()}
        empty={t('list.empty')}
      />
    </>
  );
}
