import { type Role, STAFF_ROLES } from './identity.ts';

const CASEWORK: readonly Role[] = [
  'admin',
  'manager',
  'dispatcher',
  'counsellor',
  'site_supervisor',
  'programme_coordinator',
];

/**
 * Who may do what: the one permission matrix, shared so the web app's navigation shows exactly
 * what the server allows. A module adds its permissions here with the roles that hold them; row
 * scoping (own organisation, own team, own assignments) is applied on top, on the server.
 */
export const PERMISSIONS = {
  'users.manage': ['admin'],
  'audit.read': ['admin', 'manager'],
  'outbox.read': ['admin', 'manager'],
  'params.read': STAFF_ROLES,
  'params.manage': ['admin'],
  'organisations.read': [...STAFF_ROLES, 'city_monitor'],
  'organisations.manage': ['admin', 'manager', 'dispatcher', 'counsellor', 'programme_coordinator'],
  'people.read': CASEWORK,
  'people.manage': CASEWORK,
  'files.upload': [...STAFF_ROLES, 'requester', 'interpreter', 'volunteer'],
  'home.figures': [...STAFF_ROLES, 'requester', 'interpreter', 'volunteer', 'city_monitor'],
  /** Book interpreters and translations for one's own organisation (row scoping does the rest). */
  'interpreting.request': ['admin', 'manager', 'dispatcher', 'requester'],
  /** Match, assign, offer, plan days, mark urgent, manage the register of interpreters. */
  'interpreting.dispatch': ['admin', 'manager', 'dispatcher'],
  /** An interpreter's own work: offers, agenda, timesheets, deliveries. */
  'interpreting.work': ['interpreter'],
  /** Approve timesheets, issue invoices and statements, waive charges. */
  'interpreting.billing': ['admin', 'manager', 'dispatcher'],
  /** Import into the translation memory. */
  'tm.manage': ['admin', 'library_editor'],
  /** Export the memory, analyse a document against it. */
  'tm.read': ['admin', 'manager', 'dispatcher', 'library_editor'],
  /** Add documents, translations and versions to the translation library; edit their facts. */
  'library.manage': ['admin', 'library_editor'],
  /** Use the library beyond its public documents (visibility scoping does the rest). */
  'library.read': [...STAFF_ROLES, 'requester', 'interpreter'],
  /** Edit the plain-language check's list of bureaucratic words. */
  'plain-language.terms': ['admin', 'library_editor', 'manager'],
  /** Aggregated figures for the reports (no personal data). */
  'interpreting.figures': ['admin', 'manager', 'dispatcher', 'city_monitor'],
  /** Open and work cases (row scoping: a counsellor her team's and her own, managers all). */
  'cases.work': ['admin', 'manager', 'counsellor', 'programme_coordinator'],
  /** Read confidential notes of any case in scope (besides their author and the case's assignee). */
  'cases.confidential': ['admin', 'manager'],
  /** Caseload, time in status, missed deadlines, outcomes: aggregates only. */
  'cases.figures': ['admin', 'manager', 'programme_coordinator', 'city_monitor'],
  /** Run UCT scholarship calls: open and close calls, award, record payments. */
  'scholarships.manage': ['admin', 'manager', 'programme_coordinator'],
  /** Score applications as a member of the committee. */
  'scholarships.score': ['admin', 'manager', 'programme_coordinator', 'counsellor'],
  /** Transit site: reservations, check-in and check-out, meter readings, incidents, payments, bills, pitches out of service. */
  'transit.manage': ['admin', 'manager', 'site_supervisor'],
  /** Transit site: pitches and the temporary cap (setting, removing, ending it early). */
  'transit.configure': ['admin', 'manager'],
  /**
   * Offerfeest registrations and claims reveal religion (GDPR art. 9): only the Offerfeest role
   * reads or changes them — not even admins or managers.
   */
  'offerfeest.manage': ['offerfeest_coordinator'],
  /** Editions, slaughter sites and slots (no personal data). */
  'offerfeest.configure': ['admin', 'offerfeest_coordinator'],
  /** Aggregates of both tasks for the reports (no personal data). */
  'bookings.figures': ['admin', 'manager', 'site_supervisor', 'offerfeest_coordinator', 'city_monitor'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function hasPermission(roles: readonly Role[], permission: Permission): boolean {
  const allowed: readonly Role[] = PERMISSIONS[permission];
  return roles.some((role) => allowed.includes(role));
}
