import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

/** What the browser carries from the redirect to the provider back to the callback. */
export type OidcState = { state: string; nonce: string; verifier: string };

export const OIDC_STATE_COOKIE = 'wegwijs_oidc';
/** Ten minutes to sign in at the provider; after that the flow starts again. */
export const OIDC_STATE_SECONDS = 600;

const SealedSchema = z.object({
  state: z.string().min(16).max(200),
  nonce: z.string().min(16).max(200),
  verifier: z.string().min(43).max(128),
  exp: z.number().int(),
});

// The key derives from the client secret, which every app process has: no extra setting, no
// server-side row, and any process behind the load balancer can check a cookie another one set.
function keyOf(secret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, 'wegwijs', 'oidc-state-cookie', 32));
}

function mac(secret: string, payload: string): Buffer {
  return createHmac('sha256', keyOf(secret)).update(payload).digest();
}

/** Signs the state into a cookie value; it is not secret from its own browser, only tamper-proof. */
export function sealState(value: OidcState, secret: string, now = Date.now()): string {
  const payload = Buffer.from(
    JSON.stringify({ ...value, exp: Math.floor(now / 1000) + OIDC_STATE_SECONDS }),
  ).toString('base64url');
  return `${payload}.${mac(secret, payload).toString('base64url')}`;
}

/** The state from a cookie value, or null when it is missing, forged or too old. */
export function openState(sealed: string | undefined, secret: string, now = Date.now()): OidcState | null {
  if (!sealed) return null;
  const [payload, signature] = sealed.split('.');
  if (!payload || !signature) return null;
  const expected = mac(secret, payload);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  const parsed = SealedSchema.safeParse(decoded);
  if (!parsed.success || parsed.data.exp * 1000 < now) return null;
  const { state, nonce, verifier } = parsed.data;
  return { state, nonce, verifier };
}
