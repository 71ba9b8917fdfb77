import type { Reason } from '../../../contracts/interpreting.ts';
import { formatDateTime } from '../../components/ui/date-time.tsx';
import type { MessageValues } from '../../i18n/translator.ts';
import type { InterpretingT } from './i18n.ts';
import { languageLabel } from './languages.ts';
import type { InterpretingKey } from './messages-nl.ts';

type Params = Reason['params'];

const isoInstant = /^\d{4}-\d{2}-\d{2}T/;
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** Parameters as a reader expects them: language names, Dutch mode words, dates and times in Brussels. */
function readableParams(params: Params, t: InterpretingT): MessageValues {
  const out: MessageValues = {};
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === 'number') out[name] = value;
    else if (isoInstant.test(value)) out[name] = formatDateTime(value, 'nl-BE', 'datetime');
    else if (isoDate.test(value)) out[name] = formatDateTime(`${value}T12:00:00Z`, 'nl-BE', 'date');
    else out[name] = value;
  }
  if (typeof params.language === 'string') {
    out.language = languageLabel(params.language, typeof params.variant === 'string' ? params.variant : null);
  }
  if (typeof params.mode === 'string') {
    out.mode = t.maybe(`mode.${params.mode}`)?.toLowerCase() ?? params.mode;
  }
  if (params.validUntil === '') out.validUntil = '—';
  return out;
}

/**
 * One Dutch sentence for a matcher reason (`interpreting.ineligible.*` or `interpreting.reason.*`).
 * A key the catalog does not know yet is shown with its name rather than hidden: a dispatcher
 * deciding on a candidate should see every reason the server gave.
 */
export function reasonText(reason: Pick<Reason, 'key' | 'params'>, t: InterpretingT): string {
  const values = readableParams(reason.params, t);
  return t.maybe(reason.key, values) ?? t.t('reason.unknown', { key: reason.key });
}

/** Every reason key the matcher can give, for the test that each has a Dutch sentence. */
export const RANKING_REASON_KEYS = [
  'interpreting.reason.same_client',
  'interpreting.reason.same_organisation',
  'interpreting.reason.month_workload',
  'interpreting.reason.travel_distance',
  'interpreting.reason.home_unknown',
  'interpreting.reason.preferred_by_requester',
  'interpreting.reason.preferred_by_organisation',
  'interpreting.reason.requested_language',
  'interpreting.reason.alternative_language',
] as const satisfies readonly InterpretingKey[];
