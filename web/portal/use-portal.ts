import { createContext, useContext } from 'react';
import { useI18n } from '../i18n/i18n-context.tsx';
import type { PublicConfig } from '../lib/public-config.ts';
import type { PortalMessageKey } from './portal-catalogs.ts';

export const usePortalI18n = useI18n<PortalMessageKey>;

export const PortalConfigContext = createContext<PublicConfig | null>(null);

export function usePortalConfig(): PublicConfig {
  const config = useContext(PortalConfigContext);
  if (!config) throw new Error('usePortalConfig outside the portal');
  return config;
}
