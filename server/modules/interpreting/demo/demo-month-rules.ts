import type {
  ConversationType,
  InterpretingMode,
  InterpretingSector,
  Specialism,
} from '../../../../contracts/interpreting.ts';
import type { Random } from '../../../platform/demo/index.ts';
import { addDays, brusselsInstant, isoWeekday, type LocalDate, parseLocalTime } from '../brussels-time.ts';
import { BENCHMARK_TRAVEL_MODEL, type GeoPoint, haversineKm, travelMinutes } from '../travel.ts';
import type { DemoInterpreter, DemoLanguage } from './demo-interpreters.ts';

/** What the city's services ask for, roughly: Maghreb Arabic, Dari, Turkish and Bulgarian lead. */
export const LANGUAGE_DEMAND: readonly [DemoLanguage, number][] = [
  [{ language: 'ar', variant: 'maghreb' }, 10],
  [{ language: 'ar', variant: 'msa' }, 3],
  [{ language: 'ar', variant: 'levantine' }, 4],
  [{ language: 'prs', variant: '' }, 7],
  [{ language: 'fa', variant: '' }, 2],
  [{ language: 'ps', variant: '' }, 4],
  [{ language: 'ti', variant: '' }, 6],
  [{ language: 'so', variant: '' }, 4],
  [{ language: 'tr', variant: '' }, 8],
  [{ language: 'bg', variant: '' }, 7],
  [{ language: 'ro', variant: '' }, 5],
  [{ language: 'ru', variant: '' }, 3],
  [{ language: 'uk', variant: '' }, 5],
  [{ language: 'tzm', variant: '' }, 3],
  [{ language: 'kmr', variant: '' }, 2],
  [{ language: 'ckb', variant: '' }, 2],
  [{ language: 'sq', variant: '' }, 2],
  [{ language: 'pl', variant: '' }, 2],
  [{ language: 'sk', variant: '' }, 5],
  [{ language: 'es', variant: '' }, 2],
  [{ language: 'pt', variant: '' }, 2],
  [{ language: 'fr', variant: '' }, 2],
  [{ language: 'en', variant: '' }, 2],
  [{ language: 'ur', variant: '' }, 1],
  [{ language: 'bn', variant: '' }, 1],
  [{ language: 'am', variant: '' }, 2],
  [{ language: 'mn', variant: '' }, 1],
  [{ language: 'hy', variant: '' }, 1],
  [{ language: 'ka', variant: '' }, 1],
  [{ language: 'zh', variant: 'mandarin' }, 1],
];

const CONVERSATIONS: Record<InterpretingSector, readonly ConversationType[]> = {
  education: ['parent_meeting', 'pupil_guidance'],
  health: ['medical_consultation', 'medical_consultation', 'bad_news'],
  mental_health: ['mental_health_session'],
  welfare: ['social_inquiry', 'intake', 'administrative'],
  family: ['medical_consultation', 'intake'],
  youth_care: ['intake', 'other_service_delivery'],
  housing: ['housing'],
  employment: ['employment'],
  integration: ['integration_course', 'intake'],
  public_services: ['administrative'],
  police: ['intake', 'other_service_delivery'],
  justice: ['legal_advice'],
  other: ['other_service_delivery'],
};

const SPECIALISM: Partial<Record<InterpretingSector, Specialism>> = {
  health: 'medical',
  mental_health: 'mental_health',
  education: 'school',
  youth_care: 'youth_care',
  justice: 'legal',
  police: 'legal',
};

export function weightedPick<T>(random: Random, items: readonly [T, number][]): T {
  const total = items.reduce((sum, [, weight]) => sum + weight, 0);
  let at = random.next() * total;
  for (const [item, weight] of items) {
    at -= weight;
    if (at < 0) return item;
  }
  const last = items[items.length - 1];
  if (!last) throw new RangeError('weighted pick from an empty list');
  return last[0];
}

