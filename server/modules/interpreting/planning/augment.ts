import { interpretersByLanguage } from './greedy.ts';
import { conflicts, windowFor } from './instance.ts';
import type { Interp, NormalisedInstance, Req } from './types.ts';

type Jobs = Map<string, Req[]>;

/**
 * Local search that raises the weighted fill: an open request may take an interpreter's slot when every job in
 * its way can move to another free interpreter (an ejection chain of depth one), or, failing that, when the jobs
 * in its way weigh less and are dropped. Each step strictly increases the weighted fill or, for moves, keeps it
 * and fills one more request, so repeated passes end; `maxPasses` bounds the time anyway.
 */
export function augmentPlan(
  inst: NormalisedInstance,
  plan: ReadonlyMap<string, string>,
  maxPasses = 3,
): Map<string, string> {
  const out = new Map(plan);
  const byLanguage = interpretersByLanguage(inst.interpreters);
  const jobs: Jobs = new Map(inst.interpreters.map((it) => [it.id, []]));
  for (const r of inst.requests) if (out.has(r.id)) jobs.get(out.get(r.id) ?? '')?.push(r);
  const open = () =>
    inst.requests.filter((r) => !out.has(r.id)).sort((a, b) => b.priority - a.priority || a.start - b.start);
  for (let pass = 0; pass < maxPasses; pass++) {
    let changed = false;
    for (const r of open()) {
      if (out.has(r.id)) continue;
      changed = insertWithMoves(inst, r, byLanguage, jobs, out) || changed;
    }
    if (!changed) break;
  }
  return out;
}

function insertWithMoves(
  inst: NormalisedInstance,
  r: Req,
  byLanguage: ReadonlyMap<string, Interp[]>,
  jobs: Jobs,
  out: Map<string, string>,
): boolean {
  const candidates = (byLanguage.get(r.language) ?? []).filter((it) => windowFor(it, r));
  let bestDrop: { it: Interp; blockers: Req[]; weight: number } | undefined;
  for (const it of candidates) {
    const blockers = (jobs.get(it.id) ?? []).filter((q) => conflicts(inst, q, r));
    const moves = relocate(inst, blockers, it, byLanguage, jobs);
    if (moves) {
      for (const [q, target] of moves) move(jobs, out, q, it, target);
      place(jobs, out, r, it);
      return true;
    }
    const weight = blockers.reduce((s, q) => s + q.priority, 0);
    if (weight < r.priority && (!bestDrop || weight < bestDrop.weight)) bestDrop = { it, blockers, weight };
  }
  if (!bestDrop) return false;
  const { it, blockers } = bestDrop;
  for (const q of blockers) unplace(jobs, out, q, it);
  place(jobs, out, r, it);
  return true;
}

/** Finds a free interpreter for every blocker, each seeing the others' new places; undefined if one has none. */
function relocate(
  inst: NormalisedInstance,
  blockers: readonly Req[],
  from: Interp,
  byLanguage: ReadonlyMap<string, Interp[]>,
  jobs: Jobs,
): [Req, Interp][] | undefined {
  const extra = new Map<string, Req[]>();
  const moves: [Req, Interp][] = [];
  for (const q of blockers) {
    const target = (byLanguage.get(q.language) ?? []).find(
      (it) =>
        it !== from &&
        windowFor(it, q) &&
        ![...(jobs.get(it.id) ?? []), ...(extra.get(it.id) ?? [])].some((other) => conflicts(inst, other, q)),
    );
    if (!target) return undefined;
    extra.set(target.id, [...(extra.get(target.id) ?? []), q]);
    moves.push([q, target]);
  }
  return moves;
}

function place(jobs: Jobs, out: Map<string, string>, r: Req, it: Interp): void {
  jobs.get(it.id)?.push(r);
  out.set(r.id, it.id);
}

function unplace(jobs: Jobs, out: Map<string, string>, r: Req, it: Interp): void {
  jobs.set(
    it.id,
    (jobs.get(it.id) ?? []).filter((q) => q !== r),
  );
  out.delete(r.id);
}

function move(jobs: Jobs, out: Map<string, string>, r: Req, from: Interp, to: Interp): void {
  unplace(jobs, out, r, from);
  place(jobs, out, r, to);
}
