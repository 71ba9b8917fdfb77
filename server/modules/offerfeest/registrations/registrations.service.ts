import type { z } from 'zod';
import type { PublicRegistrationSchema, Registration } from '../../../../contracts/offerfeest.ts';
import { recordAudit } from '../../../platform/audit/index.ts';
import type { RequestContext } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db/index.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import { requirePermission } from '../../../platform/identity/index.ts';
import { getEdition } from '../editions/editions.service.ts';
import type { OfferfeestDeps } from '../offerfeest-deps.ts';
import { codeQrSvg, normaliseCode } from './registration-code.ts';
import { toPublicRegistration, toRegistration } from './registration-view.ts';
import {
  byCode,
  byId,
  type RegistrationDetail,
  type RegistrationFilter,
  selectRegistration,
  selectRegistrations,
} from './registrations.repository.ts';
import { cancelRegistration, checkInRegistration, markNoShow } from './status-changes.ts';

// Registrations reveal religion (GDPR art. 9): every staff path asks `offerfeest.manage`, which
// only the Offerfeest coordinator holds — not admins, not managers.
const MANAGE = 'offerfeest.manage';

async function byCodeOr404(db: Db, typed: string): Promise<RegistrationDetail> {
  const code = normaliseCode(typed);
  const row = code ? await selectRegistration(db, byCode(code)) : undefined;
  if (!row) throw new AppError('OFFERFEEST.NOT_FOUND');
  return row;
}

async function byIdOr404(db: Db, id: string): Promise<RegistrationDetail> {
  const row = await selectRegistration(db, byId(id));
  if (!row) throw new AppError('OFFERFEEST.NOT_FOUND');
  return row;
}

export async function listRegistrations(
  db: Db,
  ctx: RequestContext,
  editionId: string,
  filter: RegistrationFilter,
): Promise<Registration[]> {
  requirePermission(ctx, MANAGE);
  await getEdition(db, editionId);
  const rows = await selectRegistrations(db, editionId, filter);
  // One audit row for the list read: who looked, at what, how many — not the names.
  await recordAudit(db, ctx, {
    action: 'offerfeest.registrations.listed',
    entity: 'offerfeest_edition',
    entityId: editionId,
    after: { ...filter, count: rows.length },
  });
  return rows.map(toRegistration);
}

export async function readRegistration(db: Db, ctx: RequestContext, id: string): Promise<Registration> {
  requirePermission(ctx, MANAGE);
  const row = await byIdOr404(db, id);
  await recordAudit(db, ctx, {
    action: 'offerfeest.registration.read',
    entity: 'offerfeest_registration',
    entityId: id,
  });
  return toRegistration(row);
}

export async function staffCancel(
  deps: OfferfeestDeps,
  ctx: RequestContext,
  id: string,
): Promise<Registration> {
  requirePermission(ctx, MANAGE);
  await cancelRegistration(deps, ctx, id, { byHousehold: false });
  return toRegistration(await byIdOr404(deps.db, id));
}

export async function checkInByCode(
  db: Db,
  ctx: RequestContext,
  code: string,
  anyDay: boolean,
): Promise<Registration> {
  requirePermission(ctx, MANAGE);
  const row = await byCodeOr404(db, code);
  await checkInRegistration(db, ctx, row.id, { anyDay });
  return toRegistration(await byIdOr404(db, row.id));
}

export async function noShow(deps: OfferfeestDeps, ctx: RequestContext, id: string): Promise<Registration> {
  requirePermission(ctx, MANAGE);
  await markNoShow(deps, ctx, id);
  return toRegistration(await byIdOr404(deps.db, id));
}

type PublicRegistration = z.infer<typeof PublicRegistrationSchema>;

/** The household's view by its code (no personal data). */
export async function publicRegistration(db: Db, code: string): Promise<PublicRegistration> {
  return toPublicRegistration(await byCodeOr404(db, code));
}

export async function publicQr(db: Db, code: string): Promise<string> {
  return codeQrSvg((await byCodeOr404(db, code)).code);
}

export async function publicCancel(
  deps: OfferfeestDeps,
  ctx: RequestContext,
  code: string,
): Promise<PublicRegistration> {
  const row = await byCodeOr404(deps.db, code);
  await cancelRegistration(deps, ctx, row.id, { byHousehold: true });
  return toPublicRegistration(await byIdOr404(deps.db, row.id));
}
