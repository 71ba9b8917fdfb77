import { createContext, useContext } from 'react';
import { DEFAULT_CONFIG, type PublicConfig } from '../../lib/public-config.ts';

export const BrandContext = createContext<PublicConfig>(DEFAULT_CONFIG);

/** Brand name, colour and features (OIDC) from /api/config. */
export function useBrand(): PublicConfig {
  return useContext(BrandContext);
}
