import type { z } from 'zod';
import { DayPlanPublishResultSchema, DayPlanSchema } from '../../../contracts/interpreting-planning.ts';
import {
  type AvailabilityExceptionInput,
  AvailabilityExceptionSchema,
  type CreateInterpreterSchema,
  type EligibilityInput,
  EligibilitySchema,
  InterpreterListSchema,
  InterpreterSchema,
  OrganisationPreferenceSchema,
  UnitListSchema,
  UnitSchema,
  type UpdateInterpreterSchema,
} from '../../../contracts/interpreting-register.ts';
import { OrganisationListSchema } from '../../../contracts/people.ts';
import { ApiError, api, apiRequest } from '../../lib/api-client.ts';

/** Typed calls of the day plan and the register; each answer is parsed with its contract schema. */

const BASE = '/api/interpreting';
const id = (value: string) => encodeURIComponent(value);

export type InterpreterQuery = {
  language?: string;
  mode?: string;
  status?: string;
  q?: string;
  limit?: number;
  offset?: number;
};

export const dispatchKeys = {
  all: ['interpreting'] as const,
  plan: (planId: string) => ['interpreting', 'day-plan', planId] as const,
  interpreters: (query: InterpreterQuery) => ['interpreting', 'interpreters', query] as const,
  interpreter: (interpreterId: string) => ['interpreting', 'interpreter', interpreterId] as const,
  organisations: (q: string) => ['interpreting', 'organisation-search', q] as const,
  eligibility: (orgId: string) => ['interpreting', 'eligibility', orgId] as const,
  units: (orgId: string) => ['interpreting', 'units', orgId] as const,
};

export const proposeDayPlan = (day: string) =>
  api.post(`${BASE}/day-plans`, { day }, { schema: DayPlanSchema, report: false });

export const getDayPlan = (planId: string) =>
  api.get(`${BASE}/day-plans/${id(planId)}`, { schema: DayPlanSchema, report: false });

export const editDayPlan = (planId: string, changes: { requestId: string; interpreterId: string | null }[]) =>
  api.patch(`${BASE}/day-plans/${id(planId)}`, { changes }, { schema: DayPlanSchema, report: false });

export const publishDayPlan = (planId: string, as: 'assignments' | 'offers') =>
  api.post(
    `${BASE}/day-plans/${id(planId)}/publish`,
    { as },
    { schema: DayPlanPublishResultSchema, report: false },
  );

export const listInterpreters = (query: InterpreterQuery) =>
  api.get(`${BASE}/interpreters`, { query, schema: InterpreterListSchema, report: false });

export const getInterpreter = (interpreterId: string) =>
  api.get(`${BASE}/interpreters/${id(interpreterId)}`, { schema: InterpreterSchema, report: false });

export const createInterpreter = (body: z.input<typeof CreateInterpreterSchema>) =>
  api.post(`${BASE}/interpreters`, body, { schema: InterpreterSchema, report: false });

export const updateInterpreter = (interpreterId: string, body: z.input<typeof UpdateInterpreterSchema>) =>
  api.patch(`${BASE}/interpreters/${id(interpreterId)}`, body, { schema: InterpreterSchema, report: false });

export const addException = (interpreterId: string, body: AvailabilityExceptionInput) =>
  api.post(`${BASE}/interpreters/${id(interpreterId)}/exceptions`, body, {
    schema: AvailabilityExceptionSchema,
    report: false,
  });

export const removeException = (interpreterId: string, exceptionId: string) =>
  api.delete<unknown>(`${BASE}/interpreters/${id(interpreterId)}/exceptions/${id(exceptionId)}`, {
    report: false,
  });

export const setPreference = (
  orgId: string,
  interpreterId: string,
  body: { kind: 'preferred' | 'banned'; reason?: string },
) =>
  apiRequest('PUT', `${BASE}/organisations/${id(orgId)}/interpreters/${id(interpreterId)}`, {
    body,
    schema: OrganisationPreferenceSchema,
    report: false,
  });

export const removePreference = (orgId: string, interpreterId: string) =>
  api.delete<unknown>(`${BASE}/organisations/${id(orgId)}/interpreters/${id(interpreterId)}`, {
    report: false,
  });

export const searchOrganisations = (q: string) =>
  api.get('/api/organisations', {
    query: { q: q || undefined, limit: 50 },
    schema: OrganisationListSchema,
    report: false,
  });

/** The organisation's eligibility, or null while it is not registered as a requester. */
export async function getEligibility(orgId: string) {
  try {
    return await api.get(`${BASE}/organisations/${id(orgId)}/eligibility`, {
      schema: EligibilitySchema,
      report: false,
    });
  } catch (error) {
    if (error instanceof ApiError && error.code === 'INTERPRETING.ELIGIBILITY_NOT_FOUND') return null;
    throw error;
  }
}

export const setEligibility = (orgId: string, body: EligibilityInput) =>
  apiRequest('PUT', `${BASE}/organisations/${id(orgId)}/eligibility`, {
    body,
    schema: EligibilitySchema,
    report: false,
  });

export const listUnits = (orgId: string) =>
  api.get(`${BASE}/organisations/${id(orgId)}/units`, { schema: UnitListSchema, report: false });

export const createUnit = (orgId: string, body: { name: string; costCentre?: string }) =>
  api.post(`${BASE}/organisations/${id(orgId)}/units`, body, { schema: UnitSchema, report: false });
