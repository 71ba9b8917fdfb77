import {
  CaseDetailSchema,
  type CaseListQuery,
  CaseListSchema,
  type CreateCase,
  type Transition,
  type UpdateCase,
} from '../../../contracts/cases.ts';
import { CaseEligibilitySchema } from '../../../contracts/scholarships.ts';
import { api } from '../../lib/api-client.ts';

/** Typed calls of /api/cases; each answer is parsed with its contract schema. */

export const BASE = '/api/cases';
export const enc = (value: string) => encodeURIComponent(value);

export type ListQuery = Partial<CaseListQuery>;

export const casesKeys = {
  all: ['cases'] as const,
  list: (query: ListQuery) => ['cases', 'list', query] as const,
  detail: (caseId: string) => ['cases', 'detail', caseId] as const,
  work: (caseId: string, part: string) => ['cases', 'detail', caseId, part] as const,
  filters: ['cases', 'filters'] as const,
  partners: (q: string) => ['cases', 'partners', q] as const,
  teams: ['cases', 'teams'] as const,
  workload: ['cases', 'workload'] as const,
};

export const listCases = (query: ListQuery) => api.get(BASE, { query, schema: CaseListSchema });

export const getCase = (caseId: string) =>
  api.get(`${BASE}/${enc(caseId)}`, { schema: CaseDetailSchema, report: false });

export const createCase = (body: CreateCase) =>
  api.post(BASE, body, { schema: CaseDetailSchema, report: false });

export const updateCase = (caseId: string, body: UpdateCase) =>
  api.patch(`${BASE}/${enc(caseId)}`, body, { schema: CaseDetailSchema, report: false });

export const transitionCase = (caseId: string, body: Transition) =>
  api.post(`${BASE}/${enc(caseId)}/transitions`, body, { schema: CaseDetailSchema, report: false });

/** A scholarship application checked by the rules, with the committee's average once scored. */
export const getEligibility = (caseId: string) =>
  api.get(`${BASE}/${enc(caseId)}/eligibility`, { schema: CaseEligibilitySchema, report: false });
