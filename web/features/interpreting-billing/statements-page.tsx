import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { StatementOut } from '../../../contracts/interpreting-billing.ts';
import { PERMISSIONS } from '../../../contracts/permissions.ts';
import { useMe } from '../../app/session.tsx';
import { PageHeader } from '../../app/shell/page-header.tsx';
import { formatDateTime } from '../../components/ui/date-time.tsx';
import { Select } from '../../components/ui/select.tsx';
import { EmptyState, Skeleton } from '../../components/ui/states.tsx';
import { getMyProfile, interpretingKeys } from '../interpreting/api.ts';
import { brusselsParts } from '../interpreting/brussels.ts';
import { formatCents } from '../interpreting/format.ts';
import { interpretingTranslator } from '../interpreting/i18n.ts';
import { languageLabel } from '../interpreting/languages.ts';
import { Facts, LoadError } from '../interpreting/parts.tsx';
import { billingKeys, getStatement, listInterpreters, statementCsvUrl } from './api.ts';
import { useBillingI18n } from './i18n.ts';
import { formatMinutes, monthLabel, monthOf, recentMonths } from './periods.ts';
import { type SimpleColumn, SimpleTable } from './simple-table.tsx';
import './billing.css';

type Line = StatementOut['lines'][number];

function useColumns(): SimpleColumn<Line>[] {
  const { t } = useBillingI18n();
  return [
    { id: 'date', header: t('common.date'), cell: (l) => formatDateTime(l.serviceDate, 'nl-BE', 'date') },
    {
      id: 'reference',
      header: t('common.reference'),
      cell: (l) =>
        l.kind === 'late_cancellation' ? `${l.reference} (${t('statements.lateCancellation')})` : l.reference,
    },
    {
      id: 'language',
      header: t('common.language'),
      cell: (l) =>
        `${languageLabel(l.language)} · ${interpretingTranslator.maybe(`mode.${l.mode}`) ?? l.mode}`,
    },
    {
      id: 'minutes',
      header: t('statements.billable'),
      numeric: true,
      cell: (l) => formatMinutes(l.billableMinutes),
    },
    {
      id: 'km',
      header: t('billing.line.km'),
      numeric: true,
      cell: (l) => l.kilometres.toLocaleString('nl-BE'),
    },
    { id: 'fee', header: t('statements.fee'), numeric: true, cell: (l) => formatCents(l.feeCents) },
    { id: 'travel', header: t('statements.travel'), numeric: true, cell: (l) => formatCents(l.travelCents) },
  ];
}

function Statement({ interpreterId, month }: { interpreterId: string; month: string }) {
  const { t } = useBillingI18n();
  const columns = useColumns();
  const statement = useQuery({
    queryKey: billingKeys.statement(interpreterId, month),
    queryFn: () => getStatement(interpreterId, month),
  });
  if (statement.isPending) return <Skeleton lines={4} />;
  if (statement.error) return <LoadError error={statement.error} onRetry={() => void statement.refetch()} />;
  const s = statement.data;
  const heading = t('statements.heading', { code: s.interpreterCode, month: monthLabel(s.month) });
  return (
    <section className="interp-section" aria-labelledby="statement-heading" data-statement={s.month}>
      <h2 id="statement-heading">{heading}</h2>
      <Facts
        items={[
          [t('statements.sessions'), s.lines.length],
          [t('statements.totalMinutes'), formatMinutes(s.totalMinutes)],
          [t('statements.totalKm'), s.totalKilometres.toLocaleString('nl-BE')],
          [t('statements.totalFee'), formatCents(s.totalFeeCents)],
          [t('statements.totalTravel'), formatCents(s.totalTravelCents)],
          [
            t('statements.total'),
            <strong key="total" data-total>
              {formatCents(s.totalCents)}
            </strong>,
          ],
        ]}
      />
      <p>
        <a href={statementCsvUrl(s.interpreterId, s.month)} download>
          {t('statements.csv')}
        </a>
      </p>
      {s.lines.length === 0 ? (
        <EmptyState title={t('statements.empty')} />
      ) : (
        <SimpleTable caption={heading} columns={columns} rows={s.lines} rowKey={(l) => l.assignmentId} />
      )}
    </section>
  );
}

function InterpreterPicker({
  value,
  onChange,
}: {
  value: string | null;
  onChange: (id: string | null) => void;
}) {
  const { t } = useBillingI18n();
  const register = useQuery({ queryKey: billingKeys.interpreters, queryFn: listInterpreters });
  if (register.error) return <LoadError error={register.error} onRetry={() => void register.refetch()} />;
  const options = (register.data?.items ?? []).map((i) => ({
    id: i.id,
    label: `${i.code} · ${i.givenName} ${i.familyName}`,
  }));
  return (
    <Select
      label={t('common.interpreter')}
      name="interpreter"
      options={options}
      value={value}
      onChange={onChange}
    />
  );
}

/** An interpreter's month: billing staff pick whom; an interpreter sees her own. */
export function StatementsPage() {
  const { t } = useBillingI18n();
  const me = useMe();
  const billing = me.roles.some((role) => PERMISSIONS['interpreting.billing'].some((x) => x === role));
  const today = brusselsParts(new Date()).date;
  const [month, setMonth] = useState(monthOf(today));
  const [picked, setPicked] = useState<string | null>(null);
  const profile = useQuery({ queryKey: interpretingKeys.me, queryFn: getMyProfile, enabled: !billing });
  const interpreterId = billing ? picked : (profile.data?.id ?? null);
  const months = recentMonths(today, 13).map((id) => ({ id, label: monthLabel(id) }));
  return (
    <>
      <PageHeader title={t('title.statements')} />
      <search className="filters" aria-label={t('statements.pick')}>
        {billing ? <InterpreterPicker value={picked} onChange={setPicked} /> : null}
        <Select
          label={t('common.month')}
          name="month"
          options={months}
          value={month}
          onChange={(v) => setMonth(v ?? monthOf(today))}
        />
      </search>
      {!billing && profile.error ? (
        <EmptyState title={t('statements.notInterpreter')} />
      ) : interpreterId ? (
        <Statement interpreterId={interpreterId} month={month} />
      ) : billing ? (
        <EmptyState title={t('statements.chooseInterpreter')} />
      ) : (
        <Skeleton lines={3} />
      )}
    </>
  );
}
