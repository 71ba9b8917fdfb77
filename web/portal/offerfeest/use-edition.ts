import { useLoad } from '../library/use-load.ts';
import { type Edition, getEditions } from './api.ts';
import { currentEdition } from './format.ts';

export type EditionLoad =
  | { kind: 'loading' }
  | { kind: 'error' }
  | { kind: 'none' }
  | { kind: 'done'; edition: Edition };

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** The edition a page is about: the current one, or (for claims) the latest with reimbursements. */
export function useEdition(regime?: Edition['regime']): EditionLoad {
  const load = useLoad('editions', getEditions);
  if (load.kind === 'idle' || load.kind === 'loading') return { kind: 'loading' };
  if (load.kind === 'error') return { kind: 'error' };
  const current = currentEdition(load.data, today());
  const edition =
    !regime || current?.regime === regime
      ? current
      : currentEdition(
          load.data.filter((e) => e.regime === regime),
          today(),
        );
  return edition ? { kind: 'done', edition } : { kind: 'none' };
}
