import type { TransitStatus } from '../../../../contracts/transit.ts';

/** The statuses and steps as the staff say them, for the problem details (the staff app is Dutch). */
export const STATUS_NL: Record<TransitStatus, string> = {
  requested: 'aangevraagd',
  provisional: 'voorlopig',
  confirmed: 'bevestigd',
  checked_in: 'ingecheckt',
  extended: 'verlengd',
  checked_out: 'uitgecheckt',
  settled: 'afgerekend',
  cancelled: 'geannuleerd',
  no_show: 'niet opgedaagd',
  evicted: 'uitgezet',
};

export const STEP_NL: Record<string, string> = {
  hold: 'vastgehouden worden',
  confirm: 'bevestigd worden',
  'check-in': 'inchecken',
  'check-out': 'uitchecken',
  settle: 'afgerekend worden',
  cancel: 'geannuleerd worden',
  'no-show': 'als niet opgedaagd afgesloten worden',
  extend: 'verlengd worden',
  evict: 'uitgezet worden',
};

export function statusNl(status: string): string {
  return (STATUS_NL as Record<string, string>)[status] ?? status;
}
