import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Form } from 'react-aria-components';
import type { InvoiceOut, InvoiceSummary } from '../../../contracts/interpreting-billing.ts';
import { PageHeader } from '../../app/shell/page-header.tsx';
import { Button } from '../../components/ui/button.tsx';
import { DataTable, type TableColumn } from '../../components/ui/data-table.tsx';
import { Select } from '../../components/ui/select.tsx';
import { EmptyState, FormError } from '../../components/ui/states.tsx';
import { toast } from '../../components/ui/toast.tsx';
import { interpretingKeys, listOrganisations } from '../interpreting/api.ts';
import { brusselsParts } from '../interpreting/brussels.ts';
import { formatCents } from '../interpreting/format.ts';
import { LoadError } from '../interpreting/parts.tsx';
import { billingKeys, createInvoice, getInvoice, listInvoices } from './api.ts';
import { describeError } from './describe-error.ts';
import { useBillingI18n } from './i18n.ts';
import { InvoiceLinks, InvoiceView } from './invoice-view.tsx';
import { quarterLabel, quarterOf, recentQuarters } from './periods.ts';
import './billing.css';

function useColumns(onOpen: (i: InvoiceSummary) => void): TableColumn<InvoiceSummary>[] {
  const { t } = useBillingI18n();
  return [
    {
      id: 'number',
      header: t('billing.number'),
      isRowHeader: true,
      cell: (i) => i.number,
      sortValue: (i) => i.number,
    },
    {
      id: 'organisation',
      header: t('common.organisation'),
      cell: (i) => i.organisationName,
      sortValue: (i) => i.organisationName,
    },
    { id: 'quarter', header: t('common.quarter'), cell: (i) => i.quarter, sortValue: (i) => i.quarter },
    { id: 'lines', header: t('billing.lineCount'), cell: (i) => i.lineCount },
    {
      id: 'total',
      header: t('common.total'),
      cell: (i) => formatCents(i.totalCents),
      sortValue: (i) => i.totalCents,
    },
    {
      id: 'open',
      header: t('billing.downloads'),
      cell: (i) => (
        <span className="interp-card__actions">
          <Button
            variant="quiet"
            onPress={() => onOpen(i)}
            aria-label={t('billing.openLabel', { number: i.number })}
          >
            {t('billing.open')}
          </Button>
          <InvoiceLinks id={i.id} number={i.number} />
        </span>
      ),
    },
  ];
}

/** Billing staff draft an organisation's quarterly invoice and find the ones drafted before. */
export function BillingPage() {
  const { t } = useBillingI18n();
  const client = useQueryClient();
  const today = brusselsParts(new Date()).date;
  const [organisationId, setOrganisationId] = useState<string | null>(null);
  const [quarter, setQuarter] = useState<string>(quarterOf(today));
  const [shown, setShown] = useState<InvoiceOut | null>(null);
  const [missing, setMissing] = useState(false);
  const organisations = useQuery({ queryKey: interpretingKeys.organisations, queryFn: listOrganisations });
  const filter = organisationId ? { organisationId } : {};
  const invoices = useQuery({ queryKey: billingKeys.invoices(filter), queryFn: () => listInvoices(filter) });

  const draft = useMutation({
    mutationFn: (input: { organisationId: string; quarter: string }) =>
      createInvoice(input.organisationId, input.quarter),
    onSuccess: async (invoice) => {
      setShown(invoice);
      toast({
        tone: 'success',
        title: t('billing.drafted', { number: invoice.number, total: formatCents(invoice.totalCents) }),
      });
      await client.invalidateQueries({ queryKey: billingKeys.all });
    },
  });
  const open = useMutation({ mutationFn: (i: InvoiceSummary) => getInvoice(i.id), onSuccess: setShown });
  const columns = useColumns((i) => open.mutate(i));
  const organisationOptions = (organisations.data?.items ?? []).map((o) => ({ id: o.id, label: o.name }));
  const quarters = recentQuarters(today, 8).map((id) => ({ id, label: quarterLabel(id) }));
  const submit = () => {
    setMissing(!organisationId);
    if (organisationId) draft.mutate({ organisationId, quarter });
  };

  return (
    <>
      <PageHeader title={t('title.billing')} />
      <section className="interp-section" aria-labelledby="draft-heading">
        <h2 id="draft-heading">{t('billing.draftTitle')}</h2>
        <p>{t('billing.draftHelp')}</p>
        <Form
          className="bill-form"
          validationBehavior="aria"
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <Select
            label={t('common.organisation')}
            name="organisationId"
            options={organisationOptions}
            value={organisationId}
            onChange={setOrganisationId}
            isRequired
            error={missing ? t('billing.pickOrganisation') : undefined}
          />
          <Select
            label={t('common.quarter')}
            name="quarter"
            options={quarters}
            value={quarter}
            onChange={(v) => setQuarter(v ?? quarterOf(today))}
            isRequired
          />
          <Button type="submit" variant="primary" isPending={draft.isPending}>
            {t('billing.draft')}
          </Button>
        </Form>
        <FormError message={draft.error ? describeError(draft.error) : null} />
      </section>
      {open.error ? <FormError message={describeError(open.error)} /> : null}
      {shown ? <InvoiceView invoice={shown} /> : null}
      <section className="interp-section" aria-labelledby="existing-heading">
        <h2 id="existing-heading">{t('billing.existing')}</h2>
        {invoices.error ? (
          <LoadError error={invoices.error} onRetry={() => void invoices.refetch()} />
        ) : (
          <DataTable
            label={t('billing.existing')}
            columns={columns}
            rows={invoices.data?.items}
            rowKey={(i) => i.id}
            isLoading={invoices.isPending}
            empty={<EmptyState title={t('billing.existingEmpty')} />}
          />
        )}
      </section>
    </>
  );
}
