import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { TIMESHEET_STATUSES } from '../../../contracts/interpreting-billing.ts';
import type { TimesheetQueueItem } from '../../../contracts/interpreting-billing-queue.ts';
import { PageHeader } from '../../app/shell/page-header.tsx';
import { text, useSearchState } from '../../app/shell/use-search-state.ts';
import { Button } from '../../components/ui/button.tsx';
import { DataTable, type TableColumn } from '../../components/ui/data-table.tsx';
import { Select } from '../../components/ui/select.tsx';
import { EmptyState } from '../../components/ui/states.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import { toast } from '../../components/ui/toast.tsx';
import { formatCents } from '../interpreting/format.ts';
import { interpretingTranslator } from '../interpreting/i18n.ts';
import { languageLabel } from '../interpreting/languages.ts';
import { LoadError, sessionTime } from '../interpreting/parts.tsx';
import { approveTimesheet, billingKeys, listTimesheetQueue, rejectTimesheet } from './api.ts';
import { describeError } from './describe-error.ts';
import { billingTranslator, useBillingI18n } from './i18n.ts';
import { formatMinutes } from './periods.ts';
import { RejectDialog } from './reject-dialog.tsx';
import './billing.css';

type Status = (typeof TIMESHEET_STATUSES)[number];
const isoDate = (value: unknown) => {
  const v = text(value);
  return v && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : undefined;
};
const parseSearch = (raw: Record<string, unknown>) => ({
  status: TIMESHEET_STATUSES.find((s) => s === raw.status),
  from: isoDate(raw.from),
  to: isoDate(raw.to),
});

function reported(item: TimesheetQueueItem): string {
  const { t } = billingTranslator;
  if (item.noShow) return t(`timesheets.noShow.${item.noShow}`);
  if (!item.actualStart || !item.actualEnd) return '';
  return sessionTime(item.actualStart, item.actualEnd);
}

type Actions = {
  busy: boolean;
  onApprove: (i: TimesheetQueueItem) => void;
  onReject: (i: TimesheetQueueItem) => void;
};

function useColumns(actions: Actions): TableColumn<TimesheetQueueItem>[] {
  const { t } = useBillingI18n();
  return [
    { id: 'reference', header: t('common.reference'), isRowHeader: true, cell: (i) => i.reference },
    { id: 'organisation', header: t('common.organisation'), cell: (i) => i.organisationName },
    {
      id: 'interpreter',
      header: t('common.interpreter'),
      cell: (i) => `${i.interpreterCode} · ${i.interpreterName}`,
    },
    {
      id: 'language',
      header: t('common.language'),
      cell: (i) =>
        `${languageLabel(i.language, i.variant)} · ${interpretingTranslator.maybe(`mode.${i.mode}`) ?? i.mode}`,
    },
    {
      id: 'planned',
      header: t('timesheets.planned'),
      cell: (i) => sessionTime(i.plannedStart, i.plannedEnd),
      sortValue: (i) => i.plannedStart,
    },
    { id: 'actual', header: t('timesheets.actual'), cell: reported },
    {
      id: 'waiting',
      header: t('timesheets.waiting'),
      cell: (i) => t('timesheets.minutes', { minutes: i.waitingMinutes }),
    },
    { id: 'km', header: t('timesheets.km'), cell: (i) => i.kilometres.toLocaleString('nl-BE') },
    {
      id: 'actions',
      header: t('timesheets.actions'),
      cell: (i) =>
        i.status === 'submitted' ? (
          <span className="interp-card__actions">
            <Button
              variant="primary"
              isDisabled={actions.busy}
              onPress={() => actions.onApprove(i)}
              aria-label={t('timesheets.approveLabel', { reference: i.reference })}
            >
              {t('timesheets.approve')}
            </Button>
            <Button
              isDisabled={actions.busy}
              onPress={() => actions.onReject(i)}
              aria-label={t('timesheets.rejectLabel', { reference: i.reference })}
            >
              {t('timesheets.reject')}
            </Button>
          </span>
        ) : (
          (i.reviewNote ?? t(`timesheets.status.${i.status}`))
        ),
    },
  ];
}

