/**
 * `parseCohortOutcomes(input, { locale })`: a `CohortOutcomes` checked before it is shown. Beyond
 * its shape, nothing in it may show a small cell: a count below `minCellSize` (zero included), a
 * percent of a hidden count, or a change from which a hidden count could be worked out is an
 * issue, so a host that counted by hand cannot show "2" by mistake.
 */
import type { CohortOutcomes, CohortShare, DateRange } from './cohort-schema.js';
import { isCalendarDate } from './dates.js';
import { found, type FoundIssue, type IssuePath } from './issues.js';
import { failure, type ParseOptions, type ParseResult } from './parse.js';
import { validate } from './validate.js';
import { fromZodIssues } from './zod-issues.js';

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
function outcomesIssues(outcomes: CohortOutcomes): FoundIssue[] {
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
  rangeIssues(outcomes.period, ['period'], issues);
  rangeIssues(outcomes.previousPeriod, ['previousPeriod'], issues);
  if (!isCalendarDate(outcomes.today))
    issues.push(found(['today'], 'impossibleDate', { value: outcomes.today }));
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
  });
  return issues;
}

export function parseCohortOutcomes(input: unknown, options: ParseOptions = {}): ParseResult<CohortOutcomes> {
  try {
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
    const issues = outcomesIssues(parsed.data);
    return issues.length > 0 ? failure(issues, options.locale) : { ok: true, data: parsed.data };
  } catch {
    return failure([found([], 'unreadable')], undefined);
  }
}
