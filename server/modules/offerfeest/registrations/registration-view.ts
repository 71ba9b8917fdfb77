import type { z } from 'zod';
import {
  OfferfeestLanguageSchema,
  type PublicRegistrationSchema,
  type Registration,
  RegistrationStatusSchema,
  SpeciesSchema,
} from '../../../../contracts/offerfeest.ts';
import type { RegistrationDetail } from './registrations.repository.ts';

function language(value: string) {
  const parsed = OfferfeestLanguageSchema.safeParse(value);
  return parsed.success ? parsed.data : 'nl';
}

/** Staff view (`offerfeest.manage` only). */
export function toRegistration(row: RegistrationDetail): Registration {
  return {
    id: row.id,
    code: row.code,
    slotId: row.slotId,
    slotStart: row.slotStart.toISOString(),
    siteName: row.siteName,
    name: row.name,
    phone: row.phone,
    email: row.email,
    language: language(row.language),
    species: SpeciesSchema.parse(row.species),
    animals: row.animals,
    herdNumber: row.herdNumber,
    status: RegistrationStatusSchema.parse(row.status),
    position: row.position,
    createdAt: row.createdAt.toISOString(),
    checkedInAt: row.checkedInAt?.toISOString() ?? null,
  };
}

/** What the household sees by its code: no name, number or contact details. */
export function toPublicRegistration(row: RegistrationDetail): z.infer<typeof PublicRegistrationSchema> {
  return {
    code: row.code,
    status: RegistrationStatusSchema.parse(row.status),
    position: row.position,
    slot: {
      start: row.slotStart.toISOString(),
      end: row.slotEnd.toISOString(),
      siteName: row.siteName,
      siteAddress: row.siteAddress,
    },
    species: SpeciesSchema.parse(row.species),
    animals: row.animals,
    language: language(row.language),
  };
}
