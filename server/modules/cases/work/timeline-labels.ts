/** Dutch labels of the events on a case's timeline (audit actions of entity 'case'). */
export const TIMELINE_LABELS: Readonly<Record<string, string>> = {
  'case.created': 'Dossier geopend',
  'case.updated': 'Dossiergegevens gewijzigd',
  'case.transitioned': 'Status gewijzigd',
  'case.access_refused': 'Toegang geweigerd (ander team)',
  'case.anonymised': 'Dossier geanonimiseerd',
  'case.deadline_reminded': 'Herinnering termijn verstuurd',
  'case.person.linked': 'Persoon gekoppeld',
  'case.person.unlinked': 'Persoon ontkoppeld',
  'case.portal.received': 'Aanvraag via het portaal ontvangen',
  'case.scholarship.scored': 'Beursaanvraag gescoord',
  'case.scholarship.payment': 'Betaling beurs gewijzigd',
  'case.task.added': 'Taak toegevoegd',
  'case.task.updated': 'Taak gewijzigd',
  'case.task.done': 'Taak afgewerkt',
  'case.task.reopened': 'Taak heropend',
  'case.task.deleted': 'Taak verwijderd',
  'case.note.added': 'Notitie toegevoegd',
  'case.document.added': 'Document toegevoegd',
  'case.document.downloaded': 'Document gedownload',
  'case.contact.logged': 'Contact genoteerd',
  'case.referral.sent': 'Doorverwezen naar partner',
  'case.referral.status': 'Status doorverwijzing gewijzigd',
  'case.transferred': 'Overgedragen aan ander team',
  'case.appointment.planned': 'Afspraak gepland',
  'case.appointment.moved': 'Afspraak verplaatst',
  'case.appointment.updated': 'Afspraak gewijzigd',
  'case.appointment.interpreter_requested': 'Tolk aangevraagd',
  'case.appointment.cancelled': 'Afspraak geannuleerd',
};

/** Reads of the case are audited too, but they are not events of its story. */
export const TIMELINE_HIDDEN_ACTIONS: readonly string[] = ['case.read'];

export function timelineLabel(action: string): string {
  return TIMELINE_LABELS[action] ?? 'Wijziging';
}
