import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import type { z } from 'zod';
import type { PaymentBatchSchema } from '../../../contracts/offerfeest.ts';
import { Button } from '../../components/ui/button.tsx';
import { DataTable, type TableColumn } from '../../components/ui/data-table.tsx';
import { DateTime } from '../../components/ui/date-time.tsx';
import { NativeInputField } from '../../components/ui/native-fields.tsx';
import { toast } from '../../components/ui/toast.tsx';
import { createBatch, listBatches, markBatchPaid, offerfeestKeys, painUrl } from './api.ts';
import { useOfferfeestI18n } from './i18n.ts';

type Batch = z.infer<typeof PaymentBatchSchema>;

function PaidButton({ batch }: { batch: Batch }) {
  const { t } = useOfferfeestI18n();
  const client = useQueryClient();
  const paid = useMutation({
    mutationFn: () => markBatchPaid(batch.id),
    onSuccess: async () => {
      toast({ tone: 'success', title: t('batch.markedPaid') });
      await client.invalidateQueries({ queryKey: offerfeestKeys.all });
    },
  });
  return (
    <Button onPress={() => paid.mutate()} isDisabled={paid.isPending}>
      {t('batch.paid')}
    </Button>
  );
}

/** Approved claims go out in a SEPA file (pain.001): make one, download it, mark it paid. */
export function BatchesSection({ editionId }: { editionId: string }) {
  const { t } = useOfferfeestI18n();
  const client = useQueryClient();
  const [executionDate, setExecutionDate] = useState('');
  const batches = useQuery({
    queryKey: offerfeestKeys.batches(editionId),
    queryFn: () => listBatches(editionId),
  });
  const create = useMutation({
    mutationFn: () => createBatch(editionId, executionDate || undefined),
    onSuccess: async (batch) => {
      toast({ tone: 'success', title: t('batches.created', { count: batch.count }) });
      await client.invalidateQueries({ queryKey: offerfeestKeys.all });
    },
  });
  const money = (cents: number) => t('money', { amount: cents / 100 });
  const columns: TableColumn<Batch>[] = [
    { id: 'message', header: t('col.batch'), isRowHeader: true, cell: (b) => <code>{b.messageId}</code> },
    {
      id: 'execution',
      header: t('col.execution'),
      cell: (b) => <DateTime value={b.executionDate} style="date" />,
    },
    { id: 'count', header: t('col.count'), cell: (b) => b.count },
    { id: 'total', header: t('col.total'), cell: (b) => money(b.totalCents) },
    {
      id: 'actions',
      header: t('col.actions'),
      cell: (b) => (
        <span className="button-row">
          <a href={painUrl(b.id)} download={`${b.messageId}.xml`}>
            {t('batch.download')}
          </a>
          <PaidButton batch={b} />
        </span>
      ),
    },
  ];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  return (
    <section aria-labelledby="of-batches-title">
      <h2 id="of-batches-title">{t('batches.title')}</h2>
      <form onSubmit={submit} noValidate className="form form--inline">
        <NativeInputField
          name="executionDate"
          type="date"
          label={t('batches.executionDate')}
          value={executionDate}
          onChange={setExecutionDate}
        />
        <div className="form__actions">
          <Button type="submit" variant="primary" isDisabled={create.isPending}>
            {t('batches.create')}
          </Button>
        </div>
      </form>
      <DataTable
        label={t('batches.table')}
        columns={columns}
        rows={batches.data}
        rowKey={(b) => b.id}
        isLoading={batches.isLoading}
        error={batches.error}
        onRetry={() => void batches.refetch()}
        empty={t('batches.empty')}
      />
    </section>
  );
}
