/** Job names other parts of the module send; handlers live beside the code that owns the work. */
export const INTERPRETING_JOBS = {
  /** Sends the first automatic offer round for a new request (when automatic offers are on). */
  autoOffer: 'interpreting.auto-offer',
  /** Expires open offers whose time is up and escalates to the next tier. */
  expireOffers: 'interpreting.expire-offers',
  /** The day-before reminder to requester and interpreter. */
  reminders: 'interpreting.reminders',
} as const;
