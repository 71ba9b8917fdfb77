import type { z } from 'zod';
import {
  CaseAppointmentListSchema,
  CaseAppointmentSchema,
  CaseContactListSchema,
  CaseDocumentListSchema,
  CaseNoteListSchema,
  CaseReferralListSchema,
  CaseTaskListSchema,
  type CreateAppointmentSchema,
  type CreateContactSchema,
  type CreateDocument,
  type CreateNoteSchema,
  type CreateReferral,
  type CreateSavedFilter,
  type CreateTask,
  PartnerListSchema,
  type RequestAppointmentInterpreterSchema,
  SavedFilterListSchema,
  SavedFilterSchema,
  TimelineSchema,
  type UpdateAppointment,
  type UpdateReferral,
  type UpdateTask,
  WorkloadSchema,
} from '../../../contracts/case-work.ts';
import { CaseTeamListSchema } from '../../../contracts/cases.ts';
import { FileInfoSchema } from '../../../contracts/platform.ts';
import { api } from '../../lib/api-client.ts';
import { uploadFile } from '../../lib/upload.ts';
import { BASE, enc } from './api.ts';

/** Typed calls of a case's working parts and of the lists beside the cases (contracts/case-work.ts). */

const of = (caseId: string, part: string) => `${BASE}/${enc(caseId)}/${part}`;
const quiet = { report: false } as const;

export const listTasks = (caseId: string) => api.get(of(caseId, 'tasks'), { schema: CaseTaskListSchema });
export const addTask = (caseId: string, body: CreateTask) => api.post(of(caseId, 'tasks'), body, quiet);
export const updateTask = (caseId: string, taskId: string, body: UpdateTask) =>
  api.patch(`${of(caseId, 'tasks')}/${enc(taskId)}`, body, quiet);

export const listNotes = (caseId: string) => api.get(of(caseId, 'notes'), { schema: CaseNoteListSchema });
export const addNote = (caseId: string, body: z.input<typeof CreateNoteSchema>) =>
  api.post(of(caseId, 'notes'), body, quiet);

export const listDocuments = (caseId: string) =>
  api.get(of(caseId, 'documents'), { schema: CaseDocumentListSchema });
export const addDocument = (caseId: string, body: CreateDocument) =>
  api.post(of(caseId, 'documents'), body, quiet);

export async function storeFile(file: File): Promise<string> {
  const info = FileInfoSchema.parse(await uploadFile<unknown>('/api/files', file));
  return info.id;
}

export const listContacts = (caseId: string) =>
  api.get(of(caseId, 'contacts'), { schema: CaseContactListSchema });
export const addContact = (caseId: string, body: z.input<typeof CreateContactSchema>) =>
  api.post(of(caseId, 'contacts'), body, quiet);

export const listReferrals = (caseId: string) =>
  api.get(of(caseId, 'referrals'), { schema: CaseReferralListSchema });
export const addReferral = (caseId: string, body: CreateReferral) =>
  api.post(of(caseId, 'referrals'), body, quiet);
export const updateReferral = (caseId: string, rid: string, body: UpdateReferral) =>
  api.patch(`${of(caseId, 'referrals')}/${enc(rid)}`, body, quiet);

export const listAppointments = (caseId: string) =>
  api.get(of(caseId, 'appointments'), { schema: CaseAppointmentListSchema });
export const addAppointment = (caseId: string, body: z.input<typeof CreateAppointmentSchema>) =>
  api.post(of(caseId, 'appointments'), body, { ...quiet, schema: CaseAppointmentSchema });
export const updateAppointment = (caseId: string, aid: string, body: UpdateAppointment) =>
  api.patch(`${of(caseId, 'appointments')}/${enc(aid)}`, body, quiet);
/** An interpreter for an appointment that has none yet; the request then follows the appointment. */
export const askInterpreter = (
  caseId: string,
  aid: string,
  body: z.input<typeof RequestAppointmentInterpreterSchema>,
) =>
  api.post(`${of(caseId, 'appointments')}/${enc(aid)}/interpreter`, body, {
    ...quiet,
    schema: CaseAppointmentSchema,
  });

export const getTimeline = (caseId: string, limit: number) =>
  api.get(of(caseId, 'timeline'), { query: { limit }, schema: TimelineSchema });

export const listPartners = (q: string) =>
  api.get(`${BASE}/partners`, { query: { q: q || undefined, limit: 100 }, schema: PartnerListSchema });

export const listTeams = () => api.get(`${BASE}/teams`, { schema: CaseTeamListSchema });
export const getWorkload = () => api.get(`${BASE}/workload`, { schema: WorkloadSchema });

export const listSavedFilters = () => api.get(`${BASE}/filters`, { schema: SavedFilterListSchema });
export const saveFilter = (body: CreateSavedFilter) =>
  api.post(`${BASE}/filters`, body, { ...quiet, schema: SavedFilterSchema });
export const deleteFilter = (fid: string) => api.delete(`${BASE}/filters/${enc(fid)}`, quiet);
