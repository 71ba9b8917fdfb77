import { generateKeyPairSync } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import Provider, { type Account } from 'oidc-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { insertUser } from '../../../test/factories.ts';
import { queryRows } from '../db/index.ts';

const CLIENT = { id: 'wegwijs', secret: 'a-client-secret-for-the-test-provider' };
const REDIRECT_URI = 'http://localhost:3000/api/auth/oidc/callback';

/** The people the test provider knows, by subject. */
const accounts: Record<string, { email: string; email_verified: boolean; name: string }> = {
  'sub-fatima': { email: 'fatima.el.idrissi@city.example', email_verified: true, name: 'Fatima El Idrissi' },
  'sub-stranger': { email: 'stranger@city.example', email_verified: true, name: 'Stranger' },
  'sub-requester': { email: 'school.contact@city.example', email_verified: true, name: 'School contact' },
  'sub-unverified': { email: 'unverified.staff@city.example', email_verified: false, name: 'Unverified' },
};

/** A real OpenID provider on a free local port, with the login and consent pages of its dev mode. */
async function startProvider(): Promise<{ issuer: string; server: Server }> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: CLIENT.id,
        client_secret: CLIENT.secret,
        redirect_uris: [REDIRECT_URI],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    jwks: { keys: [{ ...privateKey.export({ format: 'jwk' }), kid: 'test-key', use: 'sig', alg: 'RS256' }] },
    cookies: { keys: ['test-provider-cookie-key'] },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    features: { devInteractions: { enabled: true } },
    ttl: {
      AccessToken: 600,
      AuthorizationCode: 60,
      Grant: 600,
      IdToken: 600,
      Interaction: 600,
      Session: 600,
    },
    findAccount: async (_ctx: unknown, id: string): Promise<Account | undefined> => {
      const claims = accounts[id];
      return claims ? { accountId: id, claims: async () => ({ sub: id, ...claims }) } : undefined;
    },
  });
  server.on('request', provider.callback());
  return { issuer, server };
}

/** A browser's cookie jar for the provider: the tests follow its redirects by hand. */
class Browser {
  private cookies = new Map<string, string>();

  private remember(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair?.indexOf('=') ?? -1;
      if (pair && at > 0) this.cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
  }

  async request(url: string, form?: Record<string, string>): Promise<Response> {
    const response = await fetch(url, {
      method: form ? 'POST' : 'GET',
      redirect: 'manual',
      headers: {
        cookie: [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; '),
        ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      ...(form ? { body: new URLSearchParams(form).toString() } : {}),
    });
    this.remember(response);
    return response;
  }

  /** Signs in at the provider as `account`, consents, and answers the URL it sends back to the app. */
  async signInAt(authorizationUrl: string, account: string): Promise<URL> {
    let url = authorizationUrl;
    for (let step = 0; step < 12; step++) {
      if (url.startsWith(REDIRECT_URI)) return new URL(url);
      const response = await this.request(url);
      const location = response.headers.get('location');
      if (location) {
        url = new URL(location, url).toString();
        continue;
      }
      const page = await response.text();
      const action = /<form[^>]*action="([^"]+)"/.exec(page)?.[1];
      if (!action) throw new Error(`unexpected provider page (${response.status}): ${page.slice(0, 300)}`);
      const submit = new URL(action, url).toString();
      const form: Record<string, string> = page.includes('value="login"')
        ? { prompt: 'login', login: account, password: 'any' }
        : { prompt: 'consent' };
      const posted = await this.request(submit, form);
      url = new URL(posted.headers.get('location') ?? '', submit).toString();
    }
    throw new Error('too many redirects at the provider');
  }
}

