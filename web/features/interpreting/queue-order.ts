import type { InterpretingRequestView, RequestStatus } from '../../../contracts/interpreting-requests.ts';

/** Requests that still need a dispatcher's hand come first in the queue. */
const OPEN_FIRST: Record<RequestStatus, number> = {
  unfilled: 0,
  submitted: 1,
  offered: 2,
  assigned: 3,
  performed: 4,
  approved: 5,
  invoiced: 6,
  cancelled: 7,
};

export function openFirst<R extends Pick<InterpretingRequestView, 'status' | 'start'>>(
  rows: readonly R[],
): R[] {
  return [...rows].sort(
    (a, b) => OPEN_FIRST[a.status] - OPEN_FIRST[b.status] || a.start.localeCompare(b.start),
  );
}
