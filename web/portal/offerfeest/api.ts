import type { z } from 'zod';
import type {
  ClaimReceiptSchema,
  ClaimStatusSchema,
  CreateClaim,
  CreateRegistration,
  Edition,
  PublicRegistrationSchema,
  RegistrationReceiptSchema,
  Slot,
} from '../../../contracts/offerfeest.ts';
import { activeLocale } from '../../i18n/preference.ts';
import { ApiError, api, isProblem } from '../../lib/api-client.ts';

/**
 * The portal's calls of the public Offerfeest API (no sign-in). Types only from the contracts:
 * the portal ships no zod, and the server checked its answers against the same schemas.
 */

export type { Edition, Slot };
export type RegistrationReceipt = z.infer<typeof RegistrationReceiptSchema>;
export type PublicRegistration = z.infer<typeof PublicRegistrationSchema>;
export type ClaimReceipt = z.infer<typeof ClaimReceiptSchema>;
export type ClaimStatus = z.infer<typeof ClaimStatusSchema>;
/** What `GET /api/public/offerfeest/claims/{code}` tells the claimant (the server's PublicClaimSchema). */
export type PublicClaim = {
  reference: string;
  status: ClaimStatus;
  approvedCents: number | null;
  paidAt: string | null;
};

const enc = encodeURIComponent;

/** A list answer, bare or as `{ items }`. */
function items<T>(answer: T[] | { items: T[] }): T[] {
  return Array.isArray(answer) ? answer : answer.items;
}

export async function getEditions(signal: AbortSignal): Promise<Edition[]> {
  return items(
    await api.get<Edition[] | { items: Edition[] }>('/api/offerfeest/editions', { signal, report: false }),
  );
}

export async function getSlots(editionId: string, signal: AbortSignal): Promise<Slot[]> {
  const path = `/api/offerfeest/editions/${enc(editionId)}/slots`;
  return items(await api.get<Slot[] | { items: Slot[] }>(path, { signal, report: false }));
}

export function register(editionId: string, body: CreateRegistration): Promise<RegistrationReceipt> {
  return api.post<RegistrationReceipt>(`/api/offerfeest/editions/${enc(editionId)}/registrations`, body, {
    report: false,
  });
}

export function getRegistration(code: string, signal: AbortSignal): Promise<PublicRegistration> {
  return api.get<PublicRegistration>(`/api/public/offerfeest/registrations/${enc(code)}`, {
    signal,
    report: false,
  });
}

export const qrUrl = (code: string) => `/api/public/offerfeest/registrations/${enc(code)}/qr.svg`;

export function cancelRegistration(code: string): Promise<unknown> {
  return api.post(`/api/public/offerfeest/registrations/${enc(code)}/cancel`, {}, { report: false });
}

export function getClaim(code: string, signal: AbortSignal): Promise<PublicClaim> {
  return api.get<PublicClaim>(`/api/public/offerfeest/claims/${enc(code)}`, { signal, report: false });
}

/** Multipart: the fields as parts first (the server reads them before the file), then `invoice`. */
export async function sendClaim(
  editionId: string,
  fields: CreateClaim,
  invoice: File,
): Promise<ClaimReceipt> {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    if (value !== undefined) form.append(key, String(value));
  }
  form.append('invoice', invoice, invoice.name);
  const headers = new Headers({ Accept: 'application/json, application/problem+json' });
  const locale = activeLocale();
  if (locale) headers.set('Accept-Language', locale);
  let response: Response;
  try {
    response = await fetch(`/api/offerfeest/editions/${enc(editionId)}/claims`, {
      method: 'POST',
      body: form,
      headers,
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError(0, null, 'network error');
  }
  const payload: unknown = await response.json().catch(() => undefined);
  if (!response.ok)
    throw new ApiError(response.status, isProblem(payload) ? payload : null, response.statusText);
  return payload as ClaimReceipt;
}
