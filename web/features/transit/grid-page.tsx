import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import type { Occupancy } from '../../../contracts/transit.ts';
import { PageHeader } from '../../app/shell/page-header.tsx';
import { Button } from '../../components/ui/button.tsx';
import { ErrorState, Skeleton } from '../../components/ui/states.tsx';
import { getOccupancy, transitKeys } from './api.ts';
import { addDays, daysOf, formatDay, todayInBrussels } from './format.ts';
import { buildGrid, type CellState, type GridRow, type Segment } from './grid.ts';
import { useTransitI18n } from './i18n.ts';
import { TransitTabs } from './parts.tsx';

const WINDOW = 14;
const STATES: readonly (CellState | 'free')[] = ['free', 'held', 'reserved', 'occupied', 'out_of_service'];

function Legend() {
  const { t } = useTransitI18n();
  return (
    <section aria-labelledby="transit-legend" className="transit-legend">
      <h2 id="transit-legend">{t('grid.legend')}</h2>
      <ul>
        {STATES.map((state) => (
          <li key={state}>
            <span className={`transit-cell transit-cell--${state} transit-legend__swatch`} aria-hidden="true">
              {t(`code.${state}`)}
            </span>
            {t(`state.${state}`)}
          </li>
        ))}
      </ul>
    </section>
  );
}

function TakenCell({ segment }: { segment: Extract<Segment, { kind: 'taken' }> }) {
  const { t } = useTransitI18n();
  const a = segment.allocation;
  const who = a.partyName ?? a.reference ?? a.reason ?? '';
  const label = t('grid.cellLabel', {
    state: t(`state.${segment.state}`),
    who,
    from: formatDay(a.fromDay, 'short'),
    to: formatDay(a.toDay, 'short'),
  });
  const text = (
    <>
      <span aria-hidden="true" className="transit-cell__code">
        {segment.before ? '‹ ' : ''}
        {t(`code.${segment.state}`)}
        {segment.after ? ' ›' : ''}
      </span>{' '}
      <span aria-hidden="true" className="transit-cell__who">
        {a.reference ?? a.reason ?? ''}
      </span>
      <span className="visually-hidden">{label}</span>
    </>
  );
  return (
    <td colSpan={segment.days.length} className={`transit-cell transit-cell--${segment.state}`}>
      {a.reservationId ? (
        <Link to="/transit/reservations/$id" params={{ id: a.reservationId }} className="transit-cell__link">
          {text}
        </Link>
      ) : (
        text
      )}
    </td>
  );
}

function PitchRow({ row }: { row: GridRow }) {
  const { t } = useTransitI18n();
  return (
    <tr>
      <th scope="row" className="transit-grid__pitch">
        {t('grid.pitchNumber', { number: row.pitch.number })}
        {row.pitch.active ? null : <span className="transit-muted"> {t('grid.inactive')}</span>}
      </th>
      {row.segments.map((s) =>
        s.kind === 'free' ? (
          <td key={s.day} className="transit-cell transit-cell--free">
            <span aria-hidden="true">{t('code.free')}</span>
            <span className="visually-hidden">{t('grid.cellFree')}</span>
          </td>
        ) : (
          <TakenCell key={s.days[0]} segment={s} />
        ),
      )}
    </tr>
  );
}

type GridDay = Occupancy['days'][number];

/** The temporary cap (its number, the reason as a tooltip) and the pitches out of service, per day. */
function LimitRows({ days }: { days: Occupancy['days'] }) {
  const { t } = useTransitI18n();
  if (!days.some((d) => d.temporaryCap || d.outOfService > 0)) return null;
  return (
    <>
      <tr>
        <th scope="row">{t('grid.cap')}</th>
        {days.map((d) => (
          <td
            key={d.day}
            className={d.temporaryCap ? 'num transit-capped' : 'num'}
            title={d.temporaryCap?.reason}
          >
            {d.temporaryCap ? d.temporaryCap.pitches : t('grid.capNone')}
          </td>
        ))}
      </tr>
      <tr>
        <th scope="row">{t('grid.outOfService')}</th>
        {days.map((d) => (
          <td key={d.day} className="num">
            {d.outOfService}
          </td>
        ))}
      </tr>
    </>
  );
}

