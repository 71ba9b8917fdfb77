import type { Snippet } from '../../../contracts/library.ts';

/**
 * Sentinels that `ts_headline` puts around each hit (StartSel/StopSel). They are Unicode
 * private-use characters, which no document text uses, so the headline can be cut into
 * `{text, hit}` parts without ever producing or trusting HTML.
 */
export const HIT_START = '\uE000';
export const HIT_STOP = '\uE001';
export const HEADLINE_OPTIONS = `StartSel=${HIT_START}, StopSel=${HIT_STOP}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;

/** Cuts a headline with sentinels into parts; adjacent parts of the same kind are joined. */
export function snippetParts(headline: string): Snippet {
  const parts: Snippet = [];
  const push = (text: string, hit: boolean) => {
    if (!text) return;
    const last = parts[parts.length - 1];
    if (last && last.hit === hit) last.text += text;
    else parts.push({ text, hit });
  };
  let rest = headline;
  while (rest.length > 0) {
    const start = rest.indexOf(HIT_START);
    if (start < 0) break;
    const stop = rest.indexOf(HIT_STOP, start + 1);
    if (stop < 0) break;
    push(rest.slice(0, start), false);
    push(rest.slice(start + 1, stop), true);
    rest = rest.slice(stop + 1);
  }
  // A stray sentinel (a cut-off headline) is dropped rather than shown.
  push(rest.replaceAll(HIT_START, '').replaceAll(HIT_STOP, ''), false);
  return parts;
}
