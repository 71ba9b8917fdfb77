import type { z } from 'zod';
import type { DayPlan, DayPlanPublishResultSchema } from '../../../contracts/interpreting-planning.ts';
import { Facts } from '../interpreting/parts.tsx';
import { boundShare, type ViolationLine } from './day-plan.ts';
import { useDispatchI18n } from './i18n.ts';

const decimal = new Intl.NumberFormat('nl-BE', { maximumFractionDigits: 2 });
const longDay = new Intl.DateTimeFormat('nl-BE', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/Brussels',
});
/** "maandag 30 november 2026": noon UTC is that same date in Brussels. */
const dayText = (day: string) => longDay.format(new Date(`${day}T12:00:00Z`));

const percent = new Intl.NumberFormat('nl-BE', { style: 'percent', maximumFractionDigits: 1 });

/** The plan's numbers, with the weighted fill measured against the solver's proven bound. */
export function PlanTotals({ plan }: { plan: DayPlan }) {
  const { t } = useDispatchI18n();
  const { totals } = plan;
  const share = boundShare(totals);
  const weighted =
    share === null || totals.weightedFillBound === null
      ? decimal.format(totals.weightedFilled)
      : t('plan.weightedBound', {
          value: decimal.format(totals.weightedFilled),
          bound: decimal.format(totals.weightedFillBound),
          share: percent.format(share),
        });
  return (
    <section aria-labelledby="plan-totals" className="interp-section" data-plan-totals={plan.id}>
      <h2 id="plan-totals">{t('plan.totals')}</h2>
      <Facts
        items={[
          [t('plan.day'), dayText(plan.day)],
          [t('plan.status'), t(`plan.status.${plan.status}`)],
          [t('plan.requests'), String(totals.requests)],
          [t('plan.filled'), t('plan.filledValue', { filled: totals.filled, requests: totals.requests })],
          [t('plan.weighted'), weighted],
          [t('plan.travel'), t('plan.minutes', { minutes: Math.round(totals.homeTravelMinutes) })],
          [t('plan.maxLoad'), t('plan.minutes', { minutes: Math.round(totals.maxLoadMinutes) })],
          [t('plan.engine'), plan.engine],
          [t('plan.engineReason'), plan.engineReason],
        ]}
      />
    </section>
  );
}

/** What the current (edited) plan breaks; announced, because it blocks publishing. */
export function PlanViolations({ lines }: { lines: readonly ViolationLine[] }) {
  const { t } = useDispatchI18n();
  if (lines.length === 0) return null;
  return (
    <section className="interp-notice interp-notice--warning" role="alert" aria-labelledby="plan-violations">
      <h2 id="plan-violations">{t('plan.violations')}</h2>
      <p>{t('plan.violationsHelp')}</p>
      <ul data-violations={lines.length}>
        {lines.map((line) => (
          <li key={`${line.requestId}:${line.interpreter}`}>
            {t('plan.violation', {
              reference: line.reference,
              interpreter: line.interpreter,
              detail: line.detail,
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}

type PublishResult = z.infer<typeof DayPlanPublishResultSchema>;
const TONE = { assigned: 'sent', offered: 'held', refused: 'failed' } as const;

/** One line per published pair: assigned, offered, or refused with the rule that refused it. */
export function PublishResults({ result }: { result: PublishResult }) {
  const { t } = useDispatchI18n();
  const references = new Map(result.plan.items.map((i) => [i.requestId, i]));
  return (
    <section aria-labelledby="plan-results" className="interp-section" data-publish-results>
      <h2 id="plan-results">{t('plan.results')}</h2>
      <ul className="dispatch-list">
        {result.results.map((r) => {
          const item = references.get(r.requestId);
          return (
            <li key={r.requestId} data-outcome={r.outcome}>
              <strong>{item?.reference ?? r.requestId}</strong>
              {item?.interpreterCode ? ` – ${item.interpreterCode}` : ''}:{' '}
              <span className={`badge badge--${TONE[r.outcome]}`}>{t(`plan.outcome.${r.outcome}`)}</span>
              {r.detail ? ` ${r.detail}` : ''}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
