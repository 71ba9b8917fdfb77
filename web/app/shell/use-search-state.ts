import { useNavigate, useSearch } from '@tanstack/react-router';
import { useCallback } from 'react';

export type SearchValue = string | number | undefined;

/**
 * Filters and paging of a list live in the URL (?q=…&offset=40), so a filtered list can be shared,
 * reloaded and left with the back button. Each page parses the raw search with its own function,
 * which keeps pages independent of the route tree.
 */
export function useSearchState<S extends Record<string, SearchValue>>(
  parse: (raw: Record<string, unknown>) => S,
) {
  const raw: Record<string, unknown> = useSearch({ strict: false });
  const navigate = useNavigate();
  const state = parse(raw);
  const update = useCallback(
    (patch: Partial<S>) => {
      const next: Record<string, SearchValue> = { ...raw, ...patch };
      for (const key of Object.keys(next)) if (next[key] === undefined || next[key] === '') delete next[key];
      void navigate({ to: '.', search: next, replace: true });
    },
    [raw, navigate],
  );
  return [state, update] as const;
}

export const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value : undefined;

export const offset = (value: unknown): number => {
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isInteger(n) && n > 0 ? n : 0;
};
