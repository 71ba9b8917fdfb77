import { CHECKLIST_STATUSES, ChecklistItemSchema } from '../../../contracts/case-types.ts';
import { daysUntil } from './case-format.ts';
import type { EditorResult } from './fields-editor.tsx';

/** One line of the diploma file's document checklist as the editor holds it; `id` keys the row. */
export type LineDraft = {
  id: string;
  item: string;
  status: string;
  requestedOn: string;
  receivedOn: string;
  note: string;
};

const text = (value: unknown) => (typeof value === 'string' ? value : '');
const isStatus = (value: unknown): value is string => CHECKLIST_STATUSES.some((s) => s === value);

export function newLine(id: string, item = ''): LineDraft {
  return { id, item, status: 'missing', requestedOn: '', receivedOn: '', note: '' };
}

/** The editor's lines from `fields.checklist` (lines that are not objects are dropped). */
export function checklistDraft(checklist: unknown): LineDraft[] {
  if (!Array.isArray(checklist)) return [];
  return checklist.flatMap((line: unknown, index) => {
    if (typeof line !== 'object' || line === null) return [];
    const status = Reflect.get(line, 'status');
    return [
      {
        id: `stored-${index}`,
        item: text(Reflect.get(line, 'item')),
        status: isStatus(status) ? status : 'missing',
        requestedOn: text(Reflect.get(line, 'requestedOn')),
        receivedOn: text(Reflect.get(line, 'receivedOn')),
        note: text(Reflect.get(line, 'note')),
      },
    ];
  });
}

const REFUGEE_GROUNDS = new Set([
  'refugee',
  'subsidiary_protection',
  'temporary_protection',
  'asylum_seeker',
]);

/**
 * The documents NARIC-Vlaanderen asks for (BRIEF §19): always ID, diploma, transcripts, the
 * application form, a CV and a sworn translation (marked "not needed" when the papers are in
 * Dutch, French, English or German); a specific recognition adds the study programme, the thesis
 * and the internship certificate; a fee exemption its proof; a refugee the "fiche vluchtelingen".
 */
export function standardItems(fields: Readonly<Record<string, unknown>>): string[] {
  const items = [
    'Kopie identiteitsbewijs',
    'Kopie diploma',
    'Puntenlijsten',
    'Aanvraagformulier NARIC',
    'CV',
  ];
  items.push('Beëdigde vertaling');
  if (fields.recognitionType === 'specific')
    items.push('Studieprogramma', 'Thesis of eindwerk', 'Stagebewijs');
  const exemption = typeof fields.exemption === 'string' ? fields.exemption : 'none';
  if (exemption !== 'none') items.push('Bewijs vrijstelling kosten');
  if (REFUGEE_GROUNDS.has(exemption)) items.push('Fiche vluchtelingen');
  return items;
}

const same = (a: string, b: string) => a.trim().toLocaleLowerCase('nl') === b.trim().toLocaleLowerCase('nl');

/** The lines plus every standard document not on the list yet (matched by name, any case). */
export function withStandardItems(
  lines: readonly LineDraft[],
  fields: Readonly<Record<string, unknown>>,
  nextId: () => string,
): LineDraft[] {
  const added = standardItems(fields)
    .filter((item) => !lines.some((line) => same(line.item, item)))
    .map((item) => newLine(nextId(), item));
  return [...lines, ...added];
}

/** A new status for a line; a document received today gets today's date unless one is given. */
export function withStatus(line: LineDraft, status: string, today: string): LineDraft {
  const receivedOn = status === 'received' ? line.receivedOn || today : '';
  return { ...line, status, receivedOn };
}

/**
 * `fields.checklist` from the lines: each checked with the contract's schema; a name appears once;
 * a date received belongs to a received document, is not in the future and not before it was asked.
 * Errors are keyed `checklist.<index>.<field>`.
 */
export function checklistFromDraft(
  lines: readonly LineDraft[],
  invalid: string,
  today: string,
): EditorResult {
  const checklist: unknown[] = [];
  const errors: Record<string, string> = {};
  lines.forEach((line, index) => {
    const key = (field: string) => `checklist.${index}.${field}`;
    const candidate: Record<string, unknown> = { item: line.item, status: line.status };
    if (line.requestedOn) candidate.requestedOn = line.requestedOn;
    if (line.receivedOn) candidate.receivedOn = line.receivedOn;
    if (line.note.trim()) candidate.note = line.note;
    const parsed = ChecklistItemSchema.safeParse(candidate);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) errors[key(String(issue.path[0] ?? 'item'))] = invalid;
      return;
    }
    if (lines.slice(0, index).some((other) => same(other.item, line.item))) errors[key('item')] = invalid;
    const { receivedOn, requestedOn } = line;
    if (
      receivedOn &&
      (line.status !== 'received' || receivedOn > today || (requestedOn && receivedOn < requestedOn))
    )
      errors[key('receivedOn')] = invalid;
    checklist.push(parsed.data);
  });
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, fields: { checklist } };
}

export type Due = { on: string; daysLeft: number };

export type ChecklistState = {
  total: number;
  received: number;
  notNeeded: number;
  outstanding: string[];
  /** Missing documents must reach NARIC by then (6 months after it asked), when it asked. */
  documentsDue: Due | null;
  /** NARIC's decision is due then (60 or 120 days after the file was complete). */
  decisionDue: Due | null;
};

function due(value: unknown, today: string): Due | null {
  return typeof value === 'string' && value ? { on: value, daysLeft: daysUntil(today, value) } : null;
}

/**
 * Where the file stands, for the summary above the list. The dates are the case type's own rules
 * (the server derives them: `documentsDueOn`, `decisionDueOn`), never computed twice.
 */
export function checklistState(
  lines: readonly LineDraft[],
  derived: Readonly<Record<string, unknown>>,
  today: string,
): ChecklistState {
  const inOrder = (status: string) => status === 'received' || status === 'not_needed';
  return {
    total: lines.length,
    received: lines.filter((line) => line.status === 'received').length,
    notNeeded: lines.filter((line) => line.status === 'not_needed').length,
    outstanding: lines.filter((line) => !inOrder(line.status)).map((line) => line.item),
    documentsDue: due(derived.documentsDueOn, today),
    decisionDue: due(derived.decisionDueOn, today),
  };
}
