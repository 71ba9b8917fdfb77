import type { InvoiceLine, InvoiceOut } from '../../../contracts/interpreting-billing.ts';
import { formatDateTime } from '../../components/ui/date-time.tsx';
import { type InvoiceFormat, invoiceFileUrl } from '../interpreting/api.ts';
import { formatCents } from '../interpreting/format.ts';
import { interpretingTranslator } from '../interpreting/i18n.ts';
import { languageLabel } from '../interpreting/languages.ts';
import { Facts } from '../interpreting/parts.tsx';
import { useBillingI18n } from './i18n.ts';
import { formatMinutes, quarterLabel } from './periods.ts';
import { type SimpleColumn, SimpleTable } from './simple-table.tsx';

export const INVOICE_FORMATS: readonly { id: InvoiceFormat; label: string }[] = [
  { id: 'pdf', label: 'PDF' },
  { id: 'csv', label: 'CSV' },
  { id: 'xlsx', label: 'XLSX' },
];

/** PDF, CSV and XLSX links, each named with the invoice number for a screen reader. */
export function InvoiceLinks({ id, number }: { id: string; number: string }) {
  const { t } = useBillingI18n();
  return (
    <span className="interp-card__actions">
      {INVOICE_FORMATS.map((f) => (
        <a
          key={f.id}
          href={invoiceFileUrl(id, f.id)}
          download
          data-format={f.id}
          aria-label={t('billing.download', { format: f.label, number })}
        >
          {f.label}
        </a>
      ))}
    </span>
  );
}

function useLineColumns(): SimpleColumn<InvoiceLine>[] {
  const { t } = useBillingI18n();
  const mode = (line: InvoiceLine) =>
    line.mode ? (interpretingTranslator.maybe(`mode.${line.mode}`) ?? line.mode) : '';
  return [
    { id: 'date', header: t('common.date'), cell: (l) => formatDateTime(l.serviceDate, 'nl-BE', 'date') },
    { id: 'reference', header: t('common.reference'), cell: (l) => l.reference ?? '' },
    { id: 'description', header: t('billing.line.description'), cell: (l) => l.description },
    {
      id: 'language',
      header: t('common.language'),
      cell: (l) => [l.language ? languageLabel(l.language) : '', mode(l)].filter(Boolean).join(' · '),
    },
    {
      id: 'minutes',
      header: t('billing.line.minutes'),
      numeric: true,
      cell: (l) => (l.billableMinutes === null ? '' : formatMinutes(l.billableMinutes)),
    },
    {
      id: 'km',
      header: t('billing.line.km'),
      numeric: true,
      cell: (l) => (l.kilometres === null ? '' : l.kilometres.toLocaleString('nl-BE')),
    },
    {
      id: 'amount',
      header: t('billing.line.amount'),
      numeric: true,
      cell: (l) => formatCents(l.amountCents),
    },
    {
      id: 'travel',
      header: t('billing.line.travel'),
      numeric: true,
      cell: (l) => formatCents(l.travelCents),
    },
    {
      id: 'total',
      header: t('common.total'),
      numeric: true,
      cell: (l) => formatCents(l.amountCents + l.travelCents),
    },
  ];
}

/** One invoice: who, which quarter, the total, the downloads and every line. */
export function InvoiceView({ invoice }: { invoice: InvoiceOut }) {
  const { t } = useBillingI18n();
  const columns = useLineColumns();
  const footer = columns.map((c, i) =>
    i === 0 ? t('billing.net') : c.id === 'total' ? formatCents(invoice.netCents) : '',
  );
  // One line per VAT rate; the published tariffs are exempt (0 %).
  const vat = invoice.vatRates.some((r) => r.percent > 0)
    ? invoice.vatRates
        .map((r) =>
          t('billing.vatRate', {
            percent: r.percent,
            base: formatCents(r.baseCents),
            vat: formatCents(r.vatCents),
          }),
        )
        .join('; ')
    : t('billing.vatExempt');
  return (
    <section className="interp-section" aria-labelledby="invoice-heading" data-invoice={invoice.number}>
      <h2 id="invoice-heading">{t('billing.invoice', { number: invoice.number })}</h2>
      <Facts
        items={[
          [t('common.organisation'), invoice.organisationName],
          [t('common.quarter'), quarterLabel(invoice.quarter)],
          [t('billing.net'), formatCents(invoice.netCents)],
          [t('billing.vat'), vat],
          [
            t('billing.totalInclVat'),
            <strong key="total" data-total>
              {formatCents(invoice.totalCents)}
            </strong>,
          ],
          [t('billing.downloads'), <InvoiceLinks key="links" id={invoice.id} number={invoice.number} />],
        ]}
      />
      <SimpleTable
        caption={t('billing.lines', { number: invoice.number })}
        columns={columns}
        rows={invoice.lines}
        rowKey={(l) => l.id}
        footer={footer}
      />
    </section>
  );
}
