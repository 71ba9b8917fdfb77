import { useEffect, useState } from 'react';

export type Load<T> =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'done'; data: T }
  | { kind: 'error'; status: number };

/**
 * Loads with fetch when `key` changes and aborts the previous call, so a fast typist or a language
 * switch never shows an older answer. A tiny stand-in for TanStack Query, which the portal lacks.
 */
export function useLoad<T>(key: string | null, load: (signal: AbortSignal) => Promise<T>): Load<T> {
  const [state, setState] = useState<Load<T>>({ kind: 'idle' });
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` names everything `load` reads
  useEffect(() => {
    if (key === null) {
      setState({ kind: 'idle' });
      return;
    }
    const controller = new AbortController();
    setState({ kind: 'loading' });
    load(controller.signal).then(
      (data) => setState({ kind: 'done', data }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const status = typeof error === 'object' && error && 'status' in error ? Number(error.status) : 0;
        setState({ kind: 'error', status });
      },
    );
    return () => controller.abort();
  }, [key]);
  return state;
}
