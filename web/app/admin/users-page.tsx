import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { ROLES, type Role, type User } from '../../../contracts/identity.ts';
import { Button } from '../../components/ui/button.tsx';
import { DataTable, type TableColumn } from '../../components/ui/data-table.tsx';
import { DateTime } from '../../components/ui/date-time.tsx';
import { Select, type SelectOption } from '../../components/ui/select.tsx';
import { EmptyState } from '../../components/ui/states.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import { listUsers, queryKeys } from '../api/identity-api.ts';
import { useAppI18n } from '../app-catalogs.ts';
import { PageHeader } from '../shell/page-header.tsx';
import { offset, text, useSearchState } from '../shell/use-search-state.ts';
import { UserDialog } from './user-dialog.tsx';

const PAGE_SIZE = 20;
const ALL = 'all';

const parseSearch = (raw: Record<string, unknown>) => ({
  q: text(raw.q),
  role: ROLES.find((r) => r === raw.role),
  offset: offset(raw.offset),
});

function useColumns(onEdit: (user: User) => void): TableColumn<User>[] {
  const { t } = useAppI18n();
  const status = (u: User) =>
    !u.active
      ? t('users.status.inactive')
      : u.lockedUntil && new Date(u.lockedUntil) > new Date()
        ? t('users.status.locked')
        : t('users.status.active');
  return [
    {
      id: 'name',
      header: t('users.name'),
      isRowHeader: true,
      // Name and address in one cell keep the table within a laptop screen without sideways scrolling.
      cell: (u) => (
        <span className="cell-stack">
          <span className="cell-stack__main">{u.name}</span>
          <span className="cell-stack__sub">{u.email}</span>
        </span>
      ),
      sortValue: (u) => u.name,
    },
    { id: 'roles', header: t('users.roles'), cell: (u) => u.roles.map((r) => t(`role.${r}`)).join(', ') },
    { id: 'status', header: t('users.status'), cell: status, sortValue: status },
    {
      id: 'created',
      header: t('users.createdAt'),
      cell: (u) => <DateTime value={u.createdAt} style="date" />,
      sortValue: (u) => u.createdAt,
    },
    {
      id: 'actions',
      header: t('table.actions'),
      cell: (u) => (
        <Button variant="quiet" onPress={() => onEdit(u)} aria-label={t('users.edit', { name: u.name })}>
          {t('users.editShort')}
        </Button>
      ),
    },
  ];
}

export function UsersPage() {
  const { t } = useAppI18n();
  const [search, update] = useSearchState(parseSearch);
  const [q, setQ] = useState(search.q ?? '');
  const [dialog, setDialog] = useState<'create' | User | null>(null);
  // Typing updates the URL (and so the query) after a short pause, not on every key.
  useEffect(() => {
    const timer = setTimeout(() => {
      if ((search.q ?? '') !== q) update({ q: q || undefined, offset: undefined });
    }, 300);
    return () => clearTimeout(timer);
  }, [q, search.q, update]);

  const query = { q: search.q, role: search.role, limit: PAGE_SIZE, offset: search.offset };
  const users = useQuery({
    queryKey: queryKeys.users(query),
    queryFn: () => listUsers(query),
    placeholderData: keepPreviousData,
  });
  const columns = useColumns(setDialog);
  const roleOptions: SelectOption<Role | typeof ALL>[] = [
    { id: ALL, label: t('users.allRoles') },
    ...ROLES.map((r) => ({ id: r, label: t(`role.${r}`) })),
  ];

  return (
    <>
      <PageHeader
        title={t('nav.users')}
        actions={
          <Button variant="primary" onPress={() => setDialog('create')}>
            {t('users.new')}
          </Button>
        }
      />
      <search className="filters" aria-label={t('table.filters')}>
        <TextField label={t('users.search')} type="search" value={q} onChange={setQ} />
        <Select<Role | typeof ALL>
          label={t('users.role')}
          options={roleOptions}
          value={search.role ?? ALL}
          onChange={(v) => update({ role: v === ALL || v === null ? undefined : v, offset: undefined })}
        />
      </search>
      <DataTable
        label={t('nav.users')}
        columns={columns}
        rows={users.data?.items}
        rowKey={(u) => u.id}
        isLoading={users.isPending}
        error={users.error}
        onRetry={() => void users.refetch()}
        empty={<EmptyState title={search.q || search.role ? t('ui.empty.filtered') : undefined} />}
        pagination={{
          total: users.data?.total ?? 0,
          page: { limit: PAGE_SIZE, offset: search.offset },
          onChange: (p) => update({ offset: p.offset || undefined }),
        }}
      />
      <UserDialog target={dialog} onClose={() => setDialog(null)} />
    </>
  );
}
