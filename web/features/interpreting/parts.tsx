import type { ReactNode } from 'react';
import type { RequestStatus } from '../../../contracts/interpreting-requests.ts';
import { AGENCY_TIME_ZONE, formatDateTime } from '../../components/ui/date-time.tsx';
import { EmptyState, ErrorState } from '../../components/ui/states.tsx';
import { ApiError } from '../../lib/api-client.ts';
import { useInterpretingI18n } from './i18n.ts';
import './interpreting.css';

/** A route the server does not have (yet): a plain 404 without the module's own error code. */
export function isMissingApi(error: unknown): boolean {
  return error instanceof ApiError && error.status === 404 && error.code === 'COMMON.NOT_FOUND';
}

/** An error where a list would be; "not available yet" when the API route is not there. */
export function LoadError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useInterpretingI18n();
  if (isMissingApi(error)) return <EmptyState title={t('unavailable')} />;
  return <ErrorState error={error} onRetry={onRetry} />;
}

const TONE: Record<RequestStatus, string> = {
  submitted: 'held',
  offered: 'held',
  unfilled: 'failed',
  assigned: 'sent',
  performed: 'sent',
  approved: 'sent',
  invoiced: 'sent',
  cancelled: 'muted',
};

export function StatusBadge({ status }: { status: RequestStatus }) {
  const { t } = useInterpretingI18n();
  return (
    <span className={`badge badge--${TONE[status]}`} data-status={status}>
      {t(`status.${status}`)}
    </span>
  );
}

const dayFormat = new Intl.DateTimeFormat('nl-BE', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: AGENCY_TIME_ZONE,
});

/** "di 12 jan 2027, 09:00–10:00" in Brussels time: the weekday helps more than the year. */
export function sessionTime(start: string, end: string): string {
  const day = dayFormat.format(new Date(start));
  return `${day}, ${formatDateTime(start, 'nl-BE', 'time')}–${formatDateTime(end, 'nl-BE', 'time')}`;
}

/** A term–description list whose empty entries are left out. */
export function Facts({ items }: { items: readonly [string, ReactNode | null | undefined][] }) {
  return (
    <dl className="meta-list interp-facts">
      {items
        .filter(([, value]) => value !== null && value !== undefined && value !== '')
        .map(([term, value]) => (
          <div key={term} className="interp-fact">
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </dl>
  );
}
