import type { CreateClaim } from '../../../contracts/offerfeest.ts';
import type { PortalLocale } from '../../i18n/locales.ts';
import type { Problems } from './problems.ts';
import { animalCount } from './register-form.ts';
import {
  euroToCents,
  isEmail,
  isGhentPostcode,
  isNationalRegisterNumber,
  isPhone,
  normaliseIban,
} from './rules.ts';

export type ClaimDraft = {
  name: string;
  address: string;
  postcode: string;
  email: string;
  phone: string;
  nationalRegisterNumber: string;
  iban: string;
  accountHolder: string;
  slaughterhouse: string;
  invoiceDate: string;
  species: CreateClaim['species'];
  animals: string;
  invoiceAmount: string;
};

/** The API's field names (the amount is `invoiceCents` there); `invoice` is the file. */
export const CLAIM_FIELDS = [
  'name',
  'address',
  'postcode',
  'email',
  'phone',
  'nationalRegisterNumber',
  'iban',
  'accountHolder',
  'slaughterhouse',
  'invoiceDate',
  'species',
  'animals',
  'invoiceCents',
  'invoice',
] as const;

export const emptyClaim: ClaimDraft = {
  name: '',
  address: '',
  postcode: '',
  email: '',
  phone: '',
  nationalRegisterNumber: '',
  iban: '',
  accountHolder: '',
  slaughterhouse: '',
  invoiceDate: '',
  species: 'sheep',
  animals: '1',
  invoiceAmount: '',
};

function required(problems: Problems, draft: ClaimDraft, keys: readonly (keyof ClaimDraft)[]): void {
  for (const key of keys) if (draft[key].trim().length < 2) problems[key] = 'required';
}

export function checkClaim(draft: ClaimDraft, invoice: File | null): Problems {
  const problems: Problems = {};
  required(problems, draft, ['name', 'address']);
  if (!isGhentPostcode(draft.postcode))
    problems.postcode = draft.postcode.trim() ? 'postcodeInvalid' : 'required';
  if (!isEmail(draft.email)) problems.email = draft.email.trim() ? 'emailInvalid' : 'required';
  if (draft.phone.trim() && !isPhone(draft.phone)) problems.phone = 'phoneInvalid';
  if (!isNationalRegisterNumber(draft.nationalRegisterNumber)) {
    problems.nationalRegisterNumber = draft.nationalRegisterNumber.trim() ? 'nrnInvalid' : 'required';
  }
  if (!normaliseIban(draft.iban)) problems.iban = draft.iban.trim() ? 'ibanInvalid' : 'required';
  required(problems, draft, ['slaughterhouse']);
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(draft.invoiceDate)) problems.invoiceDate = 'required';
  if (animalCount(draft.animals) === null) problems.animals = 'animalsInvalid';
  if (euroToCents(draft.invoiceAmount) === null) problems.invoiceCents = 'amountInvalid';
  if (!invoice) problems.invoice = 'invoiceMissing';
  return problems;
}

/** The claim's fields; call only after `checkClaim` found nothing. */
export function claimBody(draft: ClaimDraft, language: PortalLocale): CreateClaim {
  const optional = (value: string) => (value.trim() ? value.trim() : undefined);
  return {
    name: draft.name.trim(),
    address: draft.address.trim(),
    postcode: draft.postcode.trim(),
    email: draft.email.trim(),
    phone: optional(draft.phone),
    language,
    nationalRegisterNumber: draft.nationalRegisterNumber.trim(),
    iban: normaliseIban(draft.iban) ?? draft.iban.trim(),
    accountHolder: optional(draft.accountHolder),
    slaughterhouse: draft.slaughterhouse.trim(),
    invoiceDate: draft.invoiceDate,
    species: draft.species,
    animals: animalCount(draft.animals) ?? 1,
    invoiceCents: euroToCents(draft.invoiceAmount) ?? 0,
  };
}
