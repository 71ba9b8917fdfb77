import type { z } from 'zod';
import type {
  CreateRegistrationSchema,
  RegistrationReceiptSchema,
} from '../../../../contracts/offerfeest.ts';
import { recordAudit } from '../../../platform/audit/index.ts';
import { takeCapacity } from '../../../platform/capacity/index.ts';
import type { RequestContext } from '../../../platform/context.ts';
import { type Db, sqlState } from '../../../platform/db/index.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import { selectSlotWithSite } from '../editions/editions.repository.ts';
import { getEdition } from '../editions/editions.service.ts';
import { normaliseHerdNumber, nrnPseudonym } from '../national-register-number.ts';
import type { OfferfeestDeps } from '../offerfeest-deps.ts';
import { fitsNow, slotPools } from '../pool-keys.ts';
import { codeQrSvg, newRegistrationCode } from './registration-code.ts';
import { sendRegistrationMail } from './registration-mail.ts';
import {
  byCode,
  byId,
  insertRegistration,
  personRegistered,
  selectRegistration,
} from './registrations.repository.ts';

type CreateRegistration = z.output<typeof CreateRegistrationSchema>;
type Receipt = z.infer<typeof RegistrationReceiptSchema>;

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
  const pseudonym = await nrnPseudonym(deps.pseudonymise, input.nationalRegisterNumber);
  if (!pseudonym)
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
  return { slot, herdNumber, pseudonym };
}

/**
 * A unique violation here is `offerfeest_registrations_person_key`: the same person registered in
 * a racing request. (The only other unique index is the random code's, 1 in 2^40 to collide.)
 */
function duplicate(error: unknown): never {
  if (sqlState(error) === '23505') throw new AppError('OFFERFEEST.DUPLICATE');
  throw error;
}

type Status = 'confirmed' | 'waitlisted';
type Checked = Awaited<ReturnType<typeof checkRegistration>>;
type Attempt = {
  deps: OfferfeestDeps;
  ctx: RequestContext;
  editionId: string;
  input: CreateRegistration;
  checked: Checked;
  keys: string[];
  code: string;
  now: Date;
};

/** The forecast was wrong (the slot filled up, or a place freed, meanwhile): roll back and retry. */
class Mispredicted extends Error {
  constructor(readonly outcome: Status) {
    super(`registration outcome was ${outcome}`);
  }
}

/** The row, its audit and its mail: everything that does not need the place. */
async function writeRegistration(tx: Db, a: Attempt, status: Status): Promise<void> {
  const { slot, herdNumber, pseudonym } = a.checked;
  const row = await insertRegistration(tx, {
    editionId: a.editionId,
    slotId: slot.id,
    code: a.code,
    name: a.input.name,
    phone: a.input.phone,
    email: a.input.email ?? null,
    language: a.input.language,
    nrnPseudonym: pseudonym,
    species: a.input.species,
    animals: a.input.animals,
    herdNumber,
    status,
    waitlistedAt: status === 'waitlisted' ? a.now : null,
    confirmedAt: status === 'confirmed' ? a.now : null,
  });
  await recordAudit(tx, a.ctx, {
    action: 'offerfeest.registration.created',
    entity: 'offerfeest_registration',
    entityId: row.id,
    after: {
      slotId: slot.id,
      status,
      animals: a.input.animals,
      species: a.input.species,
      language: a.input.language,
    },
  });
  // The rank as counted now; under a rush, households still in flight may yet land before it.
  const position =
    status === 'waitlisted' ? ((await selectRegistration(tx, byId(row.id)))?.position ?? null) : null;
  await sendRegistrationMail(a.deps, tx, a.ctx, status, row, slot, position);
}

/**
 * One try in one transaction. With a forecast, the row, audit and mail are written first and the
 * pools are locked last, so the lock is held only for the take and the commit; a wrong forecast
 * rolls everything back. Without one (the last try), the place is decided first.
 */
async function attempt(a: Attempt, forecast: Status | null): Promise<Status> {
  return a.deps.db.transaction(async (tx) => {
    if (forecast) await writeRegistration(tx, a, forecast);
    const taken = await takeCapacity(tx, a.keys, a.input.animals);
    const outcome: Status = taken.ok ? 'confirmed' : 'waitlisted';
    if (!forecast) await writeRegistration(tx, a, outcome);
    else if (outcome !== forecast) throw new Mispredicted(outcome);
    return outcome;
  });
}

/**
 * A household registers for a slot. Checks, the pseudonym, the duplicate check and the code come
 * before any transaction. Then one transaction takes the animals from the slot's pool (and the
 * site-day pool where that binds), all or nothing, under row locks → confirmed; when short →
 * waitlisted. The national register number is kept only as a keyed pseudonym; the unique index
 * refuses a second registration of the same person, also when two race. The QR code is drawn
 * after the commit.
 */
export async function createRegistration(
  deps: OfferfeestDeps,
  ctx: RequestContext,
  editionId: string,
  input: CreateRegistration,
  now: Date = new Date(),
): Promise<Receipt> {
  const checked = await checkRegistration(deps, editionId, input, now);
  if (await personRegistered(deps.db, editionId, checked.pseudonym))
    throw new AppError('OFFERFEEST.DUPLICATE');
  const pools = await slotPools(deps.db, checked.slot);
  const a: Attempt = {
    deps,
    ctx,
    editionId,
    input,
    checked,
    keys: pools.keys,
    code: newRegistrationCode(),
    now,
  };
  let forecast: Status | null = fitsNow(pools, input.animals) ? 'confirmed' : 'waitlisted';
  let status: Status | undefined;
  for (let tries = 0; !status; tries++) {
    status = await attempt(a, tries < 2 ? forecast : null).catch((error: unknown) => {
      if (error instanceof Mispredicted) {
        forecast = error.outcome;
        return undefined;
      }
      return duplicate(error);
    });
  }
  const position =
    status === 'waitlisted' ? ((await selectRegistration(deps.db, byCode(a.code)))?.position ?? null) : null;
  return { code: a.code, status, position, qrSvg: await codeQrSvg(a.code) };
}
