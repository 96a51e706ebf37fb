/**
 * Deterministic synthetic progress data in the `nextwork` framework: the sample personas are made
 * with it, and so are the benchmark's cohorts. A seeded generator, never `Math.random`, and never
 * the live clock: the same profile gives the same data on every machine.
 */
import { addDays, dayNumberOf, isoWeekdayOf } from '../time/dates.js';
import { periodsBetween } from '../time/period.js';
import type {
  Assessment,
  ConversationRecord,
  Participant,
  Placement,
  ProgressData,
  WeekHours,
} from '../format/schema.js';

/** A value that moves from `from` at the programme's start to `to` at its end, with optional dips. */
export interface Curve {
  readonly from: number;
  readonly to: number;
  /** Temporary shifts, e.g. a hard month at home: `{ from, to, by: -1 }` (dates included). */
  readonly shifts?: ReadonlyArray<{ readonly from: string; readonly to: string; readonly by: number }>;
}

export interface SyntheticPlacement extends Placement {
  /** The company raters; the first rates every week, the others now and then. */
  readonly raters: ReadonlyArray<{ readonly id: string; readonly name: string }>;
}

export interface SyntheticProfile {
  readonly seed: number;
  readonly participant: Participant;
  /** The programme's first day, `YYYY-MM-DD`. */
  readonly start: string;
  /** The last day with data (the "as of" date), `YYYY-MM-DD`. */
  readonly end: string;
  readonly placements: ReadonlyArray<SyntheticPlacement>;
  readonly counsellor: { readonly id: string; readonly name: string };
  /** Weeks without weekly ratings (holidays, sick leave), as `[from, to]` dates. */
  readonly pauses?: ReadonlyArray<readonly [string, string]>;
  /** By `instrument.item`, for `weekly-company` and `monthly-determination` items. */
  readonly curves: Readonly<Record<string, Curve>>;
  /** The resilience score the young person reports, start to end. */
  readonly resilience: Curve;
  /** Dates of the half-yearly self-report. */
  readonly selfReports: ReadonlyArray<string>;
  readonly doneWell: ReadonlyArray<string>;
  readonly concerns?: ReadonlyArray<string>;
  /** The share of ratings left "not observed" for the traits hardest to see (curiosity, initiative). */
  readonly notObserved?: number;
  readonly conversations?: ReadonlyArray<ConversationRecord>;
  /** Jobs, education and check-ins, passed through as they are. */
  readonly programme?: Pick<ProgressData, 'jobs' | 'education' | 'followUps'>;
  /**
   * Weekly hours during the placements (weeks of a pause have no plan): the planned week by
   * activity, and the share of it attended, week by week, cycled.
   */
  readonly hours?: {
    readonly planned: Readonly<Partial<Record<WeekHours['activity'], number>>>;
    readonly attended: ReadonlyArray<number>;
  };
}

/** The profile's weekly hours: each ISO week of each placement, up to the profile's end. */
function hoursOf(profile: SyntheticProfile): WeekHours[] {
  const plan = profile.hours;
  if (!plan) return [];
  const hours: WeekHours[] = [];
  let index = 0;
  for (const placement of profile.placements) {
    const last = placement.end !== undefined && placement.end < profile.end ? placement.end : profile.end;
    for (const week of periodsBetween(placement.start, last, 'week')) {
      if (isPaused(addDays(week.start, 4), profile.pauses ?? [])) continue;
      const share = plan.attended[index++ % plan.attended.length] ?? 1;
      for (const [activity, planned] of Object.entries(plan.planned) as Array<
        [WeekHours['activity'], number]
      >) {
        // Whole and half hours, as a timesheet has them.
        hours.push({ week: week.key, activity, planned, attended: Math.round(planned * share * 2) / 2 });
      }
    }
  }
  return hours;
}

/** mulberry32: a small, fast, seeded generator; plenty for synthetic data. */
export function randomFrom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const weeklyItems = [
  'initiative',
  'persistence',
  'curiosity',
  'cooperation',
  'social',
  'responsibility',
  'punctuality',
  'productivity',
] as const;
const monthlyItems = ['persistence', 'independence', 'direction'] as const;
const hardToSee = new Set<string>(['curiosity', 'initiative']);

function curveAt(curve: Curve | undefined, date: string, start: string, end: string): number {
  if (!curve) return 3;
  const span = Math.max(1, dayNumberOf(end) - dayNumberOf(start));
  const t = Math.min(1, Math.max(0, (dayNumberOf(date) - dayNumberOf(start)) / span));
  // Smooth start and end: development is slow at first, then settles.
  const eased = t * t * (3 - 2 * t);
  let value = curve.from + (curve.to - curve.from) * eased;
  for (const shift of curve.shifts ?? []) {
    if (date >= shift.from && date <= shift.to) value += shift.by;
  }
  return value;
}

const clampRating = (value: number) => Math.min(5, Math.max(1, Math.round(value)));

