import type { z } from 'zod';
import { UserSchema } from '../../../contracts/identity.ts';
import { EligibilityExplanationSchema } from '../../../contracts/interpreting.ts';
import {
  InvoiceListSchema,
  type TimesheetInputSchema,
  TimesheetSchema,
} from '../../../contracts/interpreting-billing.ts';
import {
  AcceptOutSchema,
  AssignmentOutSchema,
  CandidateListSchema,
  OfferListSchema,
  OfferRoundOutSchema,
  RequestOfferListSchema,
} from '../../../contracts/interpreting-dispatch.ts';
import {
  AgendaSchema,
  InterpreterListSchema,
  InterpreterSchema,
  type InviteRequester,
} from '../../../contracts/interpreting-register.ts';
import {
  type CancelInterpretingRequest,
  ChangedInterpretingRequestSchema,
  CreatedInterpretingRequestSchema,
  InterpretingRequestListSchema,
  InterpretingRequestSchema,
  type RequestStatus,
} from '../../../contracts/interpreting-requests.ts';
import { OrganisationListSchema } from '../../../contracts/people.ts';
import { ApiError, api } from '../../lib/api-client.ts';
import type { CreateRequestBody } from './book-form.ts';
import type { ChangeBody } from './change-form.ts';

/** Typed calls of /api/interpreting; each answer is parsed with its contract schema. */

const BASE = '/api/interpreting';
const id = (value: string) => encodeURIComponent(value);

export type RequestQuery = {
  status?: RequestStatus;
  from?: string;
  to?: string;
  language?: string;
  limit?: number;
  cursor?: string;
};

export const interpretingKeys = {
  all: ['interpreting'] as const,
  requests: (query: RequestQuery) => ['interpreting', 'requests', query] as const,
  request: (requestId: string) => ['interpreting', 'request', requestId] as const,
  candidates: (requestId: string) => ['interpreting', 'candidates', requestId] as const,
  requestOffers: (requestId: string) => ['interpreting', 'request-offers', requestId] as const,
  offers: ['interpreting', 'offers', 'open'] as const,
  me: ['interpreting', 'me'] as const,
  agenda: (from: string, to: string) => ['interpreting', 'agenda', from, to] as const,
  invoices: ['interpreting', 'invoices'] as const,
  organisations: ['interpreting', 'organisations'] as const,
  timesheet: (assignmentId: string) => ['interpreting', 'timesheet', assignmentId] as const,
};

export const createRequest = (body: CreateRequestBody) =>
  api.post(`${BASE}/requests`, body, { schema: CreatedInterpretingRequestSchema, report: false });

/** Organisations a member of staff may book for (the server checks the cooperation agreement). */
export const listOrganisations = () =>
  api.get('/api/organisations', { query: { limit: 200 }, schema: OrganisationListSchema, report: false });

export const listRequests = (query: RequestQuery) =>
  api.get(`${BASE}/requests`, { query, schema: InterpretingRequestListSchema, report: false });

export const getRequest = (requestId: string) =>
  api.get(`${BASE}/requests/${id(requestId)}`, { schema: InterpretingRequestSchema, report: false });

export const cancelRequest = (requestId: string, body: Partial<CancelInterpretingRequest>) =>
  api.post(`${BASE}/requests/${id(requestId)}/cancel`, body, {
    schema: ChangedInterpretingRequestSchema,
    report: false,
  });

/** A change; field errors come back as problem+json `errors` (report: false, the form shows them). */
export const changeRequest = (requestId: string, body: ChangeBody) =>
  api.patch(`${BASE}/requests/${id(requestId)}`, body, {
    schema: ChangedInterpretingRequestSchema,
    report: false,
  });

export const voidRequest = (requestId: string, reason: string) =>
  api.post(
    `${BASE}/requests/${id(requestId)}/void`,
    { reason },
    {
      schema: ChangedInterpretingRequestSchema,
      report: false,
    },
  );

