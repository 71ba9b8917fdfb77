import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { CASE_TYPE_LABELS, CASE_TYPES } from '../../../contracts/case-types.ts';
import type { CaseSummary } from '../../../contracts/cases.ts';
import { PageHeader } from '../../app/shell/page-header.tsx';
import { Button } from '../../components/ui/button.tsx';
import { Pagination } from '../../components/ui/pagination.tsx';
import { ErrorState, Skeleton } from '../../components/ui/states.tsx';
import { casesKeys, listCases } from './api.ts';
import { formatDate, statusOptions } from './case-format.ts';
import { useCasesI18n } from './i18n.ts';
import { type Filters, NO_FILTERS, PAGE_SIZE, toListQuery, withType } from './list-filters.ts';
import { CheckboxField, InputField, SelectField } from './parts.tsx';
import { SavedFilters } from './saved-filters.tsx';
import './cases.css';

function FilterForm({ value, onApply }: { value: Filters; onApply: (filters: Filters) => void }) {
  const { t } = useCasesI18n();
  const [draft, setDraft] = useState<Filters>(value);
  const [shown, setShown] = useState<Filters>(value);
  // A saved filter applied from outside replaces the controls.
  if (shown !== value) {
    setShown(value);
    setDraft(value);
  }
  const set =
    <K extends keyof Filters>(key: K) =>
    (next: Filters[K]) =>
      setDraft((d) => ({ ...d, [key]: next }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };
  const statuses = statusOptions(draft.type);
  return (
    <search>
      <form className="filters cases-filters" onSubmit={submit} aria-label={t('list.filters')}>
        <InputField label={t('list.q')} name="q" type="search" value={draft.q} onChange={set('q')} />
        <SelectField
          label={t('list.type')}
          name="type"
          value={draft.type}
          placeholder={t('list.allTypes')}
          options={CASE_TYPES.map((type) => ({ value: type, label: CASE_TYPE_LABELS[type] }))}
          onChange={(v) => {
            const type = CASE_TYPES.find((x) => x === v) ?? '';
            setDraft((d) =>
              withType(
                d,
                type,
                statusOptions(type).map((o) => o.value),
              ),
            );
          }}
        />
        <SelectField
          label={t('list.status')}
          name="status"
          value={draft.status}
          placeholder={t('list.allStatuses')}
          options={statuses}
          onChange={set('status')}
        />
        <SelectField
          label={t('list.scope')}
          name="scope"
          value={draft.scope}
          options={[
            { value: '', label: t('list.scope.all') },
            { value: 'team', label: t('list.scope.team') },
            { value: 'mine', label: t('list.scope.mine') },
          ]}
          onChange={(v) => set('scope')(v === 'team' || v === 'mine' || v === 'all' ? v : '')}
        />
        <SelectField
          label={t('list.assignee')}
          name="assignee"
          value={draft.assignee}
          options={[
            { value: '', label: t('list.assignee.any') },
            { value: 'me', label: t('list.assignee.me') },
          ]}
          onChange={(v) => set('assignee')(v === 'me' ? 'me' : '')}
        />
        <SelectField
          label={t('list.open')}
          name="open"
          value={draft.open}
          options={[
            { value: 'true', label: t('list.open.true') },
            { value: 'false', label: t('list.open.false') },
            { value: '', label: t('list.open.any') },
          ]}
          onChange={(v) => set('open')(v === 'true' || v === 'false' ? v : '')}
        />
        <CheckboxField
          label={t('list.overdue')}
          name="overdue"
          checked={draft.overdue}
          onChange={set('overdue')}
        />
        <div className="filters__actions">
          <Button type="submit" variant="primary">
            {t('list.apply')}
          </Button>
          <Button onPress={() => onApply(NO_FILTERS)}>{t('list.clear')}</Button>
        </div>
      </form>
    </search>
  );
}

function CaseRow({ item }: { item: CaseSummary }) {
  const { t } = useCasesI18n();
  return (
    <tr className="table__row" data-reference={item.reference}>
      <th scope="row" className="table__cell">
        <Link to="/cases/$caseId" params={{ caseId: item.id }}>
          {item.reference}
        </Link>
      </th>
      <td className="table__cell">
        {item.title}
        {item.origin === 'portal' ? <span className="badge cases-badge">{t('list.portal')}</span> : null}
      </td>
      <td className="table__cell">{CASE_TYPE_LABELS[item.type]}</td>
      <td className="table__cell">
        <span className="badge">{item.statusLabel}</span>
      </td>
      <td className="table__cell">{item.teamName ?? t('none')}</td>
      <td className="table__cell">{item.assignee?.name ?? t('unassigned')}</td>
      <td className="table__cell">{item.nextDueOn ? formatDate(item.nextDueOn) : t('none')}</td>
      <td className="table__cell">{formatDate(item.statusChangedAt)}</td>
    </tr>
  );
}

const COLUMNS = ['reference', 'title', 'type', 'status', 'team', 'assignee', 'due', 'changed'] as const;

/** The case list: filters, saved filters, one row per case, paged. */
export function CaseListPage() {
  const { t } = useCasesI18n();
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [offset, setOffset] = useState(0);
  const query = toListQuery(filters, offset);
  const list = useQuery({
    queryKey: casesKeys.list(query),
    queryFn: () => listCases(query),
    placeholderData: keepPreviousData,
  });
  const apply = (next: Filters) => {
    setFilters(next);
    setOffset(0);
  };
  const data = list.data;
  return (
    <>
      <PageHeader
        title={t('title.list')}
        actions={
          <>
            <Link to="/cases/new" className="btn btn--primary">
              {t('list.new')}
            </Link>
            <Link to="/cases/workload" className="btn btn--secondary">
              {t('list.workload')}
            </Link>
          </>
        }
      />
      <FilterForm value={filters} onApply={apply} />
      <SavedFilters current={filters} onApply={apply} />
      <div aria-busy={list.isFetching}>
        {list.isError ? <ErrorState error={list.error} onRetry={() => void list.refetch()} /> : null}
        {!data && list.isPending ? <Skeleton lines={5} /> : null}
        {data ? (
          <>
            <p className="cases-total" aria-live="polite">
              {t('list.total', { count: data.total })}
            </p>
            {data.items.length === 0 ? (
              <p>{t('list.empty')}</p>
            ) : (
              <div className="data-table__scroll">
                <table className="table cases-table">
                  <caption id="cases-caption" className="visually-hidden">
                    {t('list.caption')}
                  </caption>
                  <thead>
                    <tr>
                      {COLUMNS.map((c) => (
                        <th key={c} scope="col" className="table__header">
                          {t(`list.col.${c}`)}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {data.items.map((item) => (
                      <CaseRow key={item.id} item={item} />
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            {data.total > PAGE_SIZE ? (
              <Pagination
                total={data.total}
                page={{ limit: PAGE_SIZE, offset }}
                onChange={(p) => setOffset(p.offset)}
              />
            ) : null}
          </>
        ) : null}
      </div>
    </>
  );
}
