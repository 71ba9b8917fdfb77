import type { Highs, InitOptions } from 'highs';
import * as highsModule from 'highs';

/**
 * The documented shim (STACK.md §8): under NodeNext the package's CJS-typed `export default` is not callable
 * from ESM, so the loader is taken from `.default` when the runtime put it there. The cast is confined here.
 */
type Loader = (options?: InitOptions) => Promise<Highs>;
// biome-ignore lint/suspicious/noExplicitAny: the one documented cast around the highs package's typings
const loadHighs = ((highsModule as any).default ?? highsModule) as Loader;

let runtime: Promise<Highs> | undefined;

/** Loads and compiles the WASM once per process (≈50 ms); every solve after that reuses it. */
export function highsRuntime(): Promise<Highs> {
  if (!runtime) {
    const loading = loadHighs();
    // A failed load is not cached, so the planner's next call retries instead of failing forever.
    loading.catch(() => {
      if (runtime === loading) runtime = undefined;
    });
    runtime = loading;
  }
  return runtime;
}
