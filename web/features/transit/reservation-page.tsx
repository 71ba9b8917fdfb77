import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import type { ReservationDetail } from '../../../contracts/transit.ts';
import { PageHeader } from '../../app/shell/page-header.tsx';
import { Button } from '../../components/ui/button.tsx';
import { ErrorState, Skeleton } from '../../components/ui/states.tsx';
import { getReservation, transitKeys } from './api.ts';
import {
  formatInstant,
  STATUS_LABELS,
  STEP_PATH,
  type StepAction,
  stepActions,
  stepIndex,
} from './format.ts';
import { useTransitI18n } from './i18n.ts';
import { IncidentsSection } from './incidents-section.tsx';
import { MoneySection } from './money-section.tsx';
import { Facts, pitchNumbers, StatusBadge, stayText } from './parts.tsx';
import { StepDialog } from './step-dialog.tsx';
import { TravellersSection } from './travellers-section.tsx';

/** aangevraagd → voorlopig → bevestigd → ingecheckt → uitgecheckt → afgerekend, the current step marked. */
function StepPath({ detail }: { detail: ReservationDetail }) {
  const { t } = useTransitI18n();
  const at = stepIndex(detail.status);
  if (at < 0)
    return <p className="transit-offpath">{t('detail.offPath', { status: STATUS_LABELS[detail.status] })}</p>;
  return (
    <ol className="transit-path" aria-label={t('detail.path')}>
      {STEP_PATH.map((step, index) => {
        const state = index < at ? 'done' : index === at ? 'current' : 'todo';
        return (
          <li
            key={step}
            className={`transit-path__step transit-path__step--${state}`}
            aria-current={state === 'current' ? 'step' : undefined}
          >
            <span aria-hidden="true">{state === 'done' ? '✓ ' : state === 'current' ? '● ' : '○ '}</span>
            {STATUS_LABELS[step]}
            {state === 'current' ? <span className="visually-hidden"> {t('detail.current')}</span> : null}
            {state === 'done' ? <span className="visually-hidden"> {t('detail.done')}</span> : null}
          </li>
        );
      })}
    </ol>
  );
}

function DetailFacts({ detail }: { detail: ReservationDetail }) {
  const { t } = useTransitI18n();
  const rows: (readonly [string, string])[] = [
    [t('detail.party'), detail.partyName ?? '—'],
    [t('detail.phone'), detail.phone ?? '—'],
    [t('detail.stay'), stayText(detail)],
    [
      t('detail.caravans'),
      t('detail.caravansValue', { caravans: detail.caravans, vehicles: detail.vehicles }),
    ],
    [t('detail.pitches'), detail.pitches.length > 0 ? pitchNumbers(detail) : t('party.noPitches')],
    [t('detail.stays'), t('detail.staysValue', { count: detail.staysThisYear })],
  ];
  if (detail.holdExpiresAt) rows.push([t('detail.holdUntil'), formatInstant(detail.holdExpiresAt)]);
  if (detail.checkedInAt) rows.push([t('detail.checkedIn'), formatInstant(detail.checkedInAt)]);
  if (detail.checkedOutAt) rows.push([t('detail.checkedOut'), formatInstant(detail.checkedOutAt)]);
  if (detail.endReason) rows.push([t('detail.endReason'), detail.endReason]);
  if (detail.notes) rows.push([t('detail.notes'), detail.notes]);
  return <Facts rows={rows} />;
}

const DANGER: ReadonlySet<StepAction> = new Set(['cancel', 'no-show', 'evict']);

/** One reservation: where it stands, the steps it can take now, travellers, money and incidents. */
export function ReservationPage() {
  const { id } = useParams({ strict: false }) as { id: string };
  const { t } = useTransitI18n();
  const [step, setStep] = useState<StepAction | null>(null);
  const query = useQuery({ queryKey: transitKeys.reservation(id), queryFn: () => getReservation(id) });
  if (query.error) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data) return <Skeleton lines={8} />;
  const detail = query.data;
  const steps = stepActions(detail.actions);
  return (
    <>
      <p>
        <Link to="/transit/reservations" className="back-link">
          {t('back')}
        </Link>
      </p>
      <PageHeader title={t('title.reservation', { reference: detail.reference })}>
        <p className="page-header__sub">
          {detail.partyName} · <StatusBadge status={detail.status} />
        </p>
      </PageHeader>
      <StepPath detail={detail} />
      <section className="transit-card-block" aria-labelledby="transit-steps">
        <h2 id="transit-steps">{t('detail.steps')}</h2>
        {steps.length === 0 ? (
          <p>{t('detail.noSteps')}</p>
        ) : (
          <div className="button-row transit-steps">
            {steps.map((action) => (
              <Button
                key={action}
                variant={DANGER.has(action) ? 'secondary' : 'primary'}
                onPress={() => setStep(action)}
              >
                {t(`action.${action}`)}
              </Button>
            ))}
          </div>
        )}
      </section>
      <div className="transit-columns">
        <section className="transit-card-block" aria-labelledby="transit-facts">
          <h2 id="transit-facts">{t('detail.facts')}</h2>
          <DetailFacts detail={detail} />
        </section>
        <TravellersSection detail={detail} />
      </div>
      <MoneySection detail={detail} />
      <IncidentsSection detail={detail} />
      {step ? <StepDialog step={step} detail={detail} onClose={() => setStep(null)} /> : null}
    </>
  );
}
