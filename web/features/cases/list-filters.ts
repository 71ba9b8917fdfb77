import { CASE_TYPES, type CaseType } from '../../../contracts/case-types.ts';
import type { SavedFilterQuery } from '../../../contracts/case-work.ts';
import type { ListQuery } from './api.ts';

/** The case list's filter controls, as the form holds them (empty text: no filter). */
export type Filters = {
  q: string;
  type: CaseType | '';
  status: string;
  scope: '' | 'mine' | 'team' | 'all';
  assignee: '' | 'me';
  open: '' | 'true' | 'false';
  overdue: boolean;
};

export const NO_FILTERS: Filters = {
  q: '',
  type: '',
  status: '',
  scope: '',
  assignee: '',
  open: 'true',
  overdue: false,
};

export const PAGE_SIZE = 25;

const isType = (value: unknown): value is CaseType => CASE_TYPES.some((t) => t === value);

/** The saved-filter query of the controls: only the filters set (the contract refuses other keys). */
export function toSavedQuery(filters: Filters): SavedFilterQuery {
  const out: SavedFilterQuery = {};
  const q = filters.q.trim();
  if (q) out.q = q;
  if (filters.type) out.type = filters.type;
  if (filters.status) out.status = filters.status;
  if (filters.scope) out.scope = filters.scope;
  if (filters.assignee) out.assignee = filters.assignee;
  if (filters.open) out.open = filters.open;
  if (filters.overdue) out.overdue = 'true';
  return out;
}

/** The list call of the controls and the page. */
export function toListQuery(filters: Filters, offset: number): ListQuery {
  return { ...toSavedQuery(filters), limit: PAGE_SIZE, offset };
}

/** Controls from a saved filter; anything the form has no control for is left out. */
export function fromSavedQuery(query: SavedFilterQuery): Filters {
  return {
    q: query.q ?? '',
    type: isType(query.type) ? query.type : '',
    status: query.status ?? '',
    scope: query.scope ?? '',
    assignee: query.assignee === 'me' ? 'me' : '',
    open: query.open ?? '',
    overdue: query.overdue === 'true',
  };
}

/** A status filter that does not exist for the newly chosen type is dropped. */
export function withType(filters: Filters, type: CaseType | '', statuses: readonly string[]): Filters {
  return { ...filters, type, status: statuses.includes(filters.status) ? filters.status : '' };
}
