import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CreateEditionSchema,
  CreateSiteSchema,
  CreateSlotsSchema,
  EditionSchema,
  SiteSchema,
  SlotSchema,
  UpdateEditionSchema,
  UpdateSlotSchema,
} from '../../../../contracts/offerfeest.ts';
import { ProblemSchema } from '../../../../contracts/problem.ts';
import type { Platform } from '../../../platform/platform.ts';
import { offerfeestDeps } from '../offerfeest-deps.ts';
import {
  addSite,
  createEdition,
  createSlots,
  listEditions,
  listSlots,
  readEdition,
  setSlotCapacity,
  updateEdition,
} from './editions.service.ts';

const tags = ['offerfeest'];
const IdParams = z.object({ id: z.string().uuid() });
const refusals = { 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema, 404: ProblemSchema };

/** Editions, sites and slots: read by anyone (no personal data), configured by `offerfeest.configure`. */
export const editionRoutes: FastifyPluginAsyncZod<{ platform: Platform }> = async (app, { platform }) => {
  const deps = offerfeestDeps(platform);
  const { db } = deps;

  app.get(
    '/offerfeest/editions',
    {
      schema: {
        tags,
        summary: 'Every edition with its sites, newest year first (public)',
        response: { 200: z.array(EditionSchema) },
      },
    },
    async () => listEditions(db),
  );

  app.get(
    '/offerfeest/editions/:id',
    {
      schema: {
        tags,
        summary: 'One edition with its sites (public)',
        params: IdParams,
        response: { 200: EditionSchema, 400: ProblemSchema, 404: ProblemSchema },
      },
    },
    async (request) => readEdition(db, request.params.id),
  );

  app.post(
    '/offerfeest/editions',
    {
      schema: {
        tags,
        summary: 'Create an edition (languages include at least nl, ar, fr, tr, en)',
        body: CreateEditionSchema,
        response: { 201: EditionSchema, 409: ProblemSchema, ...refusals },
      },
    },
    async (request, reply) => reply.status(201).send(await createEdition(db, request.ctx, request.body)),
  );

  app.patch(
    '/offerfeest/editions/:id',
    {
      schema: {
        tags,
        summary: 'Change an edition',
        params: IdParams,
        body: UpdateEditionSchema,
        response: { 200: EditionSchema, 409: ProblemSchema, ...refusals },
      },
    },
    async (request) => updateEdition(db, request.ctx, request.params.id, request.body),
  );

  app.post(
    '/offerfeest/editions/:id/sites',
    {
      schema: {
        tags,
        summary: 'Add a slaughter site',
        params: IdParams,
        body: CreateSiteSchema,
        response: { 201: SiteSchema, ...refusals },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addSite(db, request.ctx, request.params.id, request.body)),
  );

  app.post(
    '/offerfeest/editions/:id/slots',
    {
      schema: {
        tags,
        summary: "Generate a site's slots for one day (Brussels time), each with its capacity pool",
        params: IdParams,
        body: CreateSlotsSchema,
        response: { 201: z.array(SlotSchema), 409: ProblemSchema, ...refusals },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createSlots(db, request.ctx, request.params.id, request.body)),
  );

  app.get(
    '/offerfeest/editions/:id/slots',
    {
      schema: {
        tags,
        summary: 'The slots with places left and waiting (public)',
        params: IdParams,
        response: { 200: z.array(SlotSchema), 400: ProblemSchema, 404: ProblemSchema },
      },
    },
    async (request) => listSlots(db, request.params.id),
  );

  app.patch(
    '/offerfeest/slots/:id',
    {
      schema: {
        tags,
        summary: "Set a slot's capacity; raising it promotes the waiting list, below the places given → 409",
        params: IdParams,
        body: UpdateSlotSchema,
        response: { 200: SlotSchema, 409: ProblemSchema, ...refusals },
      },
    },
    async (request) => setSlotCapacity(deps, request.ctx, request.params.id, request.body.capacity),
  );
};
