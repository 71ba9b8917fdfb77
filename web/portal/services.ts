import type { ComponentType } from 'react';
import type { PortalKey } from '../i18n/catalogs/portal/nl.ts';

/** Every service has a title and a summary in each portal catalog; the slug is derived from them. */
export type ServiceSlug = PortalKey extends infer K
  ? K extends `service.${infer S}.title`
    ? S
    : never
  : never;

export const SERVICE_CATEGORIES = [
  'language',
  'guidance',
  'education',
  'participation',
  'community',
  'rights',
] as const;
export type ServiceCategory = (typeof SERVICE_CATEGORIES)[number];

export type ServicePageProps = { slug: ServiceSlug };

export type PortalService = {
  slug: ServiceSlug;
  category: ServiceCategory;
  /**
   * The module's own content (forms, lists) for this service's page. Loaded with import() only when
   * the page is opened, so the portal home stays light however many modules add pages. Example:
   * `page: () => import('../features/transit-site/portal-page.tsx')` with a default export.
   */
  page?: () => Promise<{ default: ComponentType<ServicePageProps> }>;
};

/**
 * The agency's public services, in the order the home page lists them within each category.
 * A module that gets a public page adds `page` to its entry here; new services add an entry and
 * `service.<slug>.title|summary` in every portal catalog (the catalog test checks both).
 */
export const SERVICES: readonly PortalService[] = [
  { slug: 'interpreting', category: 'language' },
  { slug: 'translation-library', category: 'language', page: () => import('./library/service-page.tsx') },
  { slug: 'conversation-groups', category: 'language' },
  { slug: 'newcomer-guidance', category: 'guidance', page: () => import('./cases/service-links.tsx') },
  { slug: 'transit-site', category: 'guidance' },
  { slug: 'education-info-point', category: 'education', page: () => import('./cases/service-links.tsx') },
  { slug: 'higher-education', category: 'education' },
  { slug: 'diploma-recognition', category: 'education' },
  { slug: 'uct-scholarship', category: 'education', page: () => import('./cases/service-links.tsx') },
  { slug: 'buddy-programme', category: 'participation' },
  { slug: 'ambassadors', category: 'participation' },
  { slug: 'leisure', category: 'participation' },
  { slug: 'self-organisations', category: 'community' },
  { slug: 'gender-network', category: 'community' },
  { slug: 'offerfeest', category: 'community', page: () => import('./offerfeest/service-link.tsx') },
  { slug: 'gentse-lente', category: 'community' },
  { slug: 'anti-racism-reports', category: 'rights' },
];

export function findService(slug: string): PortalService | undefined {
  return SERVICES.find((s) => s.slug === slug);
}
