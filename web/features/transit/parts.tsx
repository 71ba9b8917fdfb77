import { Link } from '@tanstack/react-router';
import { type ReactNode, useId } from 'react';
import type { ReservationSummary, TransitStatus } from '../../../contracts/transit.ts';
import { NativeInputField, NativeSelectField } from '../../components/ui/native-fields.tsx';
import { formatDay, STATUS_LABELS } from './format.ts';
import { transitTranslator, useTransitI18n } from './i18n.ts';
import './transit.css';

/** Native controls with the pages' "(verplicht)" text; each is findable by its label. */
const requiredText = (required: boolean | undefined) =>
  required ? transitTranslator.t('required') : undefined;

export function InputField(
  props: Omit<Parameters<typeof NativeInputField>[0], 'required'> & { required?: boolean },
) {
  return <NativeInputField {...props} required={requiredText(props.required)} />;
}

export function SelectField(
  props: Omit<Parameters<typeof NativeSelectField>[0], 'required'> & { required?: boolean },
) {
  return <NativeSelectField {...props} required={requiredText(props.required)} />;
}

export const METHOD_OPTIONS = (['cash', 'card', 'transfer'] as const).map((value) => ({
  value,
  label: transitTranslator.t(`method.${value}`),
}));

export function StatusBadge({ status }: { status: TransitStatus }) {
  return <span className={`transit-status transit-status--${status}`}>{STATUS_LABELS[status]}</span>;
}

export function Facts({ rows }: { rows: readonly (readonly [string, ReactNode])[] }) {
  return (
    <dl className="meta-list transit-facts">
      {rows.map(([label, value]) => (
        <div key={label} className="transit-fact">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function pitchNumbers(reservation: Pick<ReservationSummary, 'pitches'>): string {
  return reservation.pitches.map((p) => p.number).join(', ');
}

/** The stay in words: `vrijdag 27 november 2026 tot … (3 nachten)`. */
export function stayText(r: Pick<ReservationSummary, 'arrival' | 'departure' | 'nights'>): string {
  const { t } = transitTranslator;
  return t('party.stay', {
    arrival: formatDay(r.arrival, 'short'),
    departure: formatDay(r.departure, 'short'),
    nights: r.nights,
  });
}

/** One party on the today page: who, how many, where, and the one-tap step. */
export function PartyCard({
  reservation,
  action,
  note,
}: {
  reservation: ReservationSummary;
  action?: ReactNode;
  /** Something the supervisor must know first (why the party cannot check in yet). */
  note?: ReactNode;
}) {
  const { t } = useTransitI18n();
  const r = reservation;
  return (
    <li className="transit-card">
      <div className="transit-card__text">
        <Link to="/transit/reservations/$id" params={{ id: r.id }} className="transit-card__name">
          {r.partyName ?? r.reference}
        </Link>
        <span>
          {r.reference} · <StatusBadge status={r.status} />
        </span>
        <span>
          {t('party.caravans', { count: r.caravans })} ·{' '}
          {r.pitches.length > 0 ? t('party.pitches', { numbers: pitchNumbers(r) }) : t('party.noPitches')}
        </span>
        <span>{stayText(r)}</span>
        {note ? <span className="transit-card__note">{note}</span> : null}
      </div>
      {action ? <div className="transit-card__action">{action}</div> : null}
    </li>
  );
}

/** The links between the transit pages, shown under each page's title (all for `transit.manage`). */
export function TransitTabs() {
  const { t } = useTransitI18n();
  return (
    <nav aria-label={t('nav.label')} className="transit-tabs">
      <Link to="/transit" activeOptions={{ exact: true }}>
        {t('nav.today')}
      </Link>
      <Link to="/transit/grid">{t('nav.grid')}</Link>
      <Link to="/transit/reservations" activeOptions={{ exact: true }}>
        {t('nav.list')}
      </Link>
      <Link to="/transit/reservations/new">{t('nav.new')}</Link>
      <Link to="/transit/site">{t('nav.site')}</Link>
    </nav>
  );
}

export function CheckboxField(props: {
  label: string;
  name: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const id = useId();
  return (
    <div className="transit-check">
      <input
        id={id}
        name={props.name}
        type="checkbox"
        checked={props.checked}
        onChange={(e) => props.onChange(e.target.checked)}
      />
      <label htmlFor={id}>{props.label}</label>
    </div>
  );
}
