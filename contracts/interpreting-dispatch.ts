import { z } from 'zod';
import {
  CandidateSchema,
  InterpreterLanguageSchema,
  InterpretingModeSchema,
  LanguageCodeSchema,
} from './interpreting.ts';
import type { ErrorSpec } from './problem.ts';

/** Schemas of matching, assignment and offers (`server/modules/interpreting/dispatch/`). */

export const RequestIdParamsSchema = z.object({ id: z.uuid().describe('Interpreting request id') });
export const CandidateParamsSchema = z.object({
  id: z.uuid().describe('Interpreting request id'),
  interpreterId: z.uuid(),
});
export const OfferIdParamsSchema = z.object({ id: z.uuid().describe('Offer id') });

/** A ranked candidate with what the dispatcher needs to recognise the interpreter. */
export const RankedCandidateSchema = CandidateSchema.extend({
  slot: z
    .number()
    .int()
    .optional()
    .describe('Index of the alternative slot this candidate fits; absent for the primary slot'),
  slotStart: z.string().optional().describe('Start of that alternative slot'),
  interpreter: z.object({
    code: z.string(),
    name: z.string(),
    languages: z.array(InterpreterLanguageSchema.extend({ variant: z.string().optional() })),
  }),
});
export type RankedCandidate = z.infer<typeof RankedCandidateSchema>;
export const CandidateListSchema = z.array(RankedCandidateSchema);

export const AssignBodySchema = z.object({
  interpreterId: z.uuid(),
  slot: z
    .number()
    .int()
    .min(0)
    .max(9)
    .optional()
    .describe('Move the request to this alternative slot first (the old start becomes an alternative)'),
});

export const OFFER_STATUSES = ['open', 'accepted', 'declined', 'expired', 'filled', 'withdrawn'] as const;
export const OfferStatusSchema = z.enum(OFFER_STATUSES);
export type OfferStatus = z.infer<typeof OfferStatusSchema>;

/** Either named interpreters or the top N eligible candidates (not offered before). */
export const SendOffersBodySchema = z.union([
  z.object({ interpreterIds: z.array(z.uuid()).min(1).max(20) }).strict(),
  z.object({ top: z.number().int().min(1).max(20) }).strict(),
]);
export type SendOffersBody = z.infer<typeof SendOffersBodySchema>;

export const DeclineBodySchema = z.object({ reason: z.string().trim().max(500).optional() });
export const AutoOffersBodySchema = z.object({ enabled: z.boolean() });

export const OfferListQuerySchema = z.object({
  status: OfferStatusSchema.optional(),
  requestId: z.uuid().optional().describe('Dispatchers only: the offers of one request'),
});

export const AssignmentOutSchema = z.object({
  id: z.uuid(),
  requestId: z.uuid(),
  interpreterId: z.uuid(),
  start: z.string(),
  end: z.string(),
  travelBeforeMinutes: z.number().int(),
  source: z.enum(['assigned', 'offer', 'plan']),
  score: z.number().nullable(),
  breakdown: z.record(z.string(), z.number()).nullable(),
});
export type AssignmentOut = z.infer<typeof AssignmentOutSchema>;

/** The job as an interpreter may see it before accepting: no client data beyond the pseudonym. */
export const OfferedJobSchema = z.object({
  reference: z.string(),
  start: z.string(),
  end: z.string(),
  durationMinutes: z.number().int(),
  mode: InterpretingModeSchema,
  language: LanguageCodeSchema,
  variant: z.string().nullable(),
  place: z.string().nullable().describe('Address of an on-site job; null for phone and video'),
  clientReference: z.string(),
});

export const OfferOutSchema = z.object({
  id: z.uuid(),
  requestId: z.uuid(),
  interpreterId: z.uuid(),
  round: z.number().int(),
  status: OfferStatusSchema,
  expiresAt: z.string(),
  respondedAt: z.string().nullable(),
  score: z.number().nullable(),
  breakdown: z.record(z.string(), z.number()).nullable(),
  job: OfferedJobSchema,
});
export type OfferOut = z.infer<typeof OfferOutSchema>;
export const OfferListSchema = z.array(OfferOutSchema);

/**
 * The offer history of one request for the dispatcher: who was offered in which round, when, and
 * what became of it. `sentBy` is null for automatic rounds (the offer job).
 */
export const RequestOfferSchema = z.object({
  id: z.uuid(),
  interpreterId: z.uuid(),
  interpreter: z.object({ code: z.string(), name: z.string() }),
  round: z.number().int(),
  status: OfferStatusSchema,
  offeredAt: z.string(),
  expiresAt: z.string(),
  respondedAt: z.string().nullable(),
  score: z.number().nullable(),
  sentBy: z.string().nullable(),
});
export type RequestOffer = z.infer<typeof RequestOfferSchema>;
export const RequestOfferListSchema = z.array(RequestOfferSchema);

export const AcceptOutSchema = z.object({ offer: OfferOutSchema, assignment: AssignmentOutSchema });
export const OfferRoundOutSchema = z.object({ round: z.number().int(), offers: OfferListSchema });
export const AutoOffersOutSchema = z.object({ id: z.uuid(), autoOffers: z.boolean() });

/**
 * Dispatch reuses the `INTERPRETING.*` codes of `contracts/interpreting.ts` (NOT_ELIGIBLE, SLOT_TAKEN,
 * OFFER_EXPIRED, OFFER_FILLED, INVALID_STATUS); its only own code says that a round found nobody.
 */
export const interpretingDispatchErrors = {
  'INTERPRETING.NO_CANDIDATES': {
    status: 409,
    title: 'No eligible interpreter is left to offer this job to',
  },
} as const satisfies Record<string, ErrorSpec>;
