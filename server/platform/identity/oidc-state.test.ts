import { describe, expect, it } from 'vitest';
import { newOidcState } from './oidc-client.ts';
import { OIDC_STATE_SECONDS, openState, sealState } from './oidc-state.ts';

const SECRET = 'client-secret-for-tests';

describe('single sign-on state cookie', () => {
  it('opens what it sealed, with the same secret, before it expires', () => {
    const state = newOidcState();
    const now = Date.now();
    const sealed = sealState(state, SECRET, now);
    expect(openState(sealed, SECRET, now + 1000)).toEqual(state);
    expect(openState(sealed, 'another-secret', now)).toBeNull();
    expect(openState(sealed, SECRET, now + (OIDC_STATE_SECONDS + 1) * 1000)).toBeNull();
  });

  it('refuses a tampered, truncated or missing value', () => {
    const state = newOidcState();
    const sealed = sealState(state, SECRET);
    const [payload, signature] = sealed.split('.');
    const forged = Buffer.from(JSON.stringify({ ...state, state: 'x'.repeat(20), exp: 9e9 })).toString(
      'base64url',
    );
    expect(openState(`${forged}.${signature}`, SECRET)).toBeNull();
    expect(openState(`${payload}.`, SECRET)).toBeNull();
    expect(openState(`${payload}`, SECRET)).toBeNull();
    expect(openState(`${payload}.${signature?.slice(1)}`, SECRET)).toBeNull();
    expect(openState(undefined, SECRET)).toBeNull();
  });
});
