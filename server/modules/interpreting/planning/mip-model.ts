import { conflicts, durationMinutes, eligibleByInterpreter, homeTravel, travelBounds } from './instance.ts';
import type { Interp, NormalisedInstance, Req } from './types.ts';

/** `lexicographic`: fill, then travel, then fairness. `fill-only`: the pure weighted fill, for bounds. */
export type ObjectiveMode = 'lexicographic' | 'fill-only';

export type ModelColumn = { name: string; interpreter: Interp; request: Req; travel: number };

export type MipModel = {
  lp: string;
  columns: ModelColumn[];
  /** Objective = fillWeight·Σ priority·x − travelWeight·Σ travel·x − maxLoad. */
  fillWeight: number;
  travelWeight: number;
  stats: { variables: number; cliqueRows: number; pairRows: number; requestRows: number };
};

const MINUTE_MS = 60_000;

/**
 * Builds the CPLEX LP text. Big-M scaling makes the weighted sum lexicographic: one minute of home travel
 * outweighs any possible max-load, and one unit of priority outweighs all travel and load together, because
 * travelWeight > max load and fillWeight > travelWeight·Σ(worst travel per request) + max load.
 */
export type ModelOptions = {
  mode?: ObjectiveMode;
  /** false drops the travel-pair rows: a relaxation, still a valid bound. */
  travelRows?: boolean;
  /** false writes the LP relaxation (0 ≤ x ≤ 1) instead of binaries. */
  integral?: boolean;
};

export function buildMipModel(inst: NormalisedInstance, options: ModelOptions = {}): MipModel {
  const { mode = 'lexicographic', travelRows = true, integral = true } = options;
  const eligible = eligibleByInterpreter(inst);
  const columns = eligible.flatMap((reqs, i) => {
    const it = inst.interpreters[i];
    return it
      ? reqs.map((r) => ({
          name: `x${i}_${r.index}`,
          interpreter: it,
          request: r,
          travel: homeTravel(inst, it, r),
        }))
      : [];
  });
  const lexicographic = mode === 'lexicographic';
  const { fillWeight, travelWeight, loadBound } = objectiveWeights(eligible, columns, lexicographic);
  const objective = columns.map((c) =>
    term(fillWeight * c.request.priority - travelWeight * c.travel, c.name),
  );
  if (lexicographic) objective.push(term(-1, 'L'));
  const requestRows = atMostOncePerRequest(columns);
  const { cliques, pairs } = conflictRows(inst, eligible, travelRows);
  const loadRows = lexicographic ? maxLoadRows(eligible) : [];
  const names = columns.map((c) => c.name);
  const lp = [
    'Maximize',
    ` obj: ${wrap(objective)}`,
    'Subject To',
    ...[...requestRows, ...cliques, ...pairs, ...loadRows].map((row) => ` ${row}`),
    'Bounds',
    ...(lexicographic ? [` 0 <= L <= ${loadBound}`] : []),
    ...(integral ? [] : names.map((name) => ` 0 <= ${name} <= 1`)),
    ...(integral ? ['Binary', ...chunk(names, 20).map((group) => ` ${group.join(' ')}`)] : []),
    'End',
    '',
  ].join('\n');
  const stats = {
    variables: columns.length,
    cliqueRows: cliques.length,
    pairRows: pairs.length,
    requestRows: requestRows.length,
  };
  return { lp, columns, fillWeight, travelWeight, stats };
}

/** The big-M weights of the docblock above; in fill-only mode travel and load drop out. */
function objectiveWeights(
  eligible: readonly Req[][],
  columns: readonly ModelColumn[],
  lexicographic: boolean,
): { fillWeight: number; travelWeight: number; loadBound: number } {
  const loadBound = Math.max(0, ...eligible.map((rs) => rs.reduce((s, r) => s + durationMinutes(r), 0)));
  const worstTravel = new Map<number, number>();
  for (const c of columns) {
    worstTravel.set(c.request.index, Math.max(worstTravel.get(c.request.index) ?? 0, c.travel));
  }
  const travelBound = [...worstTravel.values()].reduce((s, t) => s + t, 0);
  if (!lexicographic) return { fillWeight: 1, travelWeight: 0, loadBound };
  const travelWeight = loadBound + 1;
  return { fillWeight: travelWeight * travelBound + loadBound + 1, travelWeight, loadBound };
}

function term(coefficient: number, name: string): string {
  return `${coefficient < 0 ? '-' : '+'} ${Math.abs(coefficient)} ${name}`;
}