export function conversationFor(random: Random, sector: InterpretingSector): ConversationType {
  return random.pick(CONVERSATIONS[sector]);
}

/** Sector specialism on most requests of sectors that have one. */
export function specialismFor(random: Random, sector: InterpretingSector): Specialism | null {
  const specialism = SPECIALISM[sector];
  return specialism && random.chance(0.3) ? specialism : null;
}

export function pickMode(random: Random): InterpretingMode {
  return weightedPick<InterpretingMode>(random, [
    ['on_site', 65],
    ['phone', 20],
    ['video', 15],
  ]);
}

/** Weekdays from two weeks before the seed day to two weeks after. */
export function demoDays(today: LocalDate): { date: LocalDate; offset: number }[] {
  const days: { date: LocalDate; offset: number }[] = [];
  for (let offset = -14; offset <= 14; offset++) {
    const date = addDays(today, offset);
    if (isoWeekday(date) <= 5) days.push({ date, offset });
  }
  return days;
}

/** Start minutes of the two half-day slots: an interpreter gets at most one job in each. */
export const SLOT_STARTS = { am: [540, 570, 600, 630], pm: [810, 840, 870, 900] } as const;

export type Session = {
  date: LocalDate;
  offset: number;
  half: 'am' | 'pm';
  startMinute: number;
  endMinute: number;
  startsAt: Date;
  endsAt: Date;
  mode: InterpretingMode;
  language: DemoLanguage;
  specialism: Specialism | null;
  sameGender: 'female' | 'male' | null;
  location: GeoPoint;
};

export type BookedJob = { endsAt: Date; location: GeoPoint | null };

/** The interpreter's booked jobs per "date|half". */
export type Diary = Map<string, Map<string, BookedJob>>;

function speaks(interpreter: DemoInterpreter, wanted: DemoLanguage): boolean {
  return interpreter.languages.some(
    (skill) =>
      skill.language === wanted.language && (wanted.variant === '' || skill.variant === wanted.variant),
  );
}

function availableAt(interpreter: DemoInterpreter, session: Session): boolean {
  const weekday = isoWeekday(session.date);
  return interpreter.weeklyAvailability.some(
    (w) =>
      w.weekday === weekday &&
      parseLocalTime(w.from) <= session.startMinute &&
      (w.to === '24:00' ? 1440 : parseLocalTime(w.to)) >= session.endMinute,
  );
}

/** Minutes of travel this job needs before it, or null when a morning job leaves too little time. */
export function travelBefore(diary: Diary, interpreterId: string, session: Session): number | null {
  const own = diary.get(interpreterId);
  if (own?.has(`${session.date}|${session.half}`)) return null;
  if (session.half === 'am' || session.mode !== 'on_site') return 0;
  const morning = own?.get(`${session.date}|am`);
  if (!morning?.location) return 0;
  const minutes = travelMinutes(morning.location, session.location, BENCHMARK_TRAVEL_MODEL);
  return morning.endsAt.getTime() + minutes * 60_000 <= session.startsAt.getTime() ? minutes : null;
}

/** The same rules the matcher applies, in the simple shape this synthetic month needs. */
export function eligibleFor(interpreter: DemoInterpreter, session: Session, today: LocalDate): boolean {
  const onSite = session.mode === 'on_site';
  const home = { lat: interpreter.homeLat, lon: interpreter.homeLon };
  return (
    speaks(interpreter, session.language) &&
    interpreter.modes.includes(session.mode) &&
    addDays(today, interpreter.certificationDays) >= session.date &&
    (!session.specialism || interpreter.specialisms.includes(session.specialism)) &&
    (!session.sameGender || interpreter.gender === session.sameGender) &&
    (!onSite ||
      interpreter.maxTravelKm === null ||
      haversineKm(home, session.location) <= interpreter.maxTravelKm) &&
    availableAt(interpreter, session)
  );
}

export function at(date: LocalDate, minute: number): Date {
  return brusselsInstant(date, minute);
}
