import type { FastifyInstance } from 'fastify';
import { ORIGIN } from '../../../test/app.ts';
import { insertTeam, insertUser, signIn } from '../../../test/factories.ts';
import type { Db } from '../../platform/db/index.ts';

/** The people of a case test: two guidance teams with a counsellor each, a manager, a requester. */
export async function casePeopleForTest(app: FastifyInstance, db: Db) {
  const teamA = await insertTeam(db);
  const teamB = await insertTeam(db);
  const counsellorA = await insertUser(db, { roles: ['counsellor'], teamId: teamA.id, name: 'Counsellor A' });
  const counsellorB = await insertUser(db, { roles: ['counsellor'], teamId: teamB.id, name: 'Counsellor B' });
  const manager = await insertUser(db, { roles: ['manager'] });
  const coordinator = await insertUser(db, { roles: ['programme_coordinator'] });
  const requester = await insertUser(db, { roles: ['requester'] });
  return {
    teamA: teamA.id,
    teamB: teamB.id,
    counsellorA: { ...counsellorA, cookie: await signIn(app, counsellorA.email) },
    counsellorB: { ...counsellorB, cookie: await signIn(app, counsellorB.email) },
    manager: { ...manager, cookie: await signIn(app, manager.email) },
    coordinator: { ...coordinator, cookie: await signIn(app, coordinator.email) },
    requester: { ...requester, cookie: await signIn(app, requester.email) },
  };
}

/** A JSON write with the session cookie and the same-origin header the CSRF check wants. */
export function send(
  app: FastifyInstance,
  cookie: string | undefined,
  url: string,
  payload: object,
  method: 'POST' | 'PATCH' | 'PUT' | 'DELETE' = 'POST',
) {
  return app.inject({ method, url, headers: { origin: ORIGIN, ...(cookie ? { cookie } : {}) }, payload });
}

export function read(app: FastifyInstance, cookie: string | undefined, url: string) {
  return app.inject({ url, headers: cookie ? { cookie } : {} });
}
