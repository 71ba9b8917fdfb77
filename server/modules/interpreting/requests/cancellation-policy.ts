import { type WorkingDayDeadlineRule, type WorkingDayOptions, workingDayDeadline } from '../working-days.ts';

export type CancellationDecision = {
  /** 'free' before the deadline, 'late' (billable unless waived) from the deadline on. */
  kind: 'free' | 'late';
  /** The last moment of free cancellation, e.g. 10:00 Brussels on the working day before. */
  deadline: Date;
};

/**
 * How a cancellation made at `at` counts for a session starting at `sessionStart`: free until the
 * deadline (exclusive: at 10:00 sharp it is late), late afterwards, including on the day itself and
 * after the start. Who pays and how much is billing's business; this only tells which kind it is.
 */
export function classifyCancellation(
  at: Date,
  sessionStart: Date,
  rule: WorkingDayDeadlineRule,
  options: WorkingDayOptions = {},
): CancellationDecision {
  const deadline = workingDayDeadline(sessionStart, rule, options);
  return { kind: at.getTime() < deadline.getTime() ? 'free' : 'late', deadline };
}
