import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { type ReactNode, useState } from 'react';
import type { ReservationDetail, ReservationSummary, TodayArrival } from '../../../contracts/transit.ts';
import { PageHeader } from '../../app/shell/page-header.tsx';
import { Button } from '../../components/ui/button.tsx';
import { ErrorState, Skeleton } from '../../components/ui/states.tsx';
import { toast } from '../../components/ui/toast.tsx';
import { getReservation, getToday, transitKeys } from './api.ts';
import { formatDay, type StepAction } from './format.ts';
import { describeError, useTransitI18n } from './i18n.ts';
import { PartyCard, TransitTabs } from './parts.tsx';
import { StepDialog } from './step-dialog.tsx';

/** One tap: loads the reservation (its pitches and readings) and opens the step's form. */
function QuickStep({ reservation, step }: { reservation: ReservationSummary; step: StepAction }) {
  const { t } = useTransitI18n();
  const client = useQueryClient();
  const [detail, setDetail] = useState<ReservationDetail | null>(null);
  const load = useMutation({
    mutationFn: () =>
      client.fetchQuery({
        queryKey: transitKeys.reservation(reservation.id),
        queryFn: () => getReservation(reservation.id),
      }),
    onSuccess: setDetail,
    onError: (error) => toast({ tone: 'error', title: describeError(error) }),
  });
  const label = t(`action.${step}`);
  return (
    <>
      <Button
        variant="primary"
        onPress={() => load.mutate()}
        isPending={load.isPending}
        aria-label={`${label}: ${reservation.partyName ?? reservation.reference}`}
      >
        {label}
      </Button>
      {detail ? <StepDialog step={step} detail={detail} onClose={() => setDetail(null)} /> : null}
    </>
  );
}

/** Why an arriving party cannot enter yet: the reason in words, its stable code kept for tests. */
function RefusalNote({ refusal }: { refusal: NonNullable<TodayArrival['checkInRefusal']> }) {
  const { t } = useTransitI18n();
  return (
    <span className="transit-refusal" data-code={refusal.code}>
      <strong>{t('today.cannotCheckIn')}:</strong> {refusal.detail}
    </span>
  );
}

function Group<R extends ReservationSummary>({
  id,
  title,
  empty,
  items,
  step,
  note,
}: {
  id: string;
  title: string;
  empty: string;
  items: readonly R[];
  step: (r: R) => StepAction | null;
  note?: (r: R) => ReactNode;
}) {
  return (
    <section className="transit-card-block" aria-labelledby={id}>
      <h2 id={id}>
        {title} <span className="transit-count">({items.length})</span>
      </h2>
      {items.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ul className="transit-cards">
          {items.map((r) => {
            const action = step(r);
            return (
              <PartyCard
                key={r.id}
                reservation={r}
                action={action ? <QuickStep reservation={r} step={action} /> : null}
                note={note?.(r)}
              />
            );
          })}
        </ul>
      )}
    </section>
  );
}

const ON_SITE = new Set(['checked_in', 'extended']);

/** Check-in when nothing stands in the way; a provisional party is first confirmed (travellers, prepayment). */
function arrivalStep(r: TodayArrival): StepAction | null {
  if (!r.checkInRefusal) return 'check-in';
  return r.status === 'provisional' ? 'confirm' : null;
}

/** The supervisor's day: who arrives, who leaves, who is on the site, each a tap from its step. */
export function TodayPage() {
  const { t } = useTransitI18n();
  const today = useQuery({ queryKey: transitKeys.today, queryFn: getToday });
  const actions = (
    <>
      <Link to="/transit/grid" className="btn btn--secondary">
        {t('nav.grid')}
      </Link>
      <Link to="/transit/reservations/new" className="btn btn--primary">
        {t('nav.new')}
      </Link>
    </>
  );
  return (
    <>
      <PageHeader title={t('title.today')} actions={actions}>
        {today.data ? (
          <p className="page-header__sub">{t('today.day', { day: formatDay(today.data.day) })}</p>
        ) : null}
      </PageHeader>
      <TransitTabs />
      {today.error ? <ErrorState error={today.error} onRetry={() => void today.refetch()} /> : null}
      {!today.data && !today.error ? <Skeleton lines={6} /> : null}
      {today.data ? (
        <div className="transit-columns">
          <Group
            id="transit-arrivals"
            title={t('today.arrivals')}
            empty={t('today.noArrivals')}
            items={today.data.arrivals}
            step={(r) => arrivalStep(r)}
            note={(r) => (r.checkInRefusal ? <RefusalNote refusal={r.checkInRefusal} /> : null)}
          />
          <Group
            id="transit-departures"
            title={t('today.departures')}
            empty={t('today.noDepartures')}
            items={today.data.departures}
            step={(r) => (ON_SITE.has(r.status) ? 'check-out' : null)}
          />
          <Group
            id="transit-onsite"
            title={t('today.onSite')}
            empty={t('today.noneOnSite')}
            items={today.data.onSite}
            step={(r) => (ON_SITE.has(r.status) ? 'check-out' : null)}
          />
        </div>
      ) : null}
    </>
  );
}
