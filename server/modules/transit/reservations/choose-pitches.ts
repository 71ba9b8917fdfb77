import type { PitchRef } from './reservations.repository.ts';

/**
 * Picks `count` pitches out of the free ones so a family stays together: the fewest clusters,
 * then the lowest numbers. One cluster that holds the whole party wins (the lowest such cluster);
 * otherwise the fullest clusters are filled first. Null when fewer than `count` are free.
 */
export function choosePitches(free: readonly PitchRef[], count: number): PitchRef[] | null {
  if (count <= 0) return [];
  if (free.length < count) return null;
  const clusters = new Map<number, PitchRef[]>();
  for (const pitch of [...free].sort((a, b) => a.number - b.number)) {
    const list = clusters.get(pitch.cluster) ?? [];
    list.push(pitch);
    clusters.set(pitch.cluster, list);
  }
  const ordered = [...clusters.entries()].sort(([a], [b]) => a - b);
  const single = ordered.find(([, pitches]) => pitches.length >= count);
  if (single) return single[1].slice(0, count);
  const chosen: PitchRef[] = [];
  const byFree = [...ordered].sort(([ca, a], [cb, b]) => b.length - a.length || ca - cb);
  for (const [, pitches] of byFree) {
    const left = count - chosen.length;
    if (left <= 0) break;
    // The last cluster needed: the lowest one that holds the rest, not necessarily the fullest.
    const fits = byFree.find(([, rest]) => rest.length >= left && !rest.some((p) => chosen.includes(p)));
    if (fits) return [...chosen, ...fits[1].slice(0, left)].sort((a, b) => a.number - b.number);
    chosen.push(...pitches.slice(0, left));
  }
  return chosen.sort((a, b) => a.number - b.number);
}
