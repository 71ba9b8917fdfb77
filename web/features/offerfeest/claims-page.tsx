import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { CLAIM_STATUSES, type Claim } from '../../../contracts/offerfeest.ts';
import { PageHeader } from '../../app/shell/page-header.tsx';
import { Button } from '../../components/ui/button.tsx';
import { DataTable, type TableColumn } from '../../components/ui/data-table.tsx';
import { Dialog } from '../../components/ui/dialog.tsx';
import { NativeSelectField } from '../../components/ui/native-fields.tsx';
import { invoiceUrl, listClaims, offerfeestKeys } from './api.ts';
import { BatchesSection } from './batches-section.tsx';
import { type OfferfeestT, useOfferfeestI18n } from './i18n.ts';
import { ManageOnly } from './manage-only.tsx';
import { ReviewForm } from './review-form.tsx';
import { useEditionOfPage } from './use-edition.ts';

function columnsOf(t: OfferfeestT, review: (claim: Claim) => void): TableColumn<Claim>[] {
  const money = (cents: number | null) => (cents === null ? '—' : t('money', { amount: cents / 100 }));
  return [
    { id: 'reference', header: t('col.reference'), isRowHeader: true, cell: (c) => c.reference },
    { id: 'name', header: t('col.name'), cell: (c) => c.name ?? '—', sortValue: (c) => c.name },
    {
      id: 'invoice',
      header: t('col.invoice'),
      cell: (c) =>
        c.hasInvoice ? (
          <a href={invoiceUrl(c.id)} target="_blank" rel="noreferrer">
            {t('claim.invoice')}
          </a>
        ) : (
          t('claim.noInvoice')
        ),
    },
    { id: 'requested', header: t('col.requested'), cell: (c) => money(c.invoiceCents) },
    { id: 'approved', header: t('col.approved'), cell: (c) => money(c.approvedCents) },
    { id: 'iban', header: t('col.iban'), cell: (c) => c.ibanMasked ?? '—' },
    {
      id: 'status',
      header: t('col.status'),
      cell: (c) => t(`claim.${c.status}`),
      sortValue: (c) => c.status,
    },
    {
      id: 'actions',
      header: t('col.actions'),
      cell: (c) =>
        c.status === 'submitted' || c.status === 'in_review' ? (
          <Button onPress={() => review(c)}>{t('claim.review')}</Button>
        ) : null,
    },
  ];
}

function Claims({ editionId, year }: { editionId: string; year: number }) {
  const { t } = useOfferfeestI18n();
  const [status, setStatus] = useState('');
  const [reviewing, setReviewing] = useState<Claim | null>(null);
  const claims = useQuery({
    queryKey: offerfeestKeys.claims(editionId, status),
    queryFn: () => listClaims(editionId, status),
  });
  return (
    <>
      <PageHeader title={t('title.claims', { year })} />
      <div className="filters">
        <NativeSelectField
          name="status"
          label={t('filter.status')}
          value={status}
          placeholder={t('filter.all')}
          options={CLAIM_STATUSES.map((s) => ({ value: s, label: t(`claim.${s}`) }))}
          onChange={setStatus}
        />
      </div>
      <DataTable
        label={t('claims.table')}
        columns={columnsOf(t, setReviewing)}
        rows={claims.data}
        rowKey={(c) => c.id}
        isLoading={claims.isLoading}
        error={claims.error}
        onRetry={() => void claims.refetch()}
        empty={t('claims.empty')}
      />
      <BatchesSection editionId={editionId} />
      <Dialog
        title={t('claim.reviewTitle', { reference: reviewing?.reference ?? '' })}
        isOpen={reviewing !== null}
        onOpenChange={(open) => {
          if (!open) setReviewing(null);
        }}
      >
        {reviewing ? <ReviewForm claim={reviewing} onDone={() => setReviewing(null)} /> : null}
      </Dialog>
    </>
  );
}

/** An edition's reimbursement claims (review) and payment files (offerfeest.manage). */
export function ClaimsPage() {
  const { t } = useOfferfeestI18n();
  const { edition, editionId } = useEditionOfPage();
  const year = edition?.year ?? 0;
  return (
    <ManageOnly title={t('title.claims', { year })}>
      <Claims editionId={editionId} year={year} />
    </ManageOnly>
  );
}
