import type { z } from 'zod';
import type { ClaimReceiptSchema, CreateClaim } from '../../../../contracts/offerfeest.ts';
import { recordAudit } from '../../../platform/audit/index.ts';
import type { RequestContext } from '../../../platform/context.ts';
import { sqlState } from '../../../platform/db/index.ts';
import { AppError } from '../../../platform/http/index.ts';
import { NRN_PURPOSE, normaliseNationalRegisterNumber } from '../national-register-number.ts';
import { newClaimCode } from './claim-code.ts';
import type { InvoiceUpload } from './claim-form.ts';
import { claimReceivedMail, claimStatusUrl } from './claims.mail.ts';
import { type EditionRow, insertClaim, nextReferenceNumber } from './claims.repository.ts';
import { type ClaimDeps, INVOICE_TYPES, loadEdition } from './claims-deps.ts';
import { normaliseIban, toSepaName } from './sepa-text.ts';

export type ClaimReceipt = z.infer<typeof ClaimReceiptSchema>;

function fieldError(
  code: 'OFFERFEEST.INVALID_NRN' | 'OFFERFEEST.INVALID_IBAN' | 'OFFERFEEST.ACCOUNT_HOLDER_NOT_LATIN',
  path: string,
  message: string,
) {
  return new AppError(code, message, { fieldErrors: [{ path, message }] });
}

const HOUSEHOLD_KEY = 'offerfeest_claims_household_key';

/** A unique violation of the household index (drivers that do not name the constraint: any 23505). */
function isHouseholdConflict(error: unknown): boolean {
  if (sqlState(error) !== '23505') return false;
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current && typeof current === 'object'; depth++) {
    if ('constraint' in current && typeof current.constraint === 'string')
      return current.constraint === HOUSEHOLD_KEY;
    current = 'cause' in current ? current.cause : undefined;
  }
  return true;
}

/** The claim window is the edition's registration period; an edition without one takes no claims. */
function checkEditionTakesClaims(edition: EditionRow, now: Date): void {
  if (edition.regime !== 'reimbursement') throw new AppError('OFFERFEEST.WRONG_REGIME');
  const opens = edition.registrationOpensAt;
  const closes = edition.registrationClosesAt;
  if (!opens || !closes || now < opens || now > closes) throw new AppError('OFFERFEEST.CLOSED');
}

type CheckedClaim = { nrn: string; iban: string; accountHolder: string | null };

/** Checks that need no database: NRN, IBAN (mod 97), a Latin name for the transfer, the invoice date. */
export function checkClaim(edition: EditionRow, form: CreateClaim): CheckedClaim {
  const nrn = normaliseNationalRegisterNumber(form.nationalRegisterNumber);
  if (!nrn) throw fieldError('OFFERFEEST.INVALID_NRN', 'nationalRegisterNumber', 'check digits do not match');
  const iban = normaliseIban(form.iban);
  if (!iban) throw fieldError('OFFERFEEST.INVALID_IBAN', 'iban', 'not a valid IBAN (format or check digits)');
  const holder = toSepaName(form.accountHolder ?? form.name);
  if (!holder) {
    throw fieldError(
      'OFFERFEEST.ACCOUNT_HOLDER_NOT_LATIN',
      'accountHolder',
      'give the name of the account holder as on the bank account, in Latin letters',
    );
  }
  if (form.invoiceDate < edition.blockingStart || form.invoiceDate > edition.blockingEnd) {
    throw new AppError(
      'OFFERFEEST.INVOICE_OUTSIDE_FEAST',
      `the invoice date must lie between ${edition.blockingStart} and ${edition.blockingEnd}`,
      {
        fieldErrors: [
          { path: 'invoiceDate', message: `between ${edition.blockingStart} and ${edition.blockingEnd}` },
        ],
      },
    );
  }
  return { nrn, iban, accountHolder: form.accountHolder ? holder : null };
}

/**
 * `POST /offerfeest/editions/{id}/claims`: one claim per household (the NRN's keyed pseudonym) per
 * edition. In one transaction: the invoice (sniffed), the claim with its reference and status-code
 * hash, the audit row and the "received" mail. Anything refused leaves nothing behind.
 */
export async function submitClaim(
  deps: ClaimDeps,
  ctx: RequestContext,
  editionId: string,
  form: CreateClaim,
  invoice: InvoiceUpload,
): Promise<ClaimReceipt> {
  const edition = await loadEdition(deps.db, editionId);
  checkEditionTakesClaims(edition, new Date());
  const checked = checkClaim(edition, form);
  const nrnPseudonym = await deps.pseudonymise(NRN_PURPOSE, checked.nrn);
  const { code, hash } = newClaimCode();
  try {
    return await deps.db.transaction(async (tx) => {
      const file = await deps.files.storeUpload(tx, ctx, {
        bytes: invoice.bytes,
        originalName: invoice.fileName,
        allowed: INVOICE_TYPES,
      });
      const number = await nextReferenceNumber(tx);
      const reference = `OFC-${edition.year}-${String(number).padStart(4, '0')}`;
      const claim = await insertClaim(tx, {
        editionId,
        reference,
        codeHash: hash,
        name: form.name,
        address: form.address,
        postcode: form.postcode,
        email: form.email,
        phone: form.phone ?? null,
        language: form.language,
        nrnPseudonym,
        iban: checked.iban,
        accountHolder: checked.accountHolder,
        invoiceFileId: file.id,
        slaughterhouse: form.slaughterhouse,
        invoiceDate: form.invoiceDate,
        species: form.species,
        animals: form.animals,
        invoiceCents: form.invoiceCents,
        status: 'submitted',
      });
      // No personal data in the audit: the claim reveals religion (GDPR art. 9).
      await recordAudit(tx, ctx, {
        action: 'offerfeest.claim.submitted',
        entity: 'offerfeest_claim',
        entityId: claim.id,
        after: { editionId, reference, invoiceCents: form.invoiceCents, fileId: file.id },
      });
      await deps.mail.sendTemplate(tx, ctx, claimReceivedMail, {
        to: form.email,
        locale: form.language,
        data: { name: form.name, reference, code, statusUrl: claimStatusUrl(deps.baseUrl, code) },
      });
      return { reference, code, status: 'submitted' as const };
    });
  } catch (error) {
    if (isHouseholdConflict(error)) throw new AppError('OFFERFEEST.DUPLICATE', undefined, { cause: error });
    throw error;
  }
}