/** Approve and reject, with the outcome sentence (the charge of an approval) to show above the list. */
function useReview() {
  const { t } = useBillingI18n();
  const client = useQueryClient();
  const [rejecting, setRejecting] = useState<TimesheetQueueItem | null>(null);
  const [outcome, setOutcome] = useState<string | null>(null);
  const refresh = () => client.invalidateQueries({ queryKey: billingKeys.all });
  const approve = useMutation({
    mutationFn: (item: TimesheetQueueItem) => approveTimesheet(item.assignmentId),
    onSuccess: async ({ charge }, item) => {
      setOutcome(
        t('timesheets.approved', {
          reference: item.reference,
          minutes: formatMinutes(charge.billableMinutes ?? 0),
          amount: formatCents(charge.amountCents),
          travel: formatCents(charge.travelCents),
        }),
      );
      await refresh();
    },
    onError: async (error) => {
      toast({ tone: 'error', title: describeError(error) });
      await refresh();
    },
  });
  const reject = useMutation({
    mutationFn: ({ item, note }: { item: TimesheetQueueItem; note: string }) =>
      rejectTimesheet(item.assignmentId, note),
    onSuccess: async (_, { item }) => {
      setRejecting(null);
      setOutcome(t('timesheets.rejected', { reference: item.reference }));
      await refresh();
    },
  });
  const startReject = (item: TimesheetQueueItem) => {
    reject.reset();
    setRejecting(item);
  };
  return { approve, reject, rejecting, setRejecting, startReject, outcome };
}

type Search = ReturnType<typeof parseSearch>;

function TimesheetFilters({ search, update }: { search: Search; update: (patch: Partial<Search>) => void }) {
  const { t } = useBillingI18n();
  const statuses = TIMESHEET_STATUSES.map((id) => ({ id, label: t(`timesheets.status.${id}`) }));
  return (
    <search className="filters" aria-label={t('common.filters')}>
      <Select<Status>
        label={t('timesheets.status')}
        options={statuses}
        value={search.status ?? 'submitted'}
        onChange={(v) => update({ status: v ?? undefined })}
      />
      <TextField
        label={t('common.from')}
        type="date"
        value={search.from ?? ''}
        onChange={(v) => update({ from: v || undefined })}
      />
      <TextField
        label={t('common.to')}
        type="date"
        value={search.to ?? ''}
        onChange={(v) => update({ to: v || undefined })}
      />
    </search>
  );
}

/** Billing staff review what interpreters reported: approving writes the charge, rejecting sends it back. */
export function TimesheetsPage() {
  const { t } = useBillingI18n();
  const [search, update] = useSearchState(parseSearch);
  const query = { status: search.status ?? 'submitted', from: search.from, to: search.to };
  const queue = useQuery({
    queryKey: billingKeys.timesheets(query),
    queryFn: () => listTimesheetQueue(query),
  });
  const review = useReview();
  const { reject, rejecting } = review;
  const columns = useColumns({
    busy: review.approve.isPending || reject.isPending,
    onApprove: (item) => review.approve.mutate(item),
    onReject: review.startReject,
  });
  return (
    <>
      <PageHeader title={t('title.timesheets')} />
      <TimesheetFilters search={search} update={update} />
      <div aria-live="polite">
        {review.outcome ? (
          <p className="interp-notice interp-notice--success" data-outcome>
            {review.outcome}
          </p>
        ) : null}
      </div>
      {queue.error ? (
        <LoadError error={queue.error} onRetry={() => void queue.refetch()} />
      ) : (
        <DataTable
          label={t('title.timesheets')}
          columns={columns}
          rows={queue.data?.items}
          rowKey={(i) => i.assignmentId}
          isLoading={queue.isPending}
          empty={<EmptyState title={t('timesheets.empty')} />}
        />
      )}
      {rejecting ? (
        <RejectDialog
          item={rejecting}
          pending={reject.isPending}
          error={reject.error ? describeError(reject.error) : null}
          onReject={(note) => reject.mutate({ item: rejecting, note })}
          onClose={() => review.setRejecting(null)}
        />
      ) : null}
    </>
  );
}
