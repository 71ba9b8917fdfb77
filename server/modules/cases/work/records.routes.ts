import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CaseContactListSchema,
  CaseContactSchema,
  CaseNoteListSchema,
  CaseNoteSchema,
  CaseTaskListSchema,
  CaseTaskSchema,
  CreateContactSchema,
  CreateNoteSchema,
  CreateTaskSchema,
  TaskParamsSchema,
  UpdateTaskSchema,
} from '../../../../contracts/case-work.ts';
import { CaseIdParamsSchema } from '../../../../contracts/cases.ts';
import { ProblemSchema } from '../../../../contracts/problem.ts';
import type { Platform } from '../../../platform/platform.ts';
import { listContacts, logContact } from './contacts.service.ts';
import { addNote, listNotes } from './notes.service.ts';
import { createTask, deleteTask, listTasks, updateTask } from './tasks.service.ts';

const tags = ['cases'];
const refusals = { 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema, 404: ProblemSchema };
const writeRefusals = { ...refusals, 409: ProblemSchema, 422: ProblemSchema };

/** A case's tasks, notes and contact log (`/cases/:id/tasks|notes|contacts`). */
export const caseRecordRoutes: FastifyPluginAsyncZod<{ platform: Platform }> = async (app, { platform }) => {
  const { db } = platform.database;

  app.get(
    '/cases/:id/tasks',
    {
      schema: {
        tags,
        summary: "The case's tasks and rule-made deadlines, open ones first by due date",
        params: CaseIdParamsSchema,
        response: { 200: CaseTaskListSchema, ...refusals },
      },
    },
    async (request) => ({ items: await listTasks(db, request.ctx, request.params.id) }),
  );

  app.post(
    '/cases/:id/tasks',
    {
      schema: {
        tags,
        summary: 'Add a task with an optional due date and assignee',
        params: CaseIdParamsSchema,
        body: CreateTaskSchema,
        response: { 201: CaseTaskSchema, ...writeRefusals },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createTask(db, request.ctx, request.params.id, request.body)),
  );

  app.patch(
    '/cases/:id/tasks/:taskId',
    {
      schema: {
        tags,
        summary:
          'Change a task or mark it done; a rule-made deadline can only be marked done (409 otherwise)',
        params: TaskParamsSchema,
        body: UpdateTaskSchema,
        response: { 200: CaseTaskSchema, ...writeRefusals },
      },
    },
    async (request) =>
      updateTask(db, request.ctx, { caseId: request.params.id, taskId: request.params.taskId }, request.body),
  );

  app.delete(
    '/cases/:id/tasks/:taskId',
    {
      schema: {
        tags,
        summary: 'Delete a task made by hand; a rule-made deadline cannot be deleted (409)',
        params: TaskParamsSchema,
        response: { 204: z.null().describe('Deleted'), ...writeRefusals },
      },
    },
    async (request, reply) => {
      await deleteTask(db, request.ctx, { caseId: request.params.id, taskId: request.params.taskId });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/cases/:id/notes',
    {
      schema: {
        tags,
        summary:
          'Notes, newest first; a confidential note not for the reader comes without its body (hidden: true)',
        params: CaseIdParamsSchema,
        response: { 200: CaseNoteListSchema, ...refusals },
      },
    },
    async (request) => ({ items: await listNotes(db, request.ctx, request.params.id) }),
  );

  app.post(
    '/cases/:id/notes',
    {
      schema: {
        tags,
        summary: 'Add a note (standard or confidential); the audit log never keeps its text',
        params: CaseIdParamsSchema,
        body: CreateNoteSchema,
        response: { 201: CaseNoteSchema, ...writeRefusals },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addNote(db, request.ctx, request.params.id, request.body)),
  );

  app.get(
    '/cases/:id/contacts',
    {
      schema: {
        tags,
        summary: 'The contact log (phone, visit, mail, video), newest first',
        params: CaseIdParamsSchema,
        response: { 200: CaseContactListSchema, ...refusals },
      },
    },
    async (request) => ({ items: await listContacts(db, request.ctx, request.params.id) }),
  );

  app.post(
    '/cases/:id/contacts',
    {
      schema: {
        tags,
        summary: 'Log a contact with the client',
        params: CaseIdParamsSchema,
        body: CreateContactSchema,
        response: { 201: CaseContactSchema, ...writeRefusals },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await logContact(db, request.ctx, request.params.id, request.body)),
  );
};
