import { z } from 'zod';
import {
  ClaimSchema,
  type CreateEditionSchema,
  type CreateSiteSchema,
  type CreateSlotsSchema,
  EditionSchema,
  PaymentBatchSchema,
  RegistrationSchema,
  type RegistrationStatusSchema,
  type ReviewClaimSchema,
  SiteSchema,
  SlotSchema,
  type UpdateEditionSchema,
} from '../../../contracts/offerfeest.ts';
import { api } from '../../lib/api-client.ts';

/** Typed calls of /api/offerfeest for the staff pages; each answer is parsed with its contract schema. */

const BASE = '/api/offerfeest';
const id = (value: string) => encodeURIComponent(value);

export const offerfeestKeys = {
  all: ['offerfeest'] as const,
  editions: ['offerfeest', 'editions'] as const,
  slots: (editionId: string) => ['offerfeest', 'slots', editionId] as const,
  registrations: (editionId: string, filter: RegistrationFilter) =>
    ['offerfeest', 'registrations', editionId, filter] as const,
  claims: (editionId: string, status: string) => ['offerfeest', 'claims', editionId, status] as const,
  batches: (editionId: string) => ['offerfeest', 'batches', editionId] as const,
};

export type RegistrationFilter = {
  status?: z.infer<typeof RegistrationStatusSchema>;
  slotId?: string;
  q?: string;
};

export const listEditions = () => api.get(`${BASE}/editions`, { schema: z.array(EditionSchema) });
export const createEdition = (body: z.input<typeof CreateEditionSchema>) =>
  api.post(`${BASE}/editions`, body, { schema: EditionSchema, report: false });
export const updateEdition = (editionId: string, body: z.input<typeof UpdateEditionSchema>) =>
  api.patch(`${BASE}/editions/${id(editionId)}`, body, { schema: EditionSchema, report: false });
export const addSite = (editionId: string, body: z.input<typeof CreateSiteSchema>) =>
  api.post(`${BASE}/editions/${id(editionId)}/sites`, body, { schema: SiteSchema, report: false });

export const listSlots = (editionId: string) =>
  api.get(`${BASE}/editions/${id(editionId)}/slots`, { schema: z.array(SlotSchema) });
export const createSlots = (editionId: string, body: z.input<typeof CreateSlotsSchema>) =>
  api.post(`${BASE}/editions/${id(editionId)}/slots`, body, { schema: z.array(SlotSchema), report: false });
export const setSlotCapacity = (slotId: string, capacity: number) =>
  api.patch(`${BASE}/slots/${id(slotId)}`, { capacity }, { schema: SlotSchema, report: false });

export const listRegistrations = (editionId: string, filter: RegistrationFilter) =>
  api.get(`${BASE}/editions/${id(editionId)}/registrations`, {
    query: filter,
    schema: z.array(RegistrationSchema),
  });
export const cancelRegistration = (registrationId: string) =>
  api.post(`${BASE}/registrations/${id(registrationId)}/cancel`, {}, { schema: RegistrationSchema });
export const markNoShow = (registrationId: string) =>
  api.post(`${BASE}/registrations/${id(registrationId)}/no-show`, {}, { schema: RegistrationSchema });
/** The scan at the slaughterhouse; `anyDay` lets a code of another day in. Errors are the page's to show. */
export const checkIn = (code: string, anyDay: boolean) =>
  api.post(
    `${BASE}/check-in`,
    { code },
    { query: anyDay ? { anyDay: 'true' } : undefined, schema: RegistrationSchema, report: false },
  );

export const listClaims = (editionId: string, status: string) =>
  api.get(`${BASE}/editions/${id(editionId)}/claims`, {
    query: { status: status || undefined },
    schema: z.array(ClaimSchema),
  });
export const reviewClaim = (claimId: string, body: z.input<typeof ReviewClaimSchema>) =>
  api.post(`${BASE}/claims/${id(claimId)}/review`, body, { schema: ClaimSchema, report: false });
export const invoiceUrl = (claimId: string) => `${BASE}/claims/${id(claimId)}/invoice`;

export const listBatches = (editionId: string) =>
  api.get(`${BASE}/editions/${id(editionId)}/payment-batches`, { schema: z.array(PaymentBatchSchema) });
export const createBatch = (editionId: string, executionDate?: string) =>
  api.post(`${BASE}/editions/${id(editionId)}/payment-batches`, executionDate ? { executionDate } : {}, {
    schema: PaymentBatchSchema,
  });
export const markBatchPaid = (batchId: string) =>
  api.post(`${BASE}/payment-batches/${id(batchId)}/paid`, {}, { schema: PaymentBatchSchema });
export const painUrl = (batchId: string) => `${BASE}/payment-batches/${id(batchId)}/pain.001.xml`;
