/**
 * A generated cohort for the programme view, the benchmark and the SQL test: young people who
 * start over a span of time, most in an internship, and move on into hourly work, ordinary jobs and
 * education, some of it ending early. Seeded (never `Math.random`, never the clock), so the same
 * options give the same cohort everywhere. Records hold no assessments: outcomes do not read them.
 */
import { addDays, dayNumberOf } from '../time/dates.js';
import type { Education, FollowUp, Job, Placement, ProgressData } from '../format/schema.js';
import { randomFrom } from './synthetic.js';

export interface SyntheticCohortOptions {
  readonly size: number;
  readonly seed?: number;
  /** The first and last day a young person may start, `YYYY-MM-DD`. */
  readonly from: string;
  readonly to: string;
  /** The day the records are read on: nothing starts after it, and what ends after it has no end yet. */
  readonly asOf: string;
}

/** `syntheticCohort({ size, seed, from, to, asOf })`: one `ProgressData` per young person. */
export function syntheticCohort(options: SyntheticCohortOptions): ProgressData[] {
  const random = randomFrom(options.seed ?? 12);
  const chance = (p: number) => random() < p;
  const between = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const span = dayNumberOf(options.to) - dayNumberOf(options.from);
  const records: ProgressData[] = [];
  for (let index = 1; index <= options.size; index++) {
    const id = `ung-${String(index).padStart(5, '0')}`;
    const placements: Placement[] = [];
    const jobs: Job[] = [];
    const education: Education[] = [];
    const followUps: FollowUp[] = [];
    /** Start and (when it ended by `asOf`) end of something lasting `days`, or nothing if it starts later. */
    const period = (start: string, days: number | undefined) => {
      if (start > options.asOf) return undefined;
      const end = days === undefined ? undefined : addDays(start, days);
      return end === undefined || end > options.asOf ? { start } : { start, end };
    };
    let day = addDays(options.from, between(0, span));
    if (chance(0.8)) {
      for (let n = 1; n <= (chance(0.35) ? 2 : 1); n++) {
        const internship = period(day, between(42, 182));
        if (!internship) break;
        placements.push({ id: `${id}-p${n}`, company: `Virksomhed ${between(1, 40)}`, ...internship });
        if (internship.end === undefined) break;
        day = addDays(internship.end, between(7, 60));
      }
    } else if (chance(0.5)) {
      const school = period(day, between(60, 400));
      if (school) education.push({ id: `${id}-e0`, institution: 'FGU', ...school });
      day = addDays(day, between(30, 120));
    }
    const addJob = (kind: Job['kind'], endChance: number, days: readonly [number, number]) => {
      const job = period(day, chance(endChance) ? between(...days) : undefined);
      if (!job) return;
      const jobId = `${id}-j${jobs.length + 1}`;
      jobs.push({ id: jobId, employer: `Arbejdsplads ${between(1, 60)}`, kind, ...job });
      // Now and then a second job from the same day (two part-time jobs): a tie for "the first job".
      if (kind === 'ordinary' && chance(0.02)) {
        jobs.push({
          id: `${jobId}b`,
          employer: 'Arbejdsplads 0',
          kind,
          ...(period(day, between(20, 200)) ?? job),
        });
      }
      for (const [n, after] of [7, 30, 91].entries()) {
        const due = addDays(job.start, after);
        if (due > options.asOf) break;
        followUps.push({
          id: `${jobId}-f${n + 1}`,
          jobId,
          due,
          with: 'young-person',
          ...(chance(0.8) ? { done: due, outcome: chance(0.85) ? 'going-well' : 'needs-support' } : {}),
        });
      }
    };
    if (chance(0.2)) addJob('hourly', 0.5, [30, 300]);
    day = addDays(day, between(0, 90));
    if (chance(0.28)) addJob('ordinary', 0.45, [14, 160]);
    if (chance(0.15)) {
      const school = period(addDays(day, between(0, 120)), chance(0.5) ? between(60, 400) : undefined);
      if (school) education.push({ id: `${id}-e1`, institution: 'Erhvervsskole', ...school });
    }
    records.push({
      schemaVersion: 1,
      participant: { id, displayName: `Ung ${index}` },
      framework: 'nextwork',
      placements,
      assessments: [],
      conversations: [],
      jobs,
      education,
      followUps,
    });
  }
  return records;
}
