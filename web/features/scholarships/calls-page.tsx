import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { hasPermission } from '../../../contracts/permissions.ts';
import { CALL_STATUS_LABELS, type Call } from '../../../contracts/scholarships.ts';
import { useMe } from '../../app/session.tsx';
import { PageHeader } from '../../app/shell/page-header.tsx';
import { Button } from '../../components/ui/button.tsx';
import { DataTable, type TableColumn } from '../../components/ui/data-table.tsx';
import { Dialog } from '../../components/ui/dialog.tsx';
import { listCalls, scholarshipKeys } from './api.ts';
import { CallForm } from './call-form.tsx';
import { useScholarshipsI18n } from './i18n.ts';

/** The scholarship calls, newest academic year first; managers open a new one. */
export function CallsPage() {
  const { t } = useScholarshipsI18n();
  const me = useMe();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const calls = useQuery({ queryKey: scholarshipKeys.calls, queryFn: listCalls });
  const money = (cents: number) => t('money', { amount: cents / 100 });
  const columns: TableColumn<Call>[] = [
    {
      id: 'title',
      header: t('col.title'),
      isRowHeader: true,
      cell: (call) => (
        <Link to="/scholarships/$callId" params={{ callId: call.id }}>
          {call.title}
        </Link>
      ),
      sortValue: (call) => call.title,
    },
    {
      id: 'year',
      header: t('col.year'),
      cell: (call) => call.academicYear,
      sortValue: (call) => call.academicYear,
    },
    { id: 'status', header: t('col.status'), cell: (call) => CALL_STATUS_LABELS[call.status] },
    { id: 'budget', header: t('col.budget'), cell: (call) => money(call.budgetCents) },
    { id: 'awarded', header: t('col.awarded'), cell: (call) => money(call.awardedCents) },
  ];
  return (
    <>
      <PageHeader
        title={t('title.calls')}
        actions={
          hasPermission(me.roles, 'scholarships.manage') ? (
            <Button variant="primary" onPress={() => setCreating(true)}>
              {t('calls.new')}
            </Button>
          ) : null
        }
      />
      <DataTable
        label={t('calls.table')}
        columns={columns}
        rows={calls.data?.items}
        rowKey={(call) => call.id}
        isLoading={calls.isLoading}
        error={calls.error}
        onRetry={() => void calls.refetch()}
        empty={t('calls.empty')}
      />
      <Dialog title={t('calls.new')} isOpen={creating} onOpenChange={setCreating}>
        <CallForm
          onDone={(call) => {
            setCreating(false);
            if (call) void navigate({ to: '/scholarships/$callId', params: { callId: call.id } });
          }}
        />
      </Dialog>
    </>
  );
}
