import type { AppKey } from '../i18n/catalogs/app/nl.ts';
import type { UiKey } from '../i18n/catalogs/ui/nl.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import type { AppLocale } from '../i18n/locales.ts';
import type { Catalog } from '../i18n/translator.ts';

export type AppMessageKey = UiKey | AppKey;

export const useAppI18n = useI18n<AppMessageKey>;

type Pair = [Promise<{ ui: Catalog }>, Promise<{ app: Catalog }>];

const loaders: Record<AppLocale, () => Pair> = {
  nl: () => [import('../i18n/catalogs/ui/nl.ts'), import('../i18n/catalogs/app/nl.ts')],
  en: () => [import('../i18n/catalogs/ui/en.ts'), import('../i18n/catalogs/app/en.ts')],
};

export async function loadAppCatalog(locale: AppLocale): Promise<Catalog> {
  const [ui, app] = await Promise.all(loaders[locale]());
  return { ...ui.ui, ...app.app };
}
