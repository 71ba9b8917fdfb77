import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { CaseListSchema, type CaseSummary } from '../../../contracts/cases.ts';
import { hasPermission } from '../../../contracts/permissions.ts';
import { type AwardResult, CALL_STATUS_LABELS } from '../../../contracts/scholarships.ts';
import { useMe } from '../../app/session.tsx';
import { PageHeader } from '../../app/shell/page-header.tsx';
import { Button } from '../../components/ui/button.tsx';
import { DataTable, type TableColumn } from '../../components/ui/data-table.tsx';
import { Dialog } from '../../components/ui/dialog.tsx';
import { ErrorState, Skeleton } from '../../components/ui/states.tsx';
import { toast } from '../../components/ui/toast.tsx';
import { api } from '../../lib/api-client.ts';
import { awardCall, getCall, letterUrl, recordPayment, scholarshipKeys, updateCall } from './api.ts';
import { useScholarshipsI18n } from './i18n.ts';
import { RankingTable } from './ranking-table.tsx';

const DECIDED = 'approved,waitlisted,rejected,enrolled,completed,failed,dropped';

/** The decided applications of a call (the case list filtered by call), for letters and payments. */
const decidedOf = (callId: string) =>
  api.get('/api/cases', { query: { call: callId, status: DECIDED, limit: 200 }, schema: CaseListSchema });

function Decisions({ callId, canManage }: { callId: string; canManage: boolean }) {
  const { t } = useScholarshipsI18n();
  const decided = useQuery({
    queryKey: [...scholarshipKeys.call(callId), 'decided'],
    queryFn: () => decidedOf(callId),
  });
  const pay = useMutation({
    mutationFn: (caseId: string) => recordPayment(caseId, 'paid'),
    onSuccess: () => toast({ tone: 'success', title: t('payment.recorded') }),
  });
  const columns: TableColumn<CaseSummary>[] = [
    {
      id: 'reference',
      header: t('col.reference'),
      isRowHeader: true,
      cell: (row) => <a href={`/app/cases/${row.id}`}>{row.reference}</a>,
    },
    { id: 'title', header: t('col.title'), cell: (row) => row.title },
    { id: 'status', header: t('col.outcome'), cell: (row) => row.statusLabel },
    {
      id: 'actions',
      header: t('col.actions'),
      cell: (row) => (
        <span className="button-row">
          <a href={letterUrl(row.id)}>{t('letter.link')}</a>
          {canManage && row.status === 'approved' ? (
            <Button onPress={() => pay.mutate(row.id)} isDisabled={pay.isPending}>
              {t('payment.record')}
            </Button>
          ) : null}
        </span>
      ),
    },
  ];
  return (
    <section aria-labelledby="decisions-title">
      <h2 id="decisions-title">{t('outcomes.title')}</h2>
      <DataTable
        label={t('outcomes.table')}
        columns={columns}
        rows={decided.data?.items}
        rowKey={(row) => row.id}
        isLoading={decided.isLoading}
        error={decided.error}
        empty={t('ranking.empty')}
      />
    </section>
  );
}

/** One call: its budget, the committee's ranking and scores, the award, letters and payments. */
export function CallPage() {
  const { callId } = useParams({ strict: false }) as { callId: string };
  const { t } = useScholarshipsI18n();
  const me = useMe();
  const client = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const call = useQuery({ queryKey: scholarshipKeys.call(callId), queryFn: () => getCall(callId) });
  const refresh = () => client.invalidateQueries({ queryKey: scholarshipKeys.all });
  const setStatus = useMutation({
    mutationFn: (status: 'open' | 'closed') => updateCall(callId, { status }),
    onSuccess: refresh,
    onError: (error) => toast({ tone: 'error', title: error.message }),
  });
  const award = useMutation({
    mutationFn: () => awardCall(callId),
    onSuccess: async (result: AwardResult) => {
      setConfirming(false);
      const { approved, waitlisted, rejected } = result;
      toast({ tone: 'success', title: t('award.done', { approved, waitlisted, rejected }) });
      await refresh();
    },
    onError: (error) => toast({ tone: 'error', title: error.message }),
  });
  if (call.error) return <ErrorState error={call.error} onRetry={() => void call.refetch()} />;
  if (!call.data) return <Skeleton lines={6} />;
  const data = call.data;
  const canManage = hasPermission(me.roles, 'scholarships.manage');
  const money = (cents: number) => t('money', { amount: cents / 100 });
  const actions = canManage ? (
    <>
      {data.status === 'draft' ? (
        <Button onPress={() => setStatus.mutate('open')}>{t('call.open')}</Button>
      ) : null}
      {data.status === 'open' ? (
        <Button onPress={() => setStatus.mutate('closed')}>{t('call.close')}</Button>
      ) : null}
      {data.status !== 'awarded' && data.status !== 'draft' ? (
        <Button variant="primary" onPress={() => setConfirming(true)}>
          {t('award.button')}
        </Button>
      ) : null}
    </>
  ) : null;
  return (
    <>
      <PageHeader title={t('title.call', { title: data.title })} actions={actions} />
      <section aria-labelledby="facts-title">
        <h2 id="facts-title">{t('call.facts')}</h2>
        <dl className="meta-list">
          <dt>{t('col.status')}</dt>
          <dd>{CALL_STATUS_LABELS[data.status]}</dd>
          <dt>{t('call.period')}</dt>
          <dd>
            {data.opensOn} – {data.closesOn} ({data.academicYear})
          </dd>
          <dt>{t('call.budget')}</dt>
          <dd>{money(data.budgetCents)}</dd>
          <dt>{t('call.grant')}</dt>
          <dd>{money(data.grantCents)}</dd>
          <dt>{t('call.used')}</dt>
          <dd>{money(data.budgetUsedCents)}</dd>
          <dt>{t('call.left')}</dt>
          <dd>{money(data.budgetLeftCents)}</dd>
          <dt>{t('call.paid')}</dt>
          <dd>{money(data.paidCents)}</dd>
        </dl>
        <p>{t('call.applications', { count: data.applications })}</p>
      </section>
      {data.status === 'awarded' ? null : <RankingTable callId={callId} />}
      <Decisions callId={callId} canManage={canManage} />
      <Dialog
        title={t('award.confirmTitle')}
        isOpen={confirming}
        onOpenChange={setConfirming}
        actions={
          <Button variant="primary" onPress={() => award.mutate()} isDisabled={award.isPending}>
            {t('award.go')}
          </Button>
        }
      >
        <p>{t('award.confirm')}</p>
      </Dialog>
    </>
  );
}
