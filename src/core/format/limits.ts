/**
 * The patterns and limits of the input format, without zod: `schema.ts` builds its schemas from
 * them, and the run-time checks that never load zod (`parse.ts`, `check-data.ts`) read them here.
 */
/** Ids defined by a framework: lower-case words joined by `-` or `_` (`weekly-company`, `r1`). */
export const frameworkIdPattern = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;
/** An item as a series id: `instrument.item` (`weekly-company.punctuality`). */
export const itemRefPattern = /^[a-z0-9]+(?:[-_][a-z0-9]+)*\.[a-z0-9]+(?:[-_][a-z0-9]+)*$/;
/** `YYYY-MM-DD`, or an ISO 8601 date-time with an offset (`2026-03-01T23:30:00Z`, `…+01:00`). */
export const dateInputPattern =
  /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2}))?$/;

/**
 * Who may be looking (`audience.ts` decides what each may see): the young person and the mentor
 * together, a company, a youth counsellor, the young person alone on their own page.
 * `schema.ts` makes `AudienceSchema` of this list.
 */
export const audiences = ['conversation', 'company', 'counsellor', 'young-person'] as const;

/** What a young person's log entry is about (`ExperienceSchema`). */
export const experienceKinds = ['work', 'social', 'other'] as const;

/** Limits keep a hostile or broken input from costing minutes; real data stays far below them. */
export const limits = {
  placements: 500,
  assessments: 20_000,
  conversations: 2_000,
  shortText: 200,
  note: 5_000,
  answer: 20_000,
  // Framework lists. Real programmes have a handful of each; a framework is data a host may get
  // from anywhere, and without bounds 100,000 traits would block a chart for a minute.
  roles: 50,
  scales: 50,
  scaleLabels: 100,
  instruments: 100,
  items: 200,
  raterRoles: 50,
  traits: 200,
  traitItems: 50,
  dimensions: 50,
  components: 200,
  shows: 200,
  reverse: 200,
  bands: 50,
  prompts: 100,
  /**
   * The largest weight of a dimension component. Weights are relative, so 1000 : 1 says all a
   * weight can say, and a bound keeps `1e308` from overflowing a weighted sum.
   */
  weight: 1000,
  /** The longest rolling window, in periods: two years of weeks. */
  changeWindow: 104,
  // Programme records (issue 12). A young person has a handful of jobs and check-ins; hours are
  // one entry per ISO week and activity, so ten years of three activities stay under the bound.
  jobs: 200,
  education: 100,
  followUps: 2_000,
  hours: 5_000,
  /** The young person's own log entries: a few a week for years stays far below this. */
  experiences: 2_000,
  /**
   * The most weeks from the first week with hours to the last, both included (about 19 years).
   * The chart draws every week between them, gaps included, so the span bounds a draw's work as
   * `hours` bounds the entries.
   */
  hoursWeeks: 1_000,
  followUpSteps: 20,
  /** The longest follow-up step, in weeks or months. */
  followUpAfter: 60,
  /** The most hours a week can hold, planned or attended, per entry and summed over activities. */
  weekHours: 100,
} as const;

/**
 * An ISO week, `2026-W09`, in the years 0001–9999 as dates are (no year 0000). Whether the week
 * exists (W53) and lies in the calendar (9999-W52 ends in year 10000) is checked in
 * check-programme.ts.
 */
export const weekKeyPattern = /^(?:000[1-9]|00[1-9]\d|0[1-9]\d{2}|[1-9]\d{3})-W\d{2}$/;

/** A language tag (BCP 47): `da`, `en`, `ar`, `uk`, `so`, `pl`, `de-AT`, `sr-Latn` … */
export const localeCodePattern = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;
