import type { CreateRegistration } from '../../../contracts/offerfeest.ts';
import type { PortalLocale } from '../../i18n/locales.ts';
import type { Problems } from './problems.ts';
import { isEmail, isNationalRegisterNumber, isPhone, normaliseHerdNumber } from './rules.ts';

export type RegistrationDraft = {
  slotId: string;
  name: string;
  phone: string;
  email: string;
  nationalRegisterNumber: string;
  species: CreateRegistration['species'];
  animals: string;
  herdNumber: string;
};

export const REGISTRATION_FIELDS = [
  'slotId',
  'name',
  'phone',
  'email',
  'nationalRegisterNumber',
  'species',
  'animals',
  'herdNumber',
] as const;

export const emptyRegistration: RegistrationDraft = {
  slotId: '',
  name: '',
  phone: '',
  email: '',
  nationalRegisterNumber: '',
  species: 'sheep',
  animals: '1',
  herdNumber: '',
};

export function animalCount(value: string): number | null {
  const n = Number(value.trim());
  return Number.isInteger(n) && n >= 1 && n <= 50 ? n : null;
}

/** The checks the server makes too, in the order of the form (the summary lists them so). */
export function checkRegistration(draft: RegistrationDraft): Problems {
  const problems: Problems = {};
  if (!draft.slotId) problems.slotId = 'slotMissing';
  if (draft.name.trim().length < 2) problems.name = 'required';
  if (!draft.phone.trim()) problems.phone = 'required';
  else if (!isPhone(draft.phone)) problems.phone = 'phoneInvalid';
  if (draft.email.trim() && !isEmail(draft.email)) problems.email = 'emailInvalid';
  if (!draft.nationalRegisterNumber.trim()) problems.nationalRegisterNumber = 'required';
  else if (!isNationalRegisterNumber(draft.nationalRegisterNumber))
    problems.nationalRegisterNumber = 'nrnInvalid';
  if (animalCount(draft.animals) === null) problems.animals = 'animalsInvalid';
  if (!draft.herdNumber.trim()) problems.herdNumber = 'required';
  else if (!normaliseHerdNumber(draft.herdNumber)) problems.herdNumber = 'herdInvalid';
  return problems;
}

/** The request body; call only after `checkRegistration` found nothing. */
export function registrationBody(draft: RegistrationDraft, language: PortalLocale): CreateRegistration {
  return {
    slotId: draft.slotId,
    name: draft.name.trim(),
    phone: draft.phone.trim(),
    ...(draft.email.trim() ? { email: draft.email.trim() } : {}),
    language,
    nationalRegisterNumber: draft.nationalRegisterNumber.trim(),
    species: draft.species,
    animals: animalCount(draft.animals) ?? 1,
    herdNumber: normaliseHerdNumber(draft.herdNumber) ?? draft.herdNumber.trim(),
  };
}
