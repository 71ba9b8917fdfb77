import { interpretersByLanguage } from './greedy.ts';
import { conflicts, durationMinutes, homeTravel, windowFor } from './instance.ts';
import type { Interp, NormalisedInstance, Req } from './types.ts';

/**
 * Keeps every filled request filled and moves single jobs to another interpreter when that lowers home travel,
 * or keeps travel and lowers the busier interpreter's load. It serves the second and third objectives when the
 * MIP ran with the fill-only objective or stopped early. Each move strictly improves (travel, load spread), so
 * the loop ends; `maxRounds` bounds the time anyway.
 */
export function polishPlan(
  inst: NormalisedInstance,
  plan: ReadonlyMap<string, string>,
  maxRounds = 5,
): Map<string, string> {
  const out = new Map(plan);
  const byId = new Map(inst.interpreters.map((it) => [it.id, it]));
  const byLanguage = interpretersByLanguage(inst.interpreters);
  const jobs = new Map<string, Req[]>(inst.interpreters.map((it) => [it.id, []]));
  const assigned = inst.requests.filter((r) => out.has(r.id));
  for (const r of assigned) jobs.get(out.get(r.id) ?? '')?.push(r);
  for (let round = 0; round < maxRounds; round++) {
    let moved = false;
    for (const r of assigned) {
      const current = byId.get(out.get(r.id) ?? '');
      if (!current) continue;
      const target = betterInterpreter(inst, r, current, byLanguage.get(r.language) ?? [], jobs);
      if (!target) continue;
      jobs.set(
        current.id,
        (jobs.get(current.id) ?? []).filter((q) => q !== r),
      );
      jobs.get(target.id)?.push(r);
      out.set(r.id, target.id);
      moved = true;
    }
    if (!moved) break;
  }
  return out;
}

function betterInterpreter(
  inst: NormalisedInstance,
  r: Req,
  current: Interp,
  candidates: readonly Interp[],
  jobs: ReadonlyMap<string, Req[]>,
): Interp | undefined {
  const load = (it: Interp): number => (jobs.get(it.id) ?? []).reduce((s, q) => s + durationMinutes(q), 0);
  let best = { it: current, travel: homeTravel(inst, current, r), load: load(current) - durationMinutes(r) };
  for (const it of candidates) {
    if (it === current || !windowFor(it, r)) continue;
    if ((jobs.get(it.id) ?? []).some((q) => conflicts(inst, q, r))) continue;
    const travel = homeTravel(inst, it, r);
    const itLoad = load(it);
    if (travel < best.travel || (travel === best.travel && itLoad < best.load))
      best = { it, travel, load: itLoad };
  }
  return best.it === current ? undefined : best.it;
}
