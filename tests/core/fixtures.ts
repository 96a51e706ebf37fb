// Small builders for hand-computed test data in the nextwork framework.
import type { Assessment, ProgressData } from '../../src/core/index.js';

type Ratings = Record<string, number | null>;

let counter = 0;
const nextId = (prefix: string) => `${prefix}-${++counter}`;

export function weekly(
  date: string,
  ratings: Ratings,
  raterId = 'mentor-a',
  notes?: Record<string, string>,
): Assessment {
  return {
    id: nextId('w'),
    instrument: 'weekly-company',
    date,
    rater: { role: 'company', id: raterId },
    ratings,
    ...(notes ? { notes } : {}),
  };
}

export function monthly(
  date: string,
  ratings: Ratings,
  role: 'company' | 'counsellor' = 'counsellor',
  raterId = role,
): Assessment {
  return {
    id: nextId('m'),
    instrument: 'monthly-determination',
    date,
    rater: { role, id: raterId },
    ratings,
  };
}

export function selfReport(date: string, ratings: Ratings): Assessment {
  return { id: nextId('r'), instrument: 'resilience-self-report', date, rater: { role: 'self' }, ratings };
}

export function progress(assessments: Assessment[], extra: Partial<ProgressData> = {}): ProgressData {
  return {
    schemaVersion: 1,
    participant: { id: 'p1', displayName: 'Testperson' },
    framework: 'nextwork',
    placements: [],
    assessments,
    conversations: [],
    ...extra,
  };
}

/** All eight weekly rated items at one value. */
export function allWeekly(value: number | null): Ratings {
  return Object.fromEntries(
    [
      'initiative',
      'persistence',
      'curiosity',
      'cooperation',
      'social',
      'responsibility',
      'punctuality',
      'productivity',
    ].map((item) => [item, value]),
  );
}
