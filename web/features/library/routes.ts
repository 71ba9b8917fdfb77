import type { AnyRoute } from '@tanstack/react-router';
import { lazyPages } from '../../app/lazy-pages.ts';

type PageFile = 'search' | 'upload' | 'document';

const load = (file: PageFile): Promise<Record<string, unknown>> => import(`./${file}-page.tsx`);

/**
 * The library's pages, each its own chunk. The upload page is not under /library, so the nav (which
 * marks an entry current for its sub-paths) does not mark both entries on it.
 */
export function libraryRoutes(parent: AnyRoute): AnyRoute[] {
  return lazyPages(parent, load, [
    ['/library', 'search', 'SearchPage'],
    ['/library-upload', 'upload', 'UploadPage'],
    ['/library/$documentId', 'document', 'DocumentPage'],
  ]);
}