describe('single sign-on against a real OpenID provider', () => {
  let provider: { issuer: string; server: Server };
  let t: TestApp;
  const db = () => t.platform.database.db;

  /** Runs the whole browser flow for one provider account and answers the app's final response. */
  async function signInWithSso(account: string) {
    const start = await t.app.inject('/api/auth/oidc/login');
    expect(start.statusCode).toBe(302);
    const stateCookie = start.cookies.find((c) => c.name === 'wegwijs_oidc');
    expect(stateCookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/api/auth/oidc' });
    const authorizationUrl = String(start.headers.location);
    expect(authorizationUrl.startsWith(`${provider.issuer}/auth?`)).toBe(true);
    const params = new URL(authorizationUrl).searchParams;
    expect(params.get('code_challenge_method')).toBe('S256');
    expect(params.get('state')).toBeTruthy();
    expect(params.get('nonce')).toBeTruthy();
    const back = await new Browser().signInAt(authorizationUrl, account);
    expect(back.searchParams.get('code')).toBeTruthy();
    return t.app.inject({
      url: `${back.pathname}${back.search}`,
      headers: { cookie: `wegwijs_oidc=${stateCookie?.value}` },
    });
  }

  const sessionOf = (response: Awaited<ReturnType<typeof signInWithSso>>) =>
    response.cookies.find((c) => c.name === 'wegwijs_session' && c.value);

  beforeAll(async () => {
    provider = await startProvider();
    t = await createTestApp({
      OIDC_ISSUER: provider.issuer,
      OIDC_CLIENT_ID: CLIENT.id,
      OIDC_CLIENT_SECRET: CLIENT.secret,
    });
  });
  afterAll(async () => {
    await t.close();
    await new Promise((resolve) => provider.server.close(resolve));
  });

  it('signs in an existing staff user found by verified e-mail, links the subject, and audits it', async () => {
    const user = await insertUser(db(), { roles: ['counsellor'], email: 'Fatima.El.Idrissi@city.example' });
    const response = await signInWithSso('sub-fatima');
    expect(response.statusCode).toBe(302);
    expect(response.headers.location).toBe('/app');
    const session = sessionOf(response);
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    const me = await t.app.inject({
      url: '/api/auth/me',
      headers: { cookie: `wegwijs_session=${session?.value}` },
    });
    expect(me.json()).toMatchObject({ id: user.id, roles: ['counsellor'] });
    const [linked] = await queryRows<{ oidc_subject: string }>(
      db(),
      sql`select oidc_subject from users where id = ${user.id}`,
    );
    expect(linked?.oidc_subject).toBe('sub-fatima');
    const actions = await queryRows<{ action: string; after: { method?: string } }>(
      db(),
      sql`select action, after from audit_log where entity = 'user' and entity_id = ${user.id} order by id`,
    );
    expect(actions.map((row) => row.action)).toEqual(['user.oidc_linked', 'auth.login']);
    expect(actions[1]?.after.method).toBe('oidc');
  });

  it('finds the linked user by subject the next time, even when the e-mail changed at the provider', async () => {
    const previous = accounts['sub-fatima'];
    if (!previous) throw new Error('missing account');
    accounts['sub-fatima'] = { ...previous, email: 'f.elidrissi@city.example' };
    try {
      const response = await signInWithSso('sub-fatima');
      expect(response.headers.location).toBe('/app');
      expect(sessionOf(response)).toBeDefined();
    } finally {
      accounts['sub-fatima'] = previous;
    }
  });

  it('refuses an unknown person, a non-staff account and an unverified address: no account, no role', async () => {
    await insertUser(db(), { roles: ['requester'], email: 'school.contact@city.example' });
    await insertUser(db(), { roles: ['manager'], email: 'unverified.staff@city.example' });
    for (const account of ['sub-stranger', 'sub-requester', 'sub-unverified']) {
      const response = await signInWithSso(account);
      expect(response.statusCode, account).toBe(302);
      expect(response.headers.location, account).toBe('/app/login?error=AUTH.OIDC_FAILED');
      expect(sessionOf(response), account).toBeUndefined();
    }
    const [users] = await queryRows<{ n: number }>(
      db(),
      sql`select count(*)::int as n from users where lower(email) = 'stranger@city.example' or oidc_subject is not null and oidc_subject <> 'sub-fatima'`,
    );
    expect(users?.n).toBe(0);
    const failures = await queryRows<{ after: { method: string; subject: string } }>(
      db(),
      sql`select after from audit_log where action = 'auth.login_failed' order by id`,
    );
    expect(failures.map((row) => row.after.subject)).toEqual([
      'sub-stranger',
      'sub-requester',
      'sub-unverified',
    ]);
  });

  it('refuses a linked account once it is deactivated', async () => {
    await db().execute(sql`update users set active = false where oidc_subject = 'sub-fatima'`);
    try {
      const response = await signInWithSso('sub-fatima');
      expect(response.headers.location).toBe('/app/login?error=AUTH.OIDC_FAILED');
      expect(sessionOf(response)).toBeUndefined();
    } finally {
      await db().execute(sql`update users set active = true where oidc_subject = 'sub-fatima'`);
    }
  });

  it('refuses a callback without the state cookie or with a forged one', async () => {
    const start = await t.app.inject('/api/auth/oidc/login');
    const back = await new Browser().signInAt(String(start.headers.location), 'sub-fatima');
    const url = `${back.pathname}${back.search}`;
    for (const headers of [{}, { cookie: 'wegwijs_oidc=eyJmb3JnZWQiOnRydWV9.c2lnbmF0dXJl' }]) {
      const response = await t.app.inject({ url, headers });
      expect(response.headers.location).toBe('/app/login?error=AUTH.OIDC_FAILED');
      expect(sessionOf(response)).toBeUndefined();
    }
  });

  it('answers 404 when single sign-on is not configured', async () => {
    const plain = await createTestApp();
    try {
      for (const url of ['/api/auth/oidc/login', '/api/auth/oidc/callback?code=x&state=y']) {
        const response = await plain.app.inject(url);
        expect(response.statusCode).toBe(404);
        expect(response.json().code).toBe('AUTH.OIDC_NOT_CONFIGURED');
      }
    } finally {
      await plain.close();
    }
  });
});
