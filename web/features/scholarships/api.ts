import type { z } from 'zod';
import {
  AwardResultSchema,
  CallDetailSchema,
  CallListSchema,
  CallSchema,
  type CreateCallSchema,
  PaymentSchema,
  RankingSchema,
  type ScoreInput,
  type ScoreResult,
  ScoreResultSchema,
  type UpdateCall,
} from '../../../contracts/scholarships.ts';
import { api, apiRequest } from '../../lib/api-client.ts';

/** Typed calls of /api/scholarships; each answer is parsed with its contract schema. */

const BASE = '/api/scholarships';
const id = (value: string) => encodeURIComponent(value);

export const scholarshipKeys = {
  all: ['scholarships'] as const,
  calls: ['scholarships', 'calls'] as const,
  call: (callId: string) => ['scholarships', 'call', callId] as const,
  ranking: (callId: string) => ['scholarships', 'ranking', callId] as const,
};

export const listCalls = () => api.get(`${BASE}/calls`, { schema: CallListSchema });
export const getCall = (callId: string) =>
  api.get(`${BASE}/calls/${id(callId)}`, { schema: CallDetailSchema, report: false });
export const getRanking = (callId: string) =>
  api.get(`${BASE}/calls/${id(callId)}/ranking`, { schema: RankingSchema });

export const createCall = (body: z.input<typeof CreateCallSchema>) =>
  api.post(`${BASE}/calls`, body, { schema: CallSchema, report: false });
export const updateCall = (callId: string, body: UpdateCall) =>
  api.patch(`${BASE}/calls/${id(callId)}`, body, { schema: CallSchema, report: false });

export const scoreApplication = (caseId: string, body: ScoreInput) =>
  apiRequest<ScoreResult>('PUT', `${BASE}/applications/${id(caseId)}/score`, {
    body,
    schema: ScoreResultSchema,
    report: false,
  });

export const awardCall = (callId: string) =>
  api.post(`${BASE}/calls/${id(callId)}/award`, {}, { schema: AwardResultSchema, report: false });

export const recordPayment = (caseId: string, status: 'paid' | 'cancelled') =>
  api.post(`${BASE}/applications/${id(caseId)}/payment`, { status }, { schema: PaymentSchema });

/** The decision letter of one application, in Dutch and the applicant's language (a PDF link). */
export const letterUrl = (caseId: string) => `/api/cases/${id(caseId)}/letter.pdf`;
