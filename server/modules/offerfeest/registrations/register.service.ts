import type { z } from 'zod';
import type {
  CreateRegistrationSchema,
  RegistrationReceiptSchema,
} from '../../../../contracts/offerfeest.ts';
import { recordAudit } from '../../../platform/audit/index.ts';
import { takeCapacity } from '../../../platform/capacity/index.ts';
import type { RequestContext } from '../../../platform/context.ts';
import { sqlState } from '../../../platform/db/index.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import { selectSlotWithSite } from '../editions/editions.repository.ts';
import { getEdition } from '../editions/editions.service.ts';
import { normaliseHerdNumber, normaliseNationalRegisterNumber } from '../national-register-number.ts';
import type { OfferfeestDeps } from '../offerfeest-deps.ts';
import { registrationPools } from '../pool-keys.ts';
import { codeQrSvg, newRegistrationCode } from './registration-code.ts';
import { sendRegistrationMail } from './registration-mail.ts';
import {
  byId,
  insertRegistration,
  personRegistered,
  selectRegistration,
} from './registrations.repository.ts';

type CreateRegistration = z.output<typeof CreateRegistrationSchema>;
type Receipt = z.infer<typeof RegistrationReceiptSchema>;

/** The pseudonym purpose of the national register number: a register of its own. */
export const NRN_PURPOSE = 'offerfeest-nrn';

function fieldError(
  code: 'OFFERFEEST.INVALID_NRN' | 'OFFERFEEST.INVALID_HERD_NUMBER',
  path: string,
  message: string,
) {
  return new AppError(code, message, { fieldErrors: [{ path, message }] });
}

async function checkRegistration(
  deps: OfferfeestDeps,
  editionId: string,
  input: CreateRegistration,
  now: Date,
) {
  const edition = await getEdition(deps.db, editionId);
  if (edition.regime !== 'slots')
    throw new AppError('OFFERFEEST.WRONG_REGIME', 'this edition reimburses invoices');
  const opens = edition.registrationOpensAt;
  const closes = edition.registrationClosesAt;
  if ((opens && now < opens) || (closes && now > closes)) throw new AppError('OFFERFEEST.CLOSED');
  const nrn = normaliseNationalRegisterNumber(input.nationalRegisterNumber);
  if (!nrn)
    throw fieldError(
      'OFFERFEEST.INVALID_NRN',
      'nationalRegisterNumber',
      'not a valid national register number',
    );
  const herdNumber = normaliseHerdNumber(input.herdNumber);
  if (!herdNumber)
    throw fieldError('OFFERFEEST.INVALID_HERD_NUMBER', 'herdNumber', 'BE followed by 8 digits');
  const slot = await selectSlotWithSite(deps.db, input.slotId);
  if (!slot || slot.editionId !== editionId) throw new AppError('OFFERFEEST.SLOT_NOT_FOUND');
  return { slot, herdNumber, pseudonym: await deps.pseudonymise(NRN_PURPOSE, nrn) };
}

/**
 * A unique violation here is `offerfeest_registrations_person_key`: the same person registered in
 * a racing request. (The only other unique index is the random code's, 1 in 2^40 to collide.)
 */
function duplicate(error: unknown): never {
  if (sqlState(error) === '23505') throw new AppError('OFFERFEEST.DUPLICATE');
  throw error;
}

/**
 * A household registers for a slot. In one transaction: the animals are taken from the slot's
 * pool and the site's day pool (all or nothing, under row locks) → confirmed; when either is
 * short → waitlisted. The national register number is kept only as a keyed pseudonym; the unique
 * index refuses a second registration of the same person, also when two race.
 */
export async function createRegistration(
  deps: OfferfeestDeps,
  ctx: RequestContext,
  editionId: string,
  input: CreateRegistration,
  now: Date = new Date(),
): Promise<Receipt> {
  const { slot, herdNumber, pseudonym } = await checkRegistration(deps, editionId, input, now);
  if (await personRegistered(deps.db, editionId, pseudonym)) throw new AppError('OFFERFEEST.DUPLICATE');
  const code = newRegistrationCode();
  const created = await deps.db
    .transaction(async (tx) => {
      const taken = await takeCapacity(tx, registrationPools(slot), input.animals);
      const status: 'confirmed' | 'waitlisted' = taken.ok ? 'confirmed' : 'waitlisted';
      const row = await insertRegistration(tx, {
        editionId,
        slotId: slot.id,
        code,
        name: input.name,
        phone: input.phone,
        email: input.email ?? null,
        language: input.language,
        nrnPseudonym: pseudonym,
        species: input.species,
        animals: input.animals,
        herdNumber,
        status,
        waitlistedAt: taken.ok ? null : now,
        confirmedAt: taken.ok ? now : null,
      });
      const detail = await selectRegistration(tx, byId(row.id));
      const position = detail?.position ?? null;
      await recordAudit(tx, ctx, {
        action: 'offerfeest.registration.created',
        entity: 'offerfeest_registration',
        entityId: row.id,
        after: {
          slotId: slot.id,
          status,
          animals: input.animals,
          species: input.species,
          language: input.language,
        },
      });
      await sendRegistrationMail(deps, tx, ctx, status, row, slot, position);
      return { status, position };
    })
    .catch(duplicate);
  return { code, status: created.status, position: created.position, qrSvg: await codeQrSvg(code) };
}
