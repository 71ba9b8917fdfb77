import { recordAudit } from '../../../platform/audit/index.ts';
import { systemContext } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db/index.ts';
import { today } from '../../../platform/params/index.ts';
import type { OfferfeestDeps } from '../offerfeest-deps.ts';
import { sendRegistrationMail } from './registration-mail.ts';
import {
  claimReminder,
  clearRegistrations,
  editionsToAnonymise,
  markEditionAnonymised,
  unremindedOn,
} from './sweeps.repository.ts';

const reminderContext = systemContext('offerfeest.reminders');
const anonymiseContext = systemContext('offerfeest.anonymise');

/** The calendar day after `day` (both YYYY-MM-DD). */
export function nextDay(day: string): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/**
 * Mails every confirmed household whose slot is tomorrow (Brussels). Each reminder is marked and
 * queued in one transaction, so a second run the same day sends nothing twice.
 */
export async function sendSlotReminders(
  deps: Pick<OfferfeestDeps, 'db' | 'mail' | 'baseUrl'>,
  day: string = today(),
): Promise<{ day: string; sent: number }> {
  const ids = await unremindedOn(deps.db, nextDay(day));
  let sent = 0;
  for (const id of ids) {
    const done = await deps.db.transaction(async (tx) => {
      const claimed = await claimReminder(tx, id);
      if (!claimed) return false;
      await sendRegistrationMail(deps, tx, reminderContext, 'reminder', claimed.registration, claimed.slot);
      return true;
    });
    if (done) sent++;
  }
  return { day, sent };
}

/**
 * Anonymises the registrations of every edition whose feast ended `anonymiseAfterMonths` ago:
 * name, phone, e-mail, herd number and the national register pseudonym go; the counts stay
 * (slot, species, animals, status). The claims of the edition are anonymised by the claims job.
 */
export async function anonymiseExpiredEditions(
  db: Db,
  day: string = today(),
): Promise<{ editions: number; registrations: number }> {
  const editions = await editionsToAnonymise(db, day);
  let registrations = 0;
  for (const edition of editions) {
    registrations += await db.transaction(async (tx) => {
      const cleared = await clearRegistrations(tx, edition.id);
      await markEditionAnonymised(tx, edition.id);
      await recordAudit(tx, anonymiseContext, {
        action: 'offerfeest.registrations.anonymised',
        entity: 'offerfeest_edition',
        entityId: edition.id,
        after: { year: edition.year, registrations: cleared },
      });
      return cleared;
    });
  }
  return { editions: editions.length, registrations };
}
