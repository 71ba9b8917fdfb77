import type { AssignmentExplanation, UnfilledExplanation } from './explain.ts';

/**
 * The planner's explanations in Dutch, the staff app's language, with interpreter codes instead
 * of ids. The planner itself explains in structured fields; this only words them.
 */
export function assignedReasonNl(
  a: AssignmentExplanation,
  language: string,
  codeOf: (id: string) => string,
): string {
  const trip = `${a.travelMinutes} min reistijd`;
  if (a.eligibleCount === 1) return `de enige tolk ${language} die dan vrij is (${trip})`;
  if (a.closerButBusy.length === 0) {
    return `spreekt ${language}, is vrij en heeft de kortste reistijd (${a.travelMinutes} min) van ${a.eligibleCount} geschikte tolken`;
  }
  const freeCloser = a.closerButBusy
    .filter((c) => c.busyWith.length === 0)
    .map((c) => codeOf(c.interpreterId));
  if (freeCloser.length === 0) {
    const count = a.closerButBusy.length;
    return `spreekt ${language} en is vrij (${trip}); ${count === 1 ? 'de tolk die dichterbij woont, is' : `de ${count} tolken die dichterbij wonen, zijn`} bezet met andere opdrachten van deze planning`;
  }
  return `spreekt ${language} en is vrij (${trip}); ${freeCloser.join(', ')} woont dichterbij en is ook vrij — zo blijft de belasting gespreid`;
}

export function unfilledReasonNl(u: UnfilledExplanation, language: string): string {
  switch (u.reason) {
    case 'no-language':
      return `geen enkele tolk in de planning spreekt ${language}`;
    case 'not-available':
      return `geen tolk ${language} is beschikbaar voor de hele opdracht`;
    case 'all-busy':
      return `alle ${u.blockedBy.length} geschikte tolken zijn bezet met andere opdrachten van deze planning (reistijd meegerekend)`;
  }
}

export const EDIT_REASONS_NL = {
  chosen: 'door de dispatcher gekozen',
  open: 'door de dispatcher open gelaten',
} as const;
