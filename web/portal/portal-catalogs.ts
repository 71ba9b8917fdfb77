import type { PortalKey } from '../i18n/catalogs/portal/nl.ts';
import type { UiKey } from '../i18n/catalogs/ui/nl.ts';
import type { PortalLocale } from '../i18n/locales.ts';
import type { Catalog } from '../i18n/translator.ts';

export type PortalMessageKey = UiKey | PortalKey;

type Pair = [Promise<{ ui: Catalog }>, Promise<{ portal: Catalog }>];

// One static import() per file, so the bundler splits each language into its own small chunk and a
// reader downloads only hers.
const loaders: Record<PortalLocale, () => Pair> = {
  nl: () => [import('../i18n/catalogs/ui/nl.ts'), import('../i18n/catalogs/portal/nl.ts')],
  en: () => [import('../i18n/catalogs/ui/en.ts'), import('../i18n/catalogs/portal/en.ts')],
  fr: () => [import('../i18n/catalogs/ui/fr.ts'), import('../i18n/catalogs/portal/fr.ts')],
  tr: () => [import('../i18n/catalogs/ui/tr.ts'), import('../i18n/catalogs/portal/tr.ts')],
  bg: () => [import('../i18n/catalogs/ui/bg.ts'), import('../i18n/catalogs/portal/bg.ts')],
  ar: () => [import('../i18n/catalogs/ui/ar.ts'), import('../i18n/catalogs/portal/ar.ts')],
};

export async function loadPortalCatalog(locale: PortalLocale): Promise<Catalog> {
  const [ui, portal] = await Promise.all(loaders[locale]());
  return { ...ui.ui, ...portal.portal };
}
