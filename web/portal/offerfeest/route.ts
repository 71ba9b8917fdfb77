/**
 * The portal paths of the Offerfeest. Pure and tiny: the portal router imports it on every page,
 * the pages themselves load only when one of these paths is opened.
 */
export type OfferfeestRoute =
  | { name: 'offerfeest'; page: 'info' | 'register' | 'claim' }
  | { name: 'offerfeest'; page: 'status' | 'claim-status'; code?: string };

// `registration/<code>` is the link in the registration mails (the server's registration-mail.ts).
const CODE = /^\/offerfeest\/(status|registration|claim-status)(?:\/([A-Za-z0-9-]{1,64}))?$/u;

/** `path` without a trailing slash. A code is letters, digits and dashes (anything else: not ours). */
export function matchOfferfeestRoute(path: string): OfferfeestRoute | null {
  if (path === '/offerfeest') return { name: 'offerfeest', page: 'info' };
  if (path === '/offerfeest/register') return { name: 'offerfeest', page: 'register' };
  if (path === '/offerfeest/claim') return { name: 'offerfeest', page: 'claim' };
  const match = CODE.exec(path);
  if (!match) return null;
  const page = match[1] === 'claim-status' ? 'claim-status' : 'status';
  return match[2] ? { name: 'offerfeest', page, code: match[2] } : { name: 'offerfeest', page };
}
