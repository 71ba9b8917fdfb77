import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ORIGIN } from '../../../../test/app.ts';
import { insertOrganisation } from '../../../../test/factories.ts';
import { queryRows } from '../../../platform/db/index.ts';
import { multipart, SAMPLE_PDF } from '../../../platform/files/samples.test-support.ts';
import { brusselsToday } from '../case-view.ts';
import { markReceived } from './documents.service.ts';
import { call, type Member, openCase, setUpWorkFixture, type WorkFixture } from './work.test-support.ts';

describe('case documents, referrals and transfers', () => {
  let f: WorkFixture;

  beforeAll(async () => {
    f = await setUpWorkFixture();
  });
  afterAll(() => f.t.close());

  async function upload(who: Member, name = 'diploma.pdf'): Promise<string> {
    const form = multipart(name, SAMPLE_PDF);
    const response = await f.t.app.inject({
      method: 'POST',
      url: '/api/files',
      headers: { ...form.headers, cookie: who.cookie, origin: ORIGIN },
      payload: form.payload,
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json().id;
  }

  describe('documents', () => {
    it('adds an upload, lists it and downloads it (audited)', async () => {
      const { id } = await openCase(f.t, f.users.counsellorA);
      const fileId = await upload(f.users.counsellorA, 'verblijfskaart.pdf');
      const added = await call(f.t, f.users.counsellorA, 'POST', `/api/cases/${id}/documents`, {
        fileId,
        title: 'Verblijfskaart',
      });
      expect(added.statusCode, added.body).toBe(201);
      const doc = added.json();
      expect(doc).toMatchObject({
        fileId,
        title: 'Verblijfskaart',
        fileName: 'verblijfskaart.pdf',
        mediaType: 'application/pdf',
      });
      const list = (await call(f.t, f.users.colleagueA, 'GET', `/api/cases/${id}/documents`)).json();
      expect(list.items).toHaveLength(1);
      const download = await call(f.t, f.users.colleagueA, 'GET', doc.downloadUrl);
      expect(download.statusCode).toBe(200);
      expect(download.headers['content-type']).toBe('application/pdf');
      expect(download.rawPayload.equals(SAMPLE_PDF)).toBe(true);
      const [audit] = await queryRows<{ n: number }>(
        f.db,
        sql`select count(*)::int as n from audit_log where entity_id = ${id} and action = 'case.document.downloaded' and actor_id = ${f.users.colleagueA.id}`,
      );
      expect(audit?.n).toBe(1);
    });

    it('ticks the checklist line of a diploma recognition case, adding a line it does not have', async () => {
      const { id } = await openCase(f.t, f.users.counsellorA, {
        type: 'diploma_recognition',
        title: 'Gelijkschakeling bachelor',
        fields: {
          checklist: [
            { item: 'Diploma', status: 'missing' },
            { item: 'Puntenlijst', status: 'missing' },
          ],
        },
      });
      const post = async (title: string, checklistItem: string) =>
        call(f.t, f.users.counsellorA, 'POST', `/api/cases/${id}/documents`, {
          fileId: await upload(f.users.counsellorA),
          title,
          checklistItem,
        });
      expect((await post('Diploma', 'diploma')).statusCode).toBe(201);
      expect((await post('Beëdigde vertaling', 'Vertaling diploma')).statusCode).toBe(201);
      const detail = (await call(f.t, f.users.counsellorA, 'GET', `/api/cases/${id}`)).json();
      // The upload's day is the received date (Brussels time); a date set by hand would be kept.
      const today = brusselsToday();
      expect(detail.fields.checklist).toEqual([
        { item: 'Diploma', status: 'received', receivedOn: today },
        { item: 'Puntenlijst', status: 'missing' },
        { item: 'Vertaling diploma', status: 'received', receivedOn: today },
      ]);
    });

    it('keeps a received date set by hand when an upload ticks the line', () => {
      const lines = [{ item: 'Diploma', status: 'missing', receivedOn: '2026-01-05' }];
      expect(markReceived(lines, ' diploma ', '2026-02-01')).toEqual([
        { item: 'Diploma', status: 'received', receivedOn: '2026-01-05' },
      ]);
      expect(markReceived([], 'Puntenlijst', '2026-02-01')).toEqual([
        { item: 'Puntenlijst', status: 'received', receivedOn: '2026-02-01' },
      ]);
    });

    it('refuses another team, an unknown file, a checklist line on another case type, a missing title', async () => {
      const { id } = await openCase(f.t, f.users.counsellorA);
      const fileId = await upload(f.users.counsellorA);
      const other = await call(f.t, f.users.counsellorB, 'POST', `/api/cases/${id}/documents`, {
        fileId,
        title: 'x',
      });
      expect(other.statusCode).toBe(403);
      expect((await call(f.t, f.users.counsellorB, 'GET', `/api/cases/${id}/documents`)).statusCode).toBe(
        403,
      );
      const post = (body: object) =>
        call(f.t, f.users.counsellorA, 'POST', `/api/cases/${id}/documents`, body);
      const unknown = await post({ fileId: '00000000-0000-4000-8000-000000000000', title: 'x' });
      expect(unknown.statusCode).toBe(422);
      expect(unknown.json().code).toBe('CASE_WORK.FILE_NOT_FOUND');
      const checklist = await post({ fileId, title: 'x', checklistItem: 'Diploma' });
      expect(checklist.statusCode).toBe(422);
      expect(checklist.json().code).toBe('CASE_WORK.NO_CHECKLIST');
      expect((await post({ fileId })).statusCode).toBe(400);
      const missing = await call(
        f.t,
        f.users.counsellorA,
        'GET',
        `/api/cases/${id}/documents/00000000-0000-4000-8000-000000000000/file`,
      );
      expect(missing.statusCode).toBe(404);
    });
  });

  describe('referrals and transfers', () => {
    it('lists partner organisations for the form', async () => {
      await insertOrganisation(f.db, { name: 'CVO Gent (test)', type: 'school' });
      await insertOrganisation(f.db, { name: 'Huis van het Nederlands (test)', type: 'public_service' });
      const response = await call(f.t, f.users.counsellorA, 'GET', '/api/cases/partners?q=CVO%20Gent');
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json().items.map((org: { name: string }) => org.name)).toContain('CVO Gent (test)');
      expect((await call(f.t, f.users.monitor, 'GET', '/api/cases/partners')).statusCode).toBe(403);
      expect((await call(f.t, f.users.counsellorA, 'GET', '/api/cases/partners?limit=0')).statusCode).toBe(
        400,
      );
    });

    it('refers a case to a partner and follows the referral through its statuses', async () => {
      const { id } = await openCase(f.t, f.users.counsellorA);
      const partner = await insertOrganisation(f.db, { name: 'OCMW Gent (test)', type: 'welfare' });
      const sent = await call(f.t, f.users.counsellorA, 'POST', `/api/cases/${id}/referrals`, {
        kind: 'referral',
        organisationId: partner.id,
        reason: 'Hulp bij huisvesting',
      });
      expect(sent.statusCode, sent.body).toBe(201);
      const referral = sent.json();
      expect(referral).toMatchObject({
        kind: 'referral',
        status: 'sent',
        organisation: { id: partner.id, name: 'OCMW Gent (test)' },
      });
      const url = `/api/cases/${id}/referrals/${referral.id}`;
      expect((await call(f.t, f.users.counsellorA, 'PATCH', url, { status: 'completed' })).statusCode).toBe(
        409,
      );
      expect((await call(f.t, f.users.counsellorA, 'PATCH', url, { status: 'accepted' })).json().status).toBe(
        'accepted',
      );
      expect(
        (await call(f.t, f.users.counsellorA, 'PATCH', url, { status: 'completed' })).json().status,
      ).toBe('completed');
      const list = (await call(f.t, f.users.counsellorA, 'GET', `/api/cases/${id}/referrals`)).json();
      expect(list.items).toHaveLength(1);
      // A referral shares; ownership stays with the team.
      const detail = (await call(f.t, f.users.counsellorA, 'GET', `/api/cases/${id}`)).json();
      expect(detail.teamId).toBe(f.teamA);
    });

    it('transfers a case to another team in one step: team moves, assignee cleared, the old team loses access', async () => {
      const { id } = await openCase(f.t, f.users.counsellorA);
      await call(f.t, f.users.counsellorA, 'POST', `/api/cases/${id}/tasks`, {
        title: 'Opvolgen',
        assigneeId: f.users.counsellorA.id,
      });
      expect((await call(f.t, f.users.counsellorB, 'GET', `/api/cases/${id}`)).statusCode).toBe(403);
      const moved = await call(f.t, f.users.counsellorA, 'POST', `/api/cases/${id}/referrals`, {
        kind: 'transfer',
        toTeamId: f.teamB,
        reason: 'Verhuisd naar Gent-Zuid',
      });
      expect(moved.statusCode, moved.body).toBe(201);
      expect(moved.json()).toMatchObject({
        kind: 'transfer',
        status: 'completed',
        fromTeam: { id: f.teamA },
        toTeam: { id: f.teamB },
      });
      const [row] = await queryRows<{ team_id: string; assignee_id: string | null }>(
        f.db,
        sql`select team_id, assignee_id from cases where id = ${id}`,
      );
      expect(row).toEqual({ team_id: f.teamB, assignee_id: null });
      expect((await call(f.t, f.users.counsellorA, 'GET', `/api/cases/${id}`)).statusCode).toBe(403);
      expect((await call(f.t, f.users.counsellorA, 'GET', `/api/cases/${id}/tasks`)).statusCode).toBe(403);
      const tasks = await call(f.t, f.users.counsellorB, 'GET', `/api/cases/${id}/tasks`);
      expect(tasks.statusCode).toBe(200);
      expect(tasks.json().items.map((task: { assignee: unknown }) => task.assignee)).toEqual([null]);
      const again = await call(f.t, f.users.counsellorB, 'POST', `/api/cases/${id}/referrals`, {
        kind: 'transfer',
        toTeamId: f.teamB,
        reason: 'x',
      });
      expect(again.statusCode).toBe(409);
      expect(again.json().code).toBe('CASE_WORK.SAME_TEAM');
      const transfer = (await call(f.t, f.users.counsellorB, 'GET', `/api/cases/${id}/referrals`)).json()
        .items[0];
      const status = await call(
        f.t,
        f.users.counsellorB,
        'PATCH',
        `/api/cases/${id}/referrals/${transfer.id}`,
        {
          status: 'accepted',
        },
      );
      expect(status.statusCode).toBe(409);
    });

    it('refuses another team and bad input (unknown partner or team, missing reason, wrong kind)', async () => {
      const { id } = await openCase(f.t, f.users.counsellorA);
      const post = (who: Member, body: object) => call(f.t, who, 'POST', `/api/cases/${id}/referrals`, body);
      expect(
        (await post(f.users.counsellorB, { kind: 'transfer', toTeamId: f.teamB, reason: 'x' })).statusCode,
      ).toBe(403);
      const nobody = '00000000-0000-4000-8000-000000000000';
      const org = await post(f.users.counsellorA, { kind: 'referral', organisationId: nobody, reason: 'x' });
      expect(org.json().code).toBe('CASE_WORK.UNKNOWN_ORGANISATION');
      const team = await post(f.users.counsellorA, { kind: 'transfer', toTeamId: nobody, reason: 'x' });
      expect(team.json().code).toBe('CASE_WORK.UNKNOWN_TEAM');
      expect((await post(f.users.counsellorA, { kind: 'transfer', toTeamId: f.teamB })).statusCode).toBe(400);
      expect(
        (await post(f.users.counsellorA, { kind: 'gift', toTeamId: f.teamB, reason: 'x' })).statusCode,
      ).toBe(400);
      const unknown = await call(f.t, f.users.counsellorA, 'PATCH', `/api/cases/${id}/referrals/${nobody}`, {
        status: 'accepted',
      });
      expect(unknown.statusCode).toBe(404);
    });
  });
});
