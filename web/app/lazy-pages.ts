import { type AnyRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';

/** One page: its URL, the file it lives in, and the component that file exports. */
export type LazyPage<F extends string> = readonly [path: string, file: F, component: string];

/**
 * Routes whose pages load only when opened, each its own chunk. A module passes its own `load`,
 * written as a template import (`import(\`./${file}-page.tsx\`)`) in its folder: Vite splits the
 * files behind it, and the server-side typecheck, which reaches route files through the nav
 * registry and has no JSX, never resolves the .tsx pages themselves.
 */
export function lazyPages<F extends string>(
  parent: AnyRoute,
  load: (file: F) => Promise<Record<string, unknown>>,
  pages: readonly LazyPage<F>[],
): AnyRoute[] {
  return pages.map(([path, file, component]) =>
    createRoute({
      getParentRoute: () => parent,
      path,
      component: lazyRouteComponent(() => load(file), component),
    }),
  );
}
