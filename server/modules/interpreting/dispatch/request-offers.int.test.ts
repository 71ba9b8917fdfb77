import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatchWorld, type DispatchWorld, insertRequest } from './dispatch.test-support.ts';

describe('dispatch: the offers of one request', () => {
  let w: DispatchWorld;

  beforeAll(async () => {
    w = await createDispatchWorld([
      { name: 'Amira', languages: ['ps'] },
      { name: 'Bilal', languages: ['ps'] },
    ]);
  });
  afterAll(() => w.t.close());

  it('lists who was offered, in which round, and what they answered', async () => {
    const request = await insertRequest(w.db, {
      organisationId: w.org,
      start: '2027-02-16T09:00:00Z',
      language: 'ps',
    });
    const none = await w.call(w.dispatcher, 'GET', `/requests/${request.id}/offers`);
    expect(none.statusCode).toBe(200);
    expect(none.json()).toEqual([]);

    const sent = await w.call(w.dispatcher, 'POST', `/requests/${request.id}/offers`, {
      interpreterIds: [w.id('Amira'), w.id('Bilal')],
    });
    expect(sent.statusCode).toBe(201);
    const bilalOffer = sent
      .json()
      .offers.find((o: { interpreterId: string }) => o.interpreterId === w.id('Bilal'));
    const declined = await w.call(w.cookieOf('Bilal'), 'POST', `/offers/${bilalOffer.id}/decline`, {
      reason: 'ziek',
    });
    expect(declined.statusCode).toBe(200);

    const list = await w.call(w.dispatcher, 'GET', `/requests/${request.id}/offers`);
    expect(list.statusCode).toBe(200);
    const byName = new Map(
      list
        .json()
        .map((o: { interpreter: { name: string }; status: string }) => [o.interpreter.name.split(' ')[0], o]),
    );
    expect(byName.get('Amira')).toMatchObject({ round: 1, status: 'open', respondedAt: null });
    expect(byName.get('Bilal')).toMatchObject({ round: 1, status: 'declined' });
    const bilal = byName.get('Bilal') as { respondedAt: string; offeredAt: string; sentBy: string | null };
    expect(Date.parse(bilal.respondedAt)).toBeGreaterThanOrEqual(Date.parse(bilal.offeredAt));
    expect(bilal.sentBy).not.toBeNull();
  });

  it('is for dispatchers only, and an unknown request answers 404', async () => {
    const request = await insertRequest(w.db, { organisationId: w.org, start: '2027-02-17T09:00:00Z' });
    expect((await w.call(w.requester, 'GET', `/requests/${request.id}/offers`)).statusCode).toBe(403);
    expect((await w.call(w.cookieOf('Amira'), 'GET', `/requests/${request.id}/offers`)).statusCode).toBe(403);
    const unknown = await w.call(w.dispatcher, 'GET', `/requests/${randomUUID()}/offers`);
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().code).toBe('INTERPRETING.REQUEST_NOT_FOUND');
  });
});
