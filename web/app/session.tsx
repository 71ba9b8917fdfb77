import { queryOptions, useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useContext } from 'react';
import type { Me } from '../../contracts/identity.ts';
import { getMe, queryKeys } from './api/identity-api.ts';

export const meQuery = queryOptions({
  queryKey: queryKeys.me,
  queryFn: getMe,
  staleTime: 60_000,
  retry: false,
});

const MeContext = createContext<Me | null>(null);

export function MeProvider({ me, children }: { me: Me; children: ReactNode }) {
  return <MeContext.Provider value={me}>{children}</MeContext.Provider>;
}

/** The signed-in user, inside the signed-in layout (which guarantees there is one). */
export function useMe(): Me {
  const me = useContext(MeContext);
  if (!me) throw new Error('useMe outside the signed-in layout');
  return me;
}

/** After sign-in or a profile change: the new user becomes the session without another round trip. */
export function useSetMe(): (me: Me | null) => void {
  const client = useQueryClient();
  return (me) => client.setQueryData(queryKeys.me, me);
}