/** The caps that touch the window, in words (the grid's cap row has only the numbers). */
export function capsInWindow(days: Occupancy['days']) {
  const caps = new Map<string, { pitches: number; reason: string; from: string; to: string }>();
  for (const d of days) {
    if (!d.temporaryCap) continue;
    const known = caps.get(d.temporaryCap.id);
    caps.set(d.temporaryCap.id, {
      pitches: d.temporaryCap.pitches,
      reason: d.temporaryCap.reason,
      from: known?.from ?? d.day,
      to: d.day,
    });
  }
  return [...caps.values()];
}

function CapNotes({ days }: { days: Occupancy['days'] }) {
  const { t } = useTransitI18n();
  const caps = capsInWindow(days);
  if (caps.length === 0) return null;
  return (
    <ul className="transit-list transit-caps">
      {caps.map((c) => (
        <li key={`${c.from}-${c.to}`}>
          {t('grid.capsInWindow', {
            from: formatDay(c.from),
            to: formatDay(c.to),
            pitches: c.pitches,
            reason: c.reason,
          })}
        </li>
      ))}
    </ul>
  );
}

function CapacityRows({ days }: { days: Occupancy['days'] }) {
  const { t } = useTransitI18n();
  const rows = [
    ['grid.capacity', (d: GridDay) => d.capacity],
    ['grid.taken', (d: GridDay) => d.taken],
    ['grid.free', (d: GridDay) => d.free],
  ] as const;
  return (
    <tbody className="transit-grid__totals">
      <LimitRows days={days} />
      {rows.map(([key, value]) => (
        <tr key={key}>
          <th scope="row">{t(key)}</th>
          {days.map((d) => (
            <td key={d.day} className={key === 'grid.free' && d.free <= 0 ? 'num transit-full' : 'num'}>
              {value(d)}
            </td>
          ))}
        </tr>
      ))}
    </tbody>
  );
}

function GridTable({ occupancy, days }: { occupancy: Occupancy; days: string[] }) {
  const { t } = useTransitI18n();
  const grid = buildGrid(occupancy, days);
  const today = todayInBrussels();
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section className="transit-scroll" tabIndex={0} aria-label={t('grid.scroll')}>
      <table className="transit-table transit-occupancy">
        <caption className="visually-hidden">{t('grid.table')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('grid.pitch')}</th>
            {days.map((day) => (
              <th key={day} scope="col" className={day === today ? 'transit-grid__today' : undefined}>
                {formatDay(day, 'short')}
              </th>
            ))}
          </tr>
        </thead>
        <CapacityRows days={occupancy.days.filter((d) => days.includes(d.day))} />
        {grid.map(({ cluster, rows }) => (
          <tbody key={cluster}>
            <tr className="transit-grid__cluster">
              <th scope="rowgroup" colSpan={days.length + 1}>
                {t('grid.cluster', { cluster })}
              </th>
            </tr>
            {rows.map((row) => (
              <PitchRow key={row.pitch.id} row={row} />
            ))}
          </tbody>
        ))}
      </table>
    </section>
  );
}

/** Pitches × days for two weeks, by cluster; each allocation a link to its reservation. */
export function GridPage() {
  const { t } = useTransitI18n();
  const [from, setFrom] = useState(() => todayInBrussels());
  const to = addDays(from, WINDOW);
  const days = daysOf(from, to);
  const occupancy = useQuery({
    queryKey: transitKeys.occupancy(from, to),
    queryFn: () => getOccupancy(from, to),
  });
  return (
    <>
      <PageHeader title={t('title.grid')}>
        <p className="page-header__sub">
          {t('grid.window', { from: formatDay(from), to: formatDay(addDays(to, -1)) })}
        </p>
      </PageHeader>
      <TransitTabs />
      <div className="button-row transit-window">
        <Button onPress={() => setFrom(addDays(from, -WINDOW))}>{t('grid.previous')}</Button>
        <Button onPress={() => setFrom(todayInBrussels())}>{t('grid.today')}</Button>
        <Button onPress={() => setFrom(addDays(from, WINDOW))}>{t('grid.next')}</Button>
      </div>
      <Legend />
      {occupancy.error ? (
        <ErrorState error={occupancy.error} onRetry={() => void occupancy.refetch()} />
      ) : null}
      {occupancy.data ? <CapNotes days={occupancy.data.days} /> : null}
      {occupancy.data ? <GridTable occupancy={occupancy.data} days={days} /> : null}
      {!occupancy.data && !occupancy.error ? <Skeleton block /> : null}
    </>
  );
}