function isPaused(date: string, pauses: ReadonlyArray<readonly [string, string]>): boolean {
  return pauses.some(([from, to]) => date >= from && date <= to);
}

/** `syntheticProgressData(profile)`: the profile's placements, ratings, notes and conversations. */
export function syntheticProgressData(profile: SyntheticProfile): ProgressData {
  const random = randomFrom(profile.seed);
  const noise = () => (random() - 0.5 + (random() - 0.5)) * 0.75;
  const pick = <T>(list: ReadonlyArray<T>): T | undefined => list[Math.floor(random() * list.length)];
  const assessments: Assessment[] = [];
  const pauses = profile.pauses ?? [];
  const at = (ref: string, date: string) => curveAt(profile.curves[ref], date, profile.start, profile.end);

  for (const placement of profile.placements) {
    const last = placement.end !== undefined && placement.end < profile.end ? placement.end : profile.end;
    // Ratings are given on the Friday of each week the young person was there.
    let friday = addDays(placement.start, 5 - isoWeekdayOf(placement.start));
    if (friday < placement.start) friday = addDays(friday, 7);
    let week = 0;
    while (friday <= last) {
      if (!isPaused(friday, pauses)) {
        placement.raters.forEach((rater, raterIndex) => {
          // A second mentor rates about every third week: several raters in one period.
          if (raterIndex > 0 && (week + raterIndex) % 3 !== 0) return;
          const ratings: Record<string, number | null> = {};
          for (const item of weeklyItems) {
            const isUnseen = hardToSee.has(item) && random() < (profile.notObserved ?? 0.1);
            ratings[item] = isUnseen ? null : clampRating(at(`weekly-company.${item}`, friday) + noise());
          }
          const notes: Record<string, string> = {};
          const doneWell = pick(profile.doneWell);
          if (doneWell) notes['done-well'] = doneWell;
          const concern = random() < 0.15 ? pick(profile.concerns ?? []) : undefined;
          if (concern) notes['concerns'] = concern;
          assessments.push({
            id: `${profile.participant.id}-w-${friday}-${raterIndex + 1}`,
            instrument: 'weekly-company',
            date: friday,
            rater: { role: 'company', id: rater.id, name: rater.name, placementId: placement.id },
            ratings,
            notes,
          });
        });
      }
      friday = addDays(friday, 7);
      week += 1;
    }
  }

  // Monthly: the counsellor every month, the company when a placement is running.
  let month = `${profile.start.slice(0, 7)}-01`;
  while (month <= profile.end) {
    const date = addDays(month, 24);
    if (date >= profile.start && date <= profile.end) {
      const placement = profile.placements.find(
        (candidate) => candidate.start <= date && (candidate.end === undefined || candidate.end >= date),
      );
      const monthly = (offset: number) => {
        const ratings: Record<string, number | null> = {};
        for (const item of monthlyItems) {
          ratings[item] = clampRating(at(`monthly-determination.${item}`, date) + offset + noise());
        }
        return ratings;
      };
      assessments.push({
        id: `${profile.participant.id}-m-${date.slice(0, 7)}-counsellor`,
        instrument: 'monthly-determination',
        date,
        rater: { role: 'counsellor', id: profile.counsellor.id, name: profile.counsellor.name },
        ratings: monthly(0),
      });
      const mentor = placement?.raters[0];
      if (placement && mentor) {
        assessments.push({
          id: `${profile.participant.id}-m-${date.slice(0, 7)}-company`,
          instrument: 'monthly-determination',
          date: addDays(date, 1),
          rater: { role: 'company', id: mentor.id, name: mentor.name, placementId: placement.id },
          // Companies see a little more of the young person at work than the counsellor does.
          ratings: monthly(0.2),
        });
      }
    }
    month = addDays(month, 40).slice(0, 7) + '-01';
  }

  for (const date of profile.selfReports) {
    const target = curveAt(profile.resilience, date, profile.start, profile.end);
    const ratings: Record<string, number | null> = {};
    for (let n = 1; n <= 6; n++) {
      const agreement = clampRating(target + noise() * 0.6);
      // r2, r4 and r6 are worded the other way round, so the young person answers the other way.
      ratings[`r${n}`] = n % 2 === 0 ? 6 - agreement : agreement;
    }
    assessments.push({
      id: `${profile.participant.id}-r-${date}`,
      instrument: 'resilience-self-report',
      date,
      rater: { role: 'self', id: profile.participant.id, name: profile.participant.displayName },
      ratings,
    });
  }

  assessments.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1));
  return {
    schemaVersion: 1,
    participant: profile.participant,
    framework: 'nextwork',
    placements: profile.placements.map((placement) => ({
      id: placement.id,
      company: placement.company,
      ...(placement.role === undefined ? {} : { role: placement.role }),
      start: placement.start,
      ...(placement.end === undefined ? {} : { end: placement.end }),
    })),
    assessments,
    conversations: [...(profile.conversations ?? [])],
    ...(profile.programme ?? {}),
    ...(profile.hours ? { hours: hoursOf(profile) } : {}),
  };
}
