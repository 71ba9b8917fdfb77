import { z } from 'zod';
import {
  type CreateReservation,
  IncidentViewSchema,
  OccupancySchema,
  OutOfServiceViewSchema,
  PartySchema,
  PitchSchema,
  type ReplaceTravellersSchema,
  ReservationDetailSchema,
  ReservationListSchema,
  ReservationSummarySchema,
  TemporaryCapListSchema,
  TemporaryCapResultSchema,
  type TemporaryCapSchema,
  TodaySchema,
  type Traveller,
} from '../../../contracts/transit.ts';

type ReplaceTravellers = z.input<typeof ReplaceTravellersSchema>;

import { api, apiRequest, type Query } from '../../lib/api-client.ts';
import type { StepAction } from './format.ts';

/** Typed calls of /api/transit; every answer is parsed with its contract schema. */

const BASE = '/api/transit';
const seg = (value: string) => encodeURIComponent(value);

const PitchListSchema = z.union([
  z.object({ items: z.array(PitchSchema) }),
  z.array(PitchSchema).transform((items) => ({ items })),
]);
const PartyListSchema = z.union([
  z.object({ items: z.array(PartySchema) }),
  z.array(PartySchema).transform((items) => ({ items })),
]);

export const transitKeys = {
  all: ['transit'] as const,
  today: ['transit', 'today'] as const,
  occupancy: (from: string, to: string) => ['transit', 'occupancy', from, to] as const,
  list: (query: Query) => ['transit', 'reservations', query] as const,
  reservation: (id: string) => ['transit', 'reservation', id] as const,
  pitches: ['transit', 'pitches'] as const,
  caps: ['transit', 'caps'] as const,
};

export const getToday = () => api.get(`${BASE}/today`, { schema: TodaySchema, report: false });
export const getOccupancy = (from: string, to: string) =>
  api.get(`${BASE}/occupancy`, { query: { from, to }, schema: OccupancySchema, report: false });

export const listReservations = (query: Query) =>
  api.get(`${BASE}/reservations`, { query, schema: ReservationListSchema, report: false });
export const getReservation = (id: string) =>
  api.get(`${BASE}/reservations/${seg(id)}`, { schema: ReservationDetailSchema, report: false });
export const listPitches = () => api.get(`${BASE}/pitches`, { schema: PitchListSchema, report: false });
export const findParties = (q: string) =>
  api.get(`${BASE}/parties`, { query: { q }, schema: PartyListSchema, report: false });

export const createReservation = (body: CreateReservation) =>
  api.post(`${BASE}/reservations`, body, { schema: ReservationSummarySchema, report: false });

/** One step of the reservation (`confirm`, `check-in`, …) with its body; answers the new detail. */
export const takeStep = (id: string, step: StepAction, body: Record<string, unknown>) =>
  api.post(`${BASE}/reservations/${seg(id)}/${step}`, body, {
    schema: ReservationDetailSchema,
    report: false,
  });

export const saveTravellers = (id: string, travellers: Traveller[]) =>
  apiRequest('PUT', `${BASE}/reservations/${seg(id)}/travellers`, {
    body: { travellers } satisfies ReplaceTravellers,
    schema: ReservationDetailSchema,
    report: false,
  });

export const recordIncident = (body: {
  reservationId?: string;
  pitchId?: string;
  kind: 'damage' | 'regulation' | 'fault' | 'other';
  description: string;
  damageCents?: number;
}) => api.post(`${BASE}/incidents`, body, { schema: IncidentViewSchema, report: false });

export const setOutOfService = (pitchId: string, body: { fromDay: string; toDay: string; reason: string }) =>
  api.post(`${BASE}/pitches/${seg(pitchId)}/out-of-service`, body, {
    schema: OutOfServiceViewSchema,
    report: false,
  });
export const removeOutOfService = (allocationId: string) =>
  api.delete(`${BASE}/out-of-service/${seg(allocationId)}`, { report: false });
export const setTemporaryCap = (body: z.input<typeof TemporaryCapSchema>) =>
  api.post(`${BASE}/capacity`, body, { schema: TemporaryCapResultSchema, report: false });
export const listTemporaryCaps = () =>
  api.get(`${BASE}/capacity`, { schema: TemporaryCapListSchema, report: false });
export const removeTemporaryCap = (id: string) =>
  api.delete(`${BASE}/capacity/${seg(id)}`, { report: false });
/** Ends a cap from `fromDay` on (today or later); the server raises those days' places at once. */
export const endTemporaryCap = (id: string, fromDay: string) =>
  api.post(
    `${BASE}/capacity/${seg(id)}/end`,
    { fromDay },
    { schema: TemporaryCapResultSchema, report: false },
  );

export const receiptUrl = (id: string, paymentId: string) =>
  `${BASE}/reservations/${seg(id)}/payments/${seg(paymentId)}/receipt.pdf`;
export const billUrl = (id: string) => `${BASE}/reservations/${seg(id)}/bill.pdf`;
