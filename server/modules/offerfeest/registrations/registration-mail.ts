import { LocaleSchema } from '../../../../contracts/identity.ts';
import type { RequestContext } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db/index.ts';
import type { OfferfeestDeps } from '../offerfeest-deps.ts';
import { REGISTRATION_MAILS } from '../offerfeest-mail.ts';
import type { MailKind } from '../offerfeest-mail-phrases.ts';

export type MailRecipient = { email: string | null; name: string | null; language: string; code: string };
export type MailSlot = { startsAt: Date; siteName: string; siteAddress: string };

/** The household's page for one registration on the portal. */
export function registrationUrl(baseUrl: string, code: string): string {
  return `${baseUrl.replace(/\/+$/u, '')}/offerfeest/status/${code}`;
}

/** Queues one registration mail in the household's language, in `tx`; nothing without an address. */
export async function sendRegistrationMail(
  deps: Pick<OfferfeestDeps, 'mail' | 'baseUrl'>,
  tx: Db,
  ctx: RequestContext,
  kind: MailKind,
  to: MailRecipient,
  slot: MailSlot,
  position: number | null = null,
): Promise<void> {
  if (!to.email || !to.name) return;
  const locale = LocaleSchema.safeParse(to.language);
  await deps.mail.sendTemplate(tx, ctx, REGISTRATION_MAILS[kind], {
    to: to.email,
    locale: locale.success ? locale.data : 'nl',
    data: {
      name: to.name,
      code: to.code,
      slotStart: slot.startsAt.toISOString(),
      siteName: slot.siteName,
      siteAddress: slot.siteAddress,
      position,
      statusUrl: registrationUrl(deps.baseUrl, to.code),
    },
  });
}
