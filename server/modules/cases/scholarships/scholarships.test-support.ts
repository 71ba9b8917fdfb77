import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { read, send } from '../cases.test-support.ts';

/** The fields of an applicant who meets every default rule. */
export const ELIGIBLE = {
  domicileGhent: true,
  residenceStatus: 'refugee',
  monthlyIncomeCents: 150_000,
  householdSize: 1,
  secondaryFinished: true,
  goal: 'higher_education',
  previousEnrolmentsSameLevel: 0,
  course: 'Nederlands niveau 3',
  courseLevel: 3,
} as const;

export const GRANT = 29_600;

/** A call through the API (by someone with scholarships.manage); answers its id. */
export async function newCall(
  app: FastifyInstance,
  cookie: string,
  overrides: Record<string, unknown> = {},
): Promise<string> {
  const response = await send(app, cookie, '/api/scholarships/calls', {
    academicYear: '2026-2027',
    title: `Beurs UCT ${Math.random().toString(36).slice(2, 8)}`,
    budgetCents: 10 * GRANT,
    grantCents: GRANT,
    opensOn: '2026-01-01',
    closesOn: '2027-06-30',
    status: 'open',
    ...overrides,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ id: string }>().id;
}

/** An application (a scholarship case) for a call, made complete unless `complete: false`. */
export async function newApplication(
  app: FastifyInstance,
  cookie: string,
  input: {
    callId: string;
    name: [string, string];
    language?: string;
    fields?: Record<string, unknown>;
    complete?: boolean;
  },
): Promise<string> {
  const created = await send(app, cookie, '/api/cases', {
    type: 'scholarship',
    title: `Beursaanvraag ${input.name[1]}`,
    language: input.language ?? 'nl',
    person: { givenName: input.name[0], familyName: input.name[1] },
    fields: { ...ELIGIBLE, callId: input.callId, ...input.fields },
  });
  expect(created.statusCode, created.body).toBe(201);
  const id = created.json<{ id: string }>().id;
  if (input.complete !== false) {
    const moved = await send(app, cookie, `/api/cases/${id}/transitions`, { to: 'complete' });
    expect(moved.statusCode, moved.body).toBe(200);
  }
  return id;
}

export async function caseStatus(app: FastifyInstance, cookie: string, id: string) {
  const response = await read(app, cookie, `/api/cases/${id}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ status: string; fields: Record<string, unknown> }>();
}

export const score = (app: FastifyInstance, cookie: string | undefined, caseId: string, body: object) =>
  send(app, cookie, `/api/scholarships/applications/${caseId}/score`, body, 'PUT');

/** The module registers its routes and defaults itself: the shared test app is all a test needs. */
export { createTestApp } from '../../../../test/app.ts';