/** Waive (`true`) or undo the waiver (`false`) of a late cancellation. */
export const setWaiver = (requestId: string, waived: boolean, note?: string) =>
  api.post(`${BASE}/requests/${id(requestId)}/${waived ? 'waive' : 'unwaive'}`, note ? { note } : {}, {
    schema: InterpretingRequestSchema,
    report: false,
  });

export const listRequestOffers = (requestId: string) =>
  api.get(`${BASE}/requests/${id(requestId)}/offers`, { schema: RequestOfferListSchema, report: false });

export const listCandidates = (requestId: string) =>
  api.get(`${BASE}/requests/${id(requestId)}/candidates`, { schema: CandidateListSchema, report: false });

export const explainCandidate = (requestId: string, interpreterId: string) =>
  api.get(`${BASE}/requests/${id(requestId)}/candidates/${id(interpreterId)}`, {
    schema: EligibilityExplanationSchema,
    report: false,
  });

/** `slot`: the alternative slot the candidate fits; the server moves the request there first. */
export const assignInterpreter = (requestId: string, interpreterId: string, slot?: number) =>
  api.post(
    `${BASE}/requests/${id(requestId)}/assign`,
    slot === undefined ? { interpreterId } : { interpreterId, slot },
    { schema: AssignmentOutSchema },
  );

export const sendOffers = (requestId: string, interpreterIds: string[]) =>
  api.post(`${BASE}/requests/${id(requestId)}/offers`, { interpreterIds }, { schema: OfferRoundOutSchema });

export const findInterpreters = (query: { q: string; limit?: number }) =>
  api.get(`${BASE}/interpreters`, { query, schema: InterpreterListSchema, report: false });

export const listOpenOffers = () =>
  api.get(`${BASE}/offers`, { query: { status: 'open' }, schema: OfferListSchema, report: false });

export const acceptOffer = (offerId: string) =>
  api.post(`${BASE}/offers/${id(offerId)}/accept`, {}, { schema: AcceptOutSchema });

export const declineOffer = (offerId: string) =>
  api.post<unknown>(`${BASE}/offers/${id(offerId)}/decline`, {});

export const getMyProfile = () => api.get(`${BASE}/me`, { schema: InterpreterSchema, report: false });

export const getMyAgenda = (from: string, to: string) =>
  api.get(`${BASE}/me/agenda`, { query: { from, to }, schema: AgendaSchema, report: false });

export const submitTimesheet = (assignmentId: string, body: z.input<typeof TimesheetInputSchema>) =>
  api.post(`${BASE}/assignments/${id(assignmentId)}/timesheet`, body, {
    schema: TimesheetSchema,
    report: false,
  });

/** The timesheet of an assignment, or null while none was submitted. */
export async function getTimesheet(assignmentId: string) {
  try {
    return await api.get(`${BASE}/assignments/${id(assignmentId)}/timesheet`, {
      schema: TimesheetSchema,
      report: false,
    });
  } catch (error) {
    if (error instanceof ApiError && error.code === 'INTERPRETING.TIMESHEET_NOT_FOUND') return null;
    throw error;
  }
}

export const listInvoices = () => api.get(`${BASE}/invoices`, { schema: InvoiceListSchema, report: false });

export type InvoiceFormat = 'pdf' | 'csv' | 'xlsx';

const INVOICE_FILES: Record<InvoiceFormat, string> = {
  pdf: 'invoice.pdf',
  csv: 'lines.csv',
  xlsx: 'lines.xlsx',
};

/** The invoice as a Dutch PDF, or its lines as CSV or XLSX. */
export const invoiceFileUrl = (invoiceId: string, format: InvoiceFormat) =>
  `${BASE}/invoices/${id(invoiceId)}/${INVOICE_FILES[format]}`;

/** A colleague of the same organisation gets a requester account and a mail to choose a password. */
export const inviteRequester = (organisationId: string, body: Omit<InviteRequester, 'locale'>) =>
  api.post(`${BASE}/organisations/${id(organisationId)}/requesters`, body, {
    schema: UserSchema,
    report: false,
  });
