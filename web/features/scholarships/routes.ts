import type { AnyRoute } from '@tanstack/react-router';
import { lazyPages } from '../../app/lazy-pages.ts';

type PageFile = 'calls' | 'call';

const load = (file: PageFile): Promise<Record<string, unknown>> => import(`./${file}-page.tsx`);

/** The scholarship calls and one call's ranking, scores, award, letters and payments. */
export function scholarshipsRoutes(parent: AnyRoute): AnyRoute[] {
  return lazyPages(parent, load, [
    ['/scholarships', 'calls', 'CallsPage'],
    ['/scholarships/$callId', 'call', 'CallPage'],
  ]);
}
