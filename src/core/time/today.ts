/**
 * The one place core reads the clock: today, as a local `YYYY-MM-DD` in `timeZone`. Core's rules
 * never call it: they take the day as a value (`today`, `asOf`, `to`). Only the public functions
 * that let a host leave the day out (`cohortOutcomes`, `cohortReport`, `parseCohortOutcomes`)
 * default to it, at their door; tests pass the day, or `now`.
 */
import { localDateOf } from './dates.js';

export function todayIn(timeZone: string, now: Date = new Date()): string | undefined {
  return localDateOf(now.toISOString(), timeZone);
}
