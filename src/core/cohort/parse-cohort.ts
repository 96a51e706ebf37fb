/**
 * `parseCohortOutcomes(input, { locale, framework, today })`: a `CohortOutcomes` checked before it
 * is shown. It must be the fixed table (see `cohortReport`): one whole period of the framework's
 * reporting grid and the period just before it on the grid, read as of the period's reading day
 * (its last day plus the framework's `employedAfterMonths`), which must have come by `today`. And
 * nothing in it may show a small cell: a count below `minCellSize` (zero included; `minCellSize`
 * at least 3), a count that two counts shown give away as their difference, a percent of a hidden
 * count, whether a goal is met beside a hidden share, or a change from which a hidden count could
 * be worked out is an issue, so a host that counted by hand cannot show "2" by mistake.
 */
import type { CohortOutcomes, CohortShare, DateRange } from '../format/cohort-schema.js';
import {
  cohortCellsOf,
  cohortNestedCounts,
  cohortReadingDay,
  isReportPeriod,
  type ReportingRules,
} from './cohort-outcomes.js';
import { addDays, isCalendarDate } from '../time/dates.js';
import { todayIn } from '../time/today.js';
import { resolveFramework } from '../framework/framework.js';
import { programmeOf } from '../programme/programme.js';
import { nextworkFramework } from '../framework/framework-nextwork.js';
import { found, type FoundIssue, type IssuePath } from '../read/issues.js';
import { failure, parseFramework, type ParseOptions, type ParseResult } from '../read/parse.js';
import type { Framework } from '../format/schema.js';
import { periodOf } from '../time/period.js';
import { validate } from '../read/validate.js';
import { fromZodIssues } from '../read/zod-issues.js';

export interface ParseCohortOptions extends ParseOptions {
  /**
   * The framework whose reporting grid and months of "still employed" the table must follow: an
   * id of a built-in framework or a framework object; default NExTWORK's (half-years, 3 months).
   */
  readonly framework?: unknown;
  /**
   * The day it is now, `YYYY-MM-DD`; default: today in the framework's time zone. It only says
   * whether a period's reading day has come (a period is shown from then on), never what it counts.
   */
  readonly today?: string | undefined;
}

function rangeIssues(range: DateRange, path: IssuePath, issues: FoundIssue[]): void {
  for (const key of ['from', 'to'] as const) {
    if (!isCalendarDate(range[key]))
      issues.push(found([...path, key], 'impossibleDate', { value: range[key] }));
  }
  if (range.to < range.from) issues.push(found([...path, 'to'], 'endBeforeStart'));
}

/**
 * What the schema cannot say: small cells, counts above their totals, and changes that give hidden
 * counts away.
 */
function outcomesIssues(outcomes: CohortOutcomes, rules: ReportingRules, today: string): FoundIssue[] {
  const issues: FoundIssue[] = [];
  const min = outcomes.minCellSize;
  const count = (value: number | null, path: IssuePath) => {
    if (value !== null && value < min) issues.push(found(path, 'smallCell', { min }));
  };
  const change = (value: number | null, a: number | null, b: number | null, path: IssuePath) => {
    if (value !== null && (a === null || b === null)) issues.push(found(path, 'hiddenChange'));
  };
  const share = (value: CohortShare, path: IssuePath) => {
    count(value.count, [...path, 'count']);
    count(value.denominator, [...path, 'denominator']);
    if (value.count !== null && value.denominator !== null && value.count > value.denominator) {
      issues.push(found([...path, 'count'], 'countAboveTotal'));
    }
    if (value.percent !== null && (value.count === null || value.denominator === null)) {
      issues.push(found([...path, 'percent'], 'hiddenShare'));
    }
  };
  const datesBefore = issues.length;
  rangeIssues(outcomes.period, ['period'], issues);
  rangeIssues(outcomes.previousPeriod, ['previousPeriod'], issues);
  if (!isCalendarDate(outcomes.asOf))
    issues.push(found(['asOf'], 'impossibleDate', { value: outcomes.asOf }));
  if (issues.length === datesBefore) gridIssues(outcomes, rules, today, issues);
  const { tookPart } = outcomes;
  count(tookPart.current, ['tookPart', 'current']);
  count(tookPart.previous, ['tookPart', 'previous']);
  change(tookPart.change, tookPart.current, tookPart.previous, ['tookPart', 'change']);
  const seen = new Set<string>();
  outcomes.measures.forEach((measure, index) => {
    const path = ['measures', index];
    if (seen.has(measure.id)) issues.push(found([...path, 'id'], 'duplicateId', { value: measure.id }));
    seen.add(measure.id);
    share(measure.current, [...path, 'current']);
    share(measure.previous, [...path, 'previous']);
    change(measure.countChange, measure.current.count, measure.previous.count, [...path, 'countChange']);
    change(measure.pointsChange, measure.current.percent, measure.previous.percent, [
      ...path,
      'pointsChange',
    ]);
    if (measure.isGoalMet !== null) {
      const { percent } = measure.current;
      if (percent === null || measure.goal === null) issues.push(found([...path, 'isGoalMet'], 'hiddenGoal'));
      else if (measure.isGoalMet !== percent >= measure.goal)
        issues.push(found([...path, 'isGoalMet'], 'wrongGoal'));
    }
  });
  for (const column of ['current', 'previous'] as const) differenceIssues(outcomes, column, issues);
  return issues;
}

