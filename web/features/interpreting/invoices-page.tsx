import { useQuery } from '@tanstack/react-query';
import type { InvoiceSummary } from '../../../contracts/interpreting-billing.ts';
import { PageHeader } from '../../app/shell/page-header.tsx';
import { DataTable, type TableColumn } from '../../components/ui/data-table.tsx';
import { EmptyState } from '../../components/ui/states.tsx';
import { type InvoiceFormat, interpretingKeys, invoiceFileUrl, listInvoices } from './api.ts';
import { formatCents } from './format.ts';
import { useInterpretingI18n } from './i18n.ts';
import { LoadError } from './parts.tsx';
import './interpreting.css';

const FORMATS: readonly { id: InvoiceFormat; label: string }[] = [
  { id: 'pdf', label: 'PDF' },
  { id: 'csv', label: 'CSV' },
  { id: 'xlsx', label: 'XLSX' },
];

function useColumns(): TableColumn<InvoiceSummary>[] {
  const { t } = useInterpretingI18n();
  return [
    {
      id: 'number',
      header: t('invoices.number'),
      isRowHeader: true,
      cell: (i) => i.number,
      sortValue: (i) => i.number,
    },
    { id: 'quarter', header: t('invoices.quarter'), cell: (i) => i.quarter, sortValue: (i) => i.quarter },
    { id: 'organisation', header: t('invoices.organisation'), cell: (i) => i.organisationName },
    { id: 'lines', header: t('invoices.lines'), cell: (i) => i.lineCount },
    {
      id: 'total',
      header: t('invoices.total'),
      cell: (i) => formatCents(i.totalCents),
      sortValue: (i) => i.totalCents,
    },
    {
      id: 'downloads',
      header: t('invoices.downloads'),
      cell: (i) => (
        <span className="interp-card__actions">
          {FORMATS.map((f) => (
            <a
              key={f.id}
              href={invoiceFileUrl(i.id, f.id)}
              download
              aria-label={t('invoices.download', { format: f.label, number: i.number })}
            >
              {f.label}
            </a>
          ))}
        </span>
      ),
    },
  ];
}

/** Quarterly invoices: a requester sees her organisation's, billing staff every organisation's. */
export function InvoicesPage() {
  const { t } = useInterpretingI18n();
  const invoices = useQuery({ queryKey: interpretingKeys.invoices, queryFn: listInvoices });
  const columns = useColumns();
  return (
    <>
      <PageHeader title={t('title.invoices')} />
      {invoices.error ? (
        <LoadError error={invoices.error} onRetry={() => void invoices.refetch()} />
      ) : (
        <DataTable
          label={t('title.invoices')}
          columns={columns}
          rows={invoices.data?.items}
          rowKey={(i) => i.id}
          isLoading={invoices.isPending}
          empty={<EmptyState title={t('invoices.empty')} />}
        />
      )}
    </>
  );
}
