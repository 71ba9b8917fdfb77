import type { z } from 'zod';
import type { PublicConfigSchema } from '../../contracts/platform.ts';
import { api } from './api-client.ts';
import { applyBrandColour } from './brand.ts';

/** Opening hours per ISO weekday (1 = Monday), each as "HH:MM-HH:MM" ranges. */
export type OpeningHours = Partial<Record<1 | 2 | 3 | 4 | 5 | 6 | 7, readonly string[]>>;

export type AgencyContact = {
  addressLines: readonly string[];
  phone: string;
  email: string;
  privacyEmail: string;
  hours: OpeningHours;
};

/**
 * GET /api/config (public): brand and features, typed from the contract. `contact` is optional until
 * the server sends it. Type-only import: the portal must not ship zod.
 */
export type PublicConfig = z.infer<typeof PublicConfigSchema> & { contact?: AgencyContact };

/**
 * Shown until (and unless) the server's configuration says otherwise. Obviously fictitious, so a
 * deployment that forgot to configure its contact details is noticed rather than misleading.
 */
export const DEFAULT_CONTACT: AgencyContact = {
  addressLines: ['Voorbeeldstraat 1', '9000 Gent'],
  phone: '+32 9 000 00 00',
  email: 'info@demo.wegwijs.test',
  privacyEmail: 'privacy@demo.wegwijs.test',
  hours: {
    1: ['09:00-12:30', '13:30-16:30'],
    2: ['09:00-12:30'],
    3: ['09:00-12:30', '13:30-16:30'],
    4: ['13:30-19:00'],
    5: ['09:00-12:30'],
  },
};

export const DEFAULT_CONFIG: PublicConfig = {
  brandName: 'Wegwijs',
  brandColor: '#0b5cab',
  oidcEnabled: false,
  locales: ['nl', 'en', 'fr', 'tr', 'bg', 'ar'],
};

const CACHE_KEY = 'wegwijs.config';

/** Last known configuration, so a returning visitor sees the right brand before the call returns. */
export function cachedConfig(): PublicConfig {
  try {
    const raw = window.localStorage.getItem(CACHE_KEY);
    if (raw) return { ...DEFAULT_CONFIG, ...(JSON.parse(raw) as Partial<PublicConfig>) };
  } catch {
    // no storage or a corrupt entry: use the defaults
  }
  return DEFAULT_CONFIG;
}

export async function loadPublicConfig(): Promise<PublicConfig> {
  const fetched = await api.get<Partial<PublicConfig>>('/api/config', { report: false });
  const config = { ...DEFAULT_CONFIG, ...fetched };
  try {
    window.localStorage.setItem(CACHE_KEY, JSON.stringify(config));
  } catch {
    // storage blocked: fine, only the next visit is a little slower
  }
  applyBrandColour(config.brandColor);
  return config;
}