/** LP readers accept long lines, but short ones keep the text diffable when a model is written to disk. */
function wrap(terms: readonly string[]): string {
  return terms.length === 0
    ? '0 x_empty'
    : chunk(terms, 12)
        .map((t) => t.join(' '))
        .join('\n   ');
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let k = 0; k < items.length; k += size) out.push(items.slice(k, k + size));
  return out;
}

function atMostOncePerRequest(columns: readonly ModelColumn[]): string[] {
  const byRequest = new Map<number, string[]>();
  for (const c of columns)
    byRequest.set(c.request.index, [...(byRequest.get(c.request.index) ?? []), c.name]);
  return [...byRequest.values()]
    .filter((names) => names.length > 1)
    .map((names) => `${wrap(names.map((n) => `+ ${n}`))} <= 1`);
}

function maxLoadRows(eligible: readonly Req[][]): string[] {
  return eligible.flatMap((reqs, i) =>
    reqs.length === 0
      ? []
      : [`${wrap(reqs.map((r) => term(durationMinutes(r), `x${i}_${r.index}`)))} - L <= 0`],
  );
}

/**
 * Per interpreter: jobs stretched by the minimum travel time form an interval graph, whose maximal cliques
 * (the jobs active at one start time) give tight `Σ x <= 1` rows. Pairs that conflict only because the
 * actual trip is longer than the minimum get a pairwise row each.
 */
function conflictRows(
  inst: NormalisedInstance,
  eligible: readonly Req[][],
  travelRows: boolean,
): { cliques: string[]; pairs: string[] } {
  const { min, max } = travelBounds(inst);
  const cliques: string[] = [];
  const pairs: string[] = [];
  eligible.forEach((reqs, i) => {
    const row = (members: readonly Req[]): string => `${wrap(members.map((r) => `+ x${i}_${r.index}`))} <= 1`;
    const seeds = maximalCliques(reqs, min * MINUTE_MS);
    if (!travelRows) {
      cliques.push(...seeds.map(row));
      return;
    }
    const cover = coverConflicts(inst, reqs, seeds, max * MINUTE_MS);
    for (const members of cover) (members.length > 2 ? cliques : pairs).push(row(members));
  });
  return { cliques, pairs };
}

/**
 * Covers every conflict edge of one interpreter with cliques: the overlap cliques first, each grown by jobs
 * that clash with all members through travel, then a grown clique for each edge still uncovered. Far fewer and
 * tighter rows than one per pair, which is what makes the LP bound (and HiGHS's search) fast.
 */
function coverConflicts(
  inst: NormalisedInstance,
  sorted: readonly Req[],
  seeds: Req[][],
  maxMs: number,
): Req[][] {
  const adjacent = conflictGraph(inst, sorted, maxMs);
  const covered = new Set<string>();
  const key = (a: Req, b: Req): string =>
    a.index < b.index ? `${a.index}:${b.index}` : `${b.index}:${a.index}`;
  const grow = (members: Req[]): Req[] => {
    const first = members[0];
    for (const c of first ? (adjacent.get(first) ?? []) : []) {
      if (!members.includes(c) && members.every((m) => adjacent.get(m)?.has(c))) members.push(c);
    }
    members.forEach((a, k) => {
      for (const b of members.slice(k + 1)) covered.add(key(a, b));
    });
    return members;
  };
  const out = seeds.map((seed) => grow([...seed]));
  for (const a of sorted) {
    for (const b of adjacent.get(a) ?? []) {
      if (a.index < b.index && !covered.has(key(a, b))) out.push(grow([a, b]));
    }
  }
  return out;
}

function conflictGraph(inst: NormalisedInstance, sorted: readonly Req[], maxMs: number): Map<Req, Set<Req>> {
  const adjacent = new Map<Req, Set<Req>>(sorted.map((r) => [r, new Set<Req>()]));
  sorted.forEach((a, k) => {
    for (let n = k + 1; n < sorted.length; n++) {
      const b = sorted[n];
      if (!b || b.start >= a.end + maxMs) break;
      if (!conflicts(inst, a, b)) continue;
      adjacent.get(a)?.add(b);
      adjacent.get(b)?.add(a);
    }
  });
  return adjacent;
}

/** `sorted` by start. A clique at start t is maximal when some member ends before the next distinct start. */
export function maximalCliques(sorted: readonly Req[], stretchMs: number): Req[][] {
  const out: Req[][] = [];
  let active: Req[] = [];
  for (let k = 0; k < sorted.length; k++) {
    const r = sorted[k];
    if (!r) continue;
    active = active.filter((q) => q.end + stretchMs > r.start);
    active.push(r);
    const next = sorted[k + 1];
    if (next && next.start === r.start) continue;
    const closes = !next || active.some((q) => q.end + stretchMs <= next.start);
    if (closes && active.length > 1) out.push([...active]);
  }
  return out;
}