/** The fixed table: one whole period of the grid, the one before it, read as of its reading day. */
function gridIssues(outcomes: CohortOutcomes, rules: ReportingRules, today: string, issues: FoundIssue[]) {
  const grid = rules.reportingPeriod;
  if (outcomes.employedAfterMonths !== rules.employedAfterMonths) {
    issues.push(found(['employedAfterMonths'], 'notProgrammeMonths', { value: rules.employedAfterMonths }));
  }
  if (!isReportPeriod(outcomes.period, grid)) {
    issues.push(found(['period'], 'offGrid', { value: grid }));
    return;
  }
  const before = periodOf(addDays(outcomes.period.from, -1), grid);
  if (outcomes.previousPeriod.from !== before.start || outcomes.previousPeriod.to !== before.end) {
    issues.push(found(['previousPeriod'], 'notPreviousPeriod'));
  }
  const asOf = cohortReadingDay(outcomes.period, rules.employedAfterMonths);
  if (outcomes.asOf !== asOf) issues.push(found(['asOf'], 'asOfNotFixed', { value: asOf }));
  else if (asOf > today) issues.push(found(['period'], 'notReadYet', { value: asOf }));
}

/**
 * Where one group holds another (`cohortNestedCounts`: everyone counted took part; those whose job
 * counts for "still employed", and those still employed, were in ordinary employment), their
 * difference counts people too: both shown and less than `minCellSize` apart gives a small count
 * away. Each group is read wherever the table shows it (those who took part are also the first five
 * shares' denominators, read first so that a share's own denominator is named).
 */
function differenceIssues(outcomes: CohortOutcomes, column: 'current' | 'previous', issues: FoundIssue[]) {
  const min = outcomes.minCellSize;
  const shown = new Map<string, Array<{ value: number; path: IssuePath }>>();
  const add = (cell: string, value: number | null, path: IssuePath) => {
    if (value !== null) shown.set(cell, [...(shown.get(cell) ?? []), { value, path }]);
  };
  outcomes.measures.forEach((measure, index) => {
    const [count, denominator] = cohortCellsOf[measure.id];
    add(count, measure[column].count, ['measures', index, column, 'count']);
    add(denominator, measure[column].denominator, ['measures', index, column, 'denominator']);
  });
  add('tookPart', outcomes.tookPart[column], ['tookPart', column]);
  const named = new Set<string>();
  for (const [larger, smaller] of cohortNestedCounts) {
    for (const b of shown.get(smaller) ?? []) {
      const a = (shown.get(larger) ?? []).find((a) => a.value - b.value >= 0 && a.value - b.value < min);
      const key = b.path.join('.');
      if (!a || named.has(key)) continue;
      named.add(key);
      issues.push(found(b.path, 'derivedCell', { min, other: a.path.join('.') }));
    }
  }
}

type Rules = ReportingRules & { readonly timeZone: string };

/** The framework's grid, months and time zone, or the issues of a framework that is not one. */
function rulesOf(framework: unknown): Rules | FoundIssue[] {
  const of = (known: Framework) => ({ ...programmeOf(known), timeZone: known.timeZone });
  if (framework === undefined || framework === null) return of(nextworkFramework);
  if (typeof framework === 'string') {
    const known = resolveFramework(framework);
    return known ? of(known) : [found(['framework'], 'unknownFramework', { value: framework })];
  }
  const parsed = parseFramework(framework);
  if (!parsed.ok) return [found(['framework'], 'invalid')];
  return of(parsed.data);
}

export function parseCohortOutcomes(
  input: unknown,
  options: ParseCohortOptions = {},
): ParseResult<CohortOutcomes> {
  try {
    const rules = rulesOf(options.framework);
    if (Array.isArray(rules)) return failure(rules, options.locale);
    const today = options.today ?? todayIn(rules.timeZone) ?? '';
    const parsed = validate('CohortOutcomes', input);
    if (!parsed.success) {
      // A field the format does not have is named, key by key: it may be a list of names sent along.
      const issues = parsed.error.issues.flatMap((issue) =>
        issue.code === 'unrecognized_keys'
          ? (issue['keys'] as string[]).map((key) =>
              found(
                [...issue.path.map((k) => (typeof k === 'number' ? k : String(k))), key],
                'unknownField',
                {
                  value: key,
                },
              ),
            )
          : fromZodIssues([issue]),
      );
      return failure(issues, options.locale);
    }
    const issues = outcomesIssues(parsed.data, rules, today);
    return issues.length > 0 ? failure(issues, options.locale) : { ok: true, data: parsed.data };
  } catch {
    return failure([found([], 'unreadable')], options.locale);
  }
}
