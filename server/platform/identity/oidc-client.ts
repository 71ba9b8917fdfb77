import * as client from 'openid-client';
import type { Env } from '../env.ts';
import { AppError } from '../http/app-error.ts';
import type { OidcState } from './oidc-state.ts';

export type OidcSettings = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  /** Plain http to the provider: only for a provider on this machine or in tests. */
  allowHttp: boolean;
};

/** The provider settings, or null when single sign-on is not configured. */
export function oidcSettings(env: Env): OidcSettings | null {
  if (!env.OIDC_ISSUER || !env.OIDC_CLIENT_ID || !env.OIDC_CLIENT_SECRET) return null;
  const host = new URL(env.OIDC_ISSUER).hostname;
  return {
    issuer: env.OIDC_ISSUER,
    clientId: env.OIDC_CLIENT_ID,
    clientSecret: env.OIDC_CLIENT_SECRET,
    redirectUri: new URL('/api/auth/oidc/callback', env.BASE_URL).toString(),
    allowHttp: env.NODE_ENV === 'test' || ['localhost', '127.0.0.1', '[::1]'].includes(host),
  };
}

/** What the provider vouches for about the person who signed in. */
export type OidcIdentity = { subject: string; email: string | null; emailVerified: boolean };

export type OidcClient = {
  authorizationUrl(state: OidcState): Promise<URL>;
  /** Exchanges the code from the callback URL and checks the ID token (signature, issuer, audience, nonce). */
  finish(callbackUrl: URL, state: OidcState): Promise<OidcIdentity>;
};

/** A client for one provider; discovery happens on first use and is retried after a failure. */
export function createOidcClient(settings: OidcSettings): OidcClient {
  let discovered: Promise<client.Configuration> | undefined;
  const configuration = (): Promise<client.Configuration> => {
    discovered ??= client
      .discovery(
        new URL(settings.issuer),
        settings.clientId,
        settings.clientSecret,
        undefined,
        settings.allowHttp ? { execute: [client.allowInsecureRequests] } : undefined,
      )
      .catch((error: unknown) => {
        discovered = undefined;
        throw new AppError('COMMON.UNAVAILABLE', 'the sign-on provider does not answer', { cause: error });
      });
    return discovered;
  };

  return {
    async authorizationUrl(state) {
      const config = await configuration();
      return client.buildAuthorizationUrl(config, {
        redirect_uri: settings.redirectUri,
        scope: 'openid email profile',
        code_challenge: await client.calculatePKCECodeChallenge(state.verifier),
        code_challenge_method: 'S256',
        state: state.state,
        nonce: state.nonce,
      });
    },
    async finish(callbackUrl, state) {
      const config = await configuration();
      const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
        pkceCodeVerifier: state.verifier,
        expectedState: state.state,
        expectedNonce: state.nonce,
        idTokenExpected: true,
      });
      const claims = tokens.claims();
      if (!claims) throw new AppError('AUTH.OIDC_FAILED', 'no ID token');
      // Providers that follow the spec strictly put e-mail in the userinfo answer, not the ID token.
      const source =
        claims.email === undefined
          ? await client.fetchUserInfo(config, tokens.access_token, claims.sub)
          : claims;
      return {
        subject: claims.sub,
        email: typeof source.email === 'string' ? source.email.toLowerCase() : null,
        emailVerified: source.email_verified === true,
      };
    },
  };
}

/** Fresh random values for one sign-in attempt. */
export function newOidcState(): OidcState {
  return {
    state: client.randomState(),
    nonce: client.randomNonce(),
    verifier: client.randomPKCECodeVerifier(),
  };
}
