import type { UiKey } from '../../i18n/catalogs/ui/nl.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';

/** Shared primitives read only the `ui.*` messages, which the portal and the app both load. */
export const useUiI18n = useI18n<UiKey>;
