import type { z } from 'zod';
import type {
  EducationQuestionForm,
  GuidanceAppointmentForm,
  PublicFormCreated,
  PublicStatus,
  ScholarshipApplicationForm,
  ScholarshipFilePart,
} from '../../../contracts/public-forms.ts';
import type { PublicCallSchema } from '../../../contracts/scholarships.ts';
import { activeLocale } from '../../i18n/preference.ts';
import { ApiError, api, isProblem } from '../../lib/api-client.ts';

/**
 * The portal's calls of the public case API (no sign-in). Types only from the contracts: the portal
 * does not ship zod, and the server already checked its answers against the same schemas.
 */

export type { PublicStatus };
export type OpenCall = z.infer<typeof PublicCallSchema>;

export function sendEducationQuestion(body: EducationQuestionForm): Promise<PublicFormCreated> {
  return api.post<PublicFormCreated>('/api/public/forms/education-question', body, { report: false });
}

export function sendGuidanceAppointment(body: GuidanceAppointmentForm): Promise<PublicFormCreated> {
  return api.post<PublicFormCreated>('/api/public/forms/guidance-appointment', body, { report: false });
}

export type PartFile = { part: ScholarshipFilePart; file: File };

/**
 * The scholarship application is multipart: the answers as JSON in a part named `data` (first, so
 * the server reads them before the files), then each document under its kind's part name.
 */
export async function sendScholarshipApplication(
  data: ScholarshipApplicationForm,
  files: readonly PartFile[],
): Promise<PublicFormCreated> {
  const form = new FormData();
  form.append('data', JSON.stringify(data));
  for (const { part, file } of files) form.append(part, file, file.name);
  const headers = new Headers({ Accept: 'application/json, application/problem+json' });
  const locale = activeLocale();
  if (locale) headers.set('Accept-Language', locale);
  let response: Response;
  try {
    response = await fetch('/api/public/forms/scholarship-application', {
      method: 'POST',
      body: form,
      headers,
    });
  } catch {
    throw new ApiError(0, null, 'network error');
  }
  const payload: unknown = await response.json().catch(() => undefined);
  if (!response.ok)
    throw new ApiError(response.status, isProblem(payload) ? payload : null, response.statusText);
  return payload as PublicFormCreated;
}

export function getStatus(code: string, lang: string, signal: AbortSignal): Promise<PublicStatus> {
  return api.get<PublicStatus>(`/api/public/status/${encodeURIComponent(code)}`, {
    query: { lang },
    signal,
    report: false,
  });
}

export function getOpenCalls(signal: AbortSignal): Promise<{ items: OpenCall[] }> {
  return api.get<{ items: OpenCall[] }>('/api/public/scholarships/calls', { signal, report: false });
}
