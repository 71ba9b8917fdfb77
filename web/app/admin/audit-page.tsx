import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { AuditEntry } from '../../../contracts/platform.ts';
import { Button } from '../../components/ui/button.tsx';
import { DataTable, type TableColumn } from '../../components/ui/data-table.tsx';
import {
  DatePicker,
  endOfDayInAgencyZone,
  startOfDayInAgencyZone,
} from '../../components/ui/date-picker.tsx';
import { DateTime } from '../../components/ui/date-time.tsx';
import { Dialog } from '../../components/ui/dialog.tsx';
import { EmptyState } from '../../components/ui/states.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import { type AuditQuery, listAudit } from '../api/admin-api.ts';
import { useAppI18n } from '../app-catalogs.ts';
import { PageHeader } from '../shell/page-header.tsx';
import { offset, text, useSearchState } from '../shell/use-search-state.ts';
import { JsonView } from './json-view.tsx';

const PAGE_SIZE = 25;
const isoDate = (v: unknown) => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : undefined);
const uuid = (v: unknown) => (typeof v === 'string' && /^[0-9a-f-]{36}$/i.test(v) ? v : undefined);

const parseSearch = (raw: Record<string, unknown>) => ({
  entity: text(raw.entity),
  entityId: text(raw.entityId),
  action: text(raw.action),
  actor: uuid(raw.actor),
  from: isoDate(raw.from),
  to: isoDate(raw.to),
  offset: offset(raw.offset),
});
type Search = ReturnType<typeof parseSearch>;

/** Dates in the filter are Brussels calendar days; the API wants instants. */
function toQuery(search: Search): AuditQuery {
  return {
    entity: search.entity,
    entityId: search.entityId,
    action: search.action,
    actor: search.actor,
    from: search.from ? startOfDayInAgencyZone(search.from) : undefined,
    to: search.to ? endOfDayInAgencyZone(search.to) : undefined,
    limit: PAGE_SIZE,
    offset: search.offset,
  };
}

function Filters({ search, update }: { search: Search; update: (patch: Partial<Search>) => void }) {
  const { t } = useAppI18n();
  const [draft, setDraft] = useState({
    entity: search.entity ?? '',
    entityId: search.entityId ?? '',
    action: search.action ?? '',
  });
  const apply = () =>
    update({
      entity: draft.entity || undefined,
      entityId: draft.entityId || undefined,
      action: draft.action || undefined,
      offset: undefined,
    });
  return (
    <search aria-label={t('table.filters')}>
      <form
        className="filters"
        onSubmit={(event) => {
          event.preventDefault();
          apply();
        }}
      >
        <TextField
          label={t('audit.entity')}
          value={draft.entity}
          onChange={(v) => setDraft({ ...draft, entity: v })}
        />
        <TextField
          label={t('audit.entityId')}
          value={draft.entityId}
          onChange={(v) => setDraft({ ...draft, entityId: v })}
        />
        <TextField
          label={t('audit.action')}
          value={draft.action}
          onChange={(v) => setDraft({ ...draft, action: v })}
        />
        <DatePicker
          label={t('audit.from')}
          calendarLabel={t('audit.calendar')}
          value={search.from ?? null}
          onChange={(v) => update({ from: v ?? undefined, offset: undefined })}
        />
        <DatePicker
          label={t('audit.to')}
          calendarLabel={t('audit.calendar')}
          value={search.to ?? null}
          onChange={(v) => update({ to: v ?? undefined, offset: undefined })}
        />
        <div className="filters__actions">
          <Button type="submit" variant="primary">
            {t('table.apply')}
          </Button>
          {search.actor ? (
            <Button onPress={() => update({ actor: undefined, offset: undefined })}>
              {t('audit.clearActor')}
            </Button>
          ) : null}
        </div>
      </form>
    </search>
  );
}

export function AuditPage() {
  const { t } = useAppI18n();
  const [search, update] = useSearchState(parseSearch);
  const [open, setOpen] = useState<AuditEntry | null>(null);
  const query = toQuery(search);
  const entries = useQuery({
    queryKey: ['admin', 'audit', query],
    queryFn: () => listAudit(query),
    placeholderData: keepPreviousData,
  });
  const columns: TableColumn<AuditEntry>[] = [
    { id: 'at', header: t('audit.at'), cell: (e) => <DateTime value={e.at} />, sortValue: (e) => e.at },
    {
      id: 'actor',
      header: t('audit.actor'),
      isRowHeader: true,
      cell: (e) =>
        e.actorId ? (
          <Button
            variant="quiet"
            onPress={() => update({ actor: e.actorId ?? undefined, offset: undefined })}
            aria-label={t('audit.filterActor', { name: e.actorLabel })}
          >
            {e.actorLabel}
          </Button>
        ) : (
          e.actorLabel
        ),
      sortValue: (e) => e.actorLabel,
    },
    {
      id: 'action',
      header: t('audit.action'),
      cell: (e) => <code>{e.action}</code>,
      sortValue: (e) => e.action,
    },
    {
      id: 'entity',
      header: t('audit.entity'),
      cell: (e) => (
        <span className="cell-stack">
          <span>{e.entity}</span>
          {e.entityId ? <code className="cell-stack__sub truncate">{e.entityId}</code> : null}
        </span>
      ),
      sortValue: (e) => e.entity,
    },
    {
      id: 'details',
      header: t('table.actions'),
      cell: (e) => (
        <Button variant="quiet" onPress={() => setOpen(e)}>
          {t('audit.details')}
        </Button>
      ),
    },
  ];
  return (
    <>
      <PageHeader title={t('nav.audit')}>
        <p className="page-header__sub">{t('ui.datetime.zone')}</p>
      </PageHeader>
      <Filters search={search} update={update} />
      <DataTable
        label={t('nav.audit')}
        columns={columns}
        rows={entries.data?.items}
        rowKey={(e) => String(e.id)}
        isLoading={entries.isPending}
        error={entries.error}
        onRetry={() => void entries.refetch()}
        empty={<EmptyState title={t('ui.empty.filtered')} />}
        pagination={{
          total: entries.data?.total ?? 0,
          page: { limit: PAGE_SIZE, offset: search.offset },
          onChange: (p) => update({ offset: p.offset || undefined }),
        }}
      />
      <Dialog
        title={open ? `${open.action} · ${open.entity}` : ''}
        isOpen={open !== null}
        onOpenChange={(o) => !o && setOpen(null)}
        size="lg"
      >
        {open ? (
          <>
            <p>
              <DateTime value={open.at} /> · {open.actorLabel}
              {open.requestId ? (
                <>
                  {' '}
                  · {t('audit.requestId')}: <code>{open.requestId}</code>
                </>
              ) : null}
            </p>
            <div className="two-columns">
              <JsonView label={t('audit.before')} value={open.before} />
              <JsonView label={t('audit.after')} value={open.after} />
            </div>
          </>
        ) : null}
      </Dialog>
    </>
  );
}
