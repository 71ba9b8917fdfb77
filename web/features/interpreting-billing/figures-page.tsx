import { useQuery } from '@tanstack/react-query';
import type { InterpretingFigures } from '../../../contracts/interpreting-figures.ts';
import { PageHeader } from '../../app/shell/page-header.tsx';
import { text, useSearchState } from '../../app/shell/use-search-state.ts';
import { FormError, Skeleton } from '../../components/ui/states.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import { brusselsParts } from '../interpreting/brussels.ts';
import { interpretingTranslator } from '../interpreting/i18n.ts';
import { LoadError } from '../interpreting/parts.tsx';
import { billingKeys, getFigures } from './api.ts';
import { type Bucket, formatHours, formatRate, sortBuckets, statusRows } from './figures-format.ts';
import { useBillingI18n } from './i18n.ts';
import { quarterOf, quarterRange } from './periods.ts';
import { type SimpleColumn, SimpleTable } from './simple-table.tsx';
import './billing.css';

const isoDate = (value: unknown) => {
  const v = text(value);
  return v && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : undefined;
};
const parseSearch = (raw: Record<string, unknown>) => ({ from: isoDate(raw.from), to: isoDate(raw.to) });

type Row = { what: string; value: string | number };

function BucketTable({ caption, buckets }: { caption: string; buckets: readonly Bucket[] }) {
  const { t } = useBillingI18n();
  const columns: SimpleColumn<Bucket>[] = [
    { id: 'label', header: t('figures.key'), cell: (b) => b.label },
    { id: 'requests', header: t('figures.requests'), numeric: true, cell: (b) => b.requests },
    { id: 'hours', header: t('figures.hours'), numeric: true, cell: (b) => formatHours(b.hours) },
  ];
  return (
    <SimpleTable caption={caption} columns={columns} rows={sortBuckets(buckets)} rowKey={(b) => b.key} />
  );
}

function Figures({ figures }: { figures: InterpretingFigures }) {
  const { t } = useBillingI18n();
  const none = t('figures.none');
  const pair: SimpleColumn<Row>[] = [
    { id: 'what', header: t('figures.what'), cell: (r) => r.what },
    { id: 'value', header: t('figures.count'), numeric: true, cell: (r) => r.value },
  ];
  const median = figures.medianHoursToConfirmation;
  const summary: Row[] = [
    { what: t('figures.requests'), value: figures.requests },
    { what: t('figures.fillRate'), value: formatRate(figures.fillRate) ?? none },
    { what: t('figures.hours'), value: formatHours(figures.hours) },
    {
      what: t('figures.median'),
      value: median === null ? none : t('figures.medianValue', { hours: Math.round(median * 10) / 10 }),
    },
  ];
  const cancellations: Row[] = [
    { what: t('figures.lateCancellations'), value: figures.lateCancellations },
    { what: t('figures.freeCancellations'), value: figures.freeCancellations },
    { what: t('figures.noShowClient'), value: figures.noShows.client },
    { what: t('figures.noShowInterpreter'), value: figures.noShows.interpreter },
  ];
  const statuses = statusRows(figures.byStatus).map((s) => ({
    what: interpretingTranslator.maybe(`status.${s.status}`) ?? s.status,
    value: s.count,
  }));
  return (
    <div className="bill-tables" data-figures={`${figures.from}/${figures.to}`}>
      <SimpleTable caption={t('figures.summary')} columns={pair} rows={summary} rowKey={(r) => r.what} />
      <SimpleTable caption={t('figures.byStatus')} columns={pair} rows={statuses} rowKey={(r) => r.what} />
      <SimpleTable
        caption={t('figures.cancellations')}
        columns={pair}
        rows={cancellations}
        rowKey={(r) => r.what}
      />
      <BucketTable caption={t('figures.byLanguage')} buckets={figures.byLanguage} />
      <BucketTable caption={t('figures.bySector')} buckets={figures.bySector} />
      <BucketTable caption={t('figures.byOrganisation')} buckets={figures.byOrganisation} />
      <BucketTable caption={t('figures.byMode')} buckets={figures.byMode} />
    </div>
  );
}

/** Aggregated figures for a period (this quarter by default): tables, no person named. */
export function FiguresPage() {
  const { t } = useBillingI18n();
  const [search, update] = useSearchState(parseSearch);
  const quarter = quarterRange(quarterOf(brusselsParts(new Date()).date));
  const from = search.from ?? quarter.from;
  const to = search.to ?? quarter.to;
  const valid = from <= to;
  const figures = useQuery({
    queryKey: billingKeys.figures(from, to),
    queryFn: () => getFigures(from, to),
    enabled: valid,
  });
  return (
    <>
      <PageHeader title={t('title.figures')} />
      <search className="filters" aria-label={t('figures.period')}>
        <TextField
          label={t('common.from')}
          type="date"
          name="from"
          value={from}
          onChange={(v) => update({ from: v || undefined })}
        />
        <TextField
          label={t('common.to')}
          type="date"
          name="to"
          value={to}
          onChange={(v) => update({ to: v || undefined })}
          error={valid ? undefined : t('figures.badPeriod')}
        />
      </search>
      {!valid ? (
        <FormError message={t('figures.badPeriod')} />
      ) : figures.isPending ? (
        <Skeleton lines={6} />
      ) : figures.error ? (
        <LoadError error={figures.error} onRetry={() => void figures.refetch()} />
      ) : (
        <Figures figures={figures.data} />
      )}
    </>
  );
}
