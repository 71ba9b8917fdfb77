/**
 * Day-planning instance and plan types. Times are epoch milliseconds (UTC) or ISO 8601 strings at the
 * edge; `normaliseInstance` turns them into epoch ms once so the engines compare plain numbers.
 */

export type TimeInput = number | string;

export type AvailabilityWindow = { start: TimeInput; end: TimeInput };

export type PlanningInterpreter = {
  id: string;
  /** Language codes, variant included when it matters (`ar-MA`, `prs`); matched exactly. */
  languages: readonly string[];
  homeLat: number;
  homeLon: number;
  /** Half-open [start, end) windows; a job must fit inside one of them. */
  availability: readonly AvailabilityWindow[];
};

export type PlanningRequest = {
  id: string;
  language: string;
  start: TimeInput;
  end: TimeInput;
  lat: number;
  lon: number;
  /** Integer ≥ 1; integral so that the MIP's big-M scaling can prove that priority dominates. */
  priority: number;
};

export type PlanningInstance = {
  interpreters: readonly PlanningInterpreter[];
  requests: readonly PlanningRequest[];
};

/** Request id → interpreter id; unassigned requests are absent. */
export type Assignments = ReadonlyMap<string, string>;

export type Window = { start: number; end: number };

export type Interp = {
  id: string;
  index: number;
  languages: ReadonlySet<string>;
  lat: number;
  lon: number;
  windows: readonly Window[];
};

export type Req = {
  id: string;
  index: number;
  language: string;
  start: number;
  end: number;
  lat: number;
  lon: number;
  priority: number;
};

/** Minutes of travel between two points; the engines never assume more than this signature. */
export type TravelFn = (fromLat: number, fromLon: number, toLat: number, toLon: number) => number;

export type NormalisedInstance = {
  interpreters: readonly Interp[];
  requests: readonly Req[];
  travel: TravelFn;
};

export type EngineName = 'greedy' | 'mip';

export type PlanTotals = {
  filled: number;
  weightedFilled: number;
  /** Sum of home → job travel minutes over the assignments: the linear travel proxy both engines use. */
  homeTravelMinutes: number;
  maxLoadMinutes: number;
};
