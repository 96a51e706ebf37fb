/**
 * What the data's schema cannot say on its own: checks against the framework (instruments, items,
 * scales, roles, series ids), dates that do not exist, duplicate ids, placements that overlap.
 * Dates are turned into local `YYYY-MM-DD` dates on the way, so everything after parsing can
 * compare dates as strings. The programme records (jobs, check-ins, hours) are checked in
 * `check-programme.ts`, the young person's own side (log, target, one self-rating a week) in
 * `check-own-side.ts`.
 */
import { readLocalDate, type LocalDateProblem } from '../time/dates.js';
import { isOnStep } from './check-framework.js';
import { checkOwnSide } from './check-own-side.js';
import { checkProgramme } from './check-programme.js';
import { scaleOf, seriesIdsOf } from '../framework/framework.js';
import { found, type FoundIssue, type IssuePath } from './issues.js';
import { resolvePromptSet } from '../framework/prompts.js';
import { dateInputPattern, frameworkIdPattern, limits } from '../format/limits.js';
import type {
  Assessment,
  ConversationRecord,
  Framework,
  Placement,
  ProgressData,
  PromptSet,
} from '../format/schema.js';

export interface CheckedData {
  readonly data: ProgressData;
  readonly issues: FoundIssue[];
}

const dateIssueCode = (problem: LocalDateProblem) =>
  problem === 'outOfRange' ? 'dateOutOfRange' : 'impossibleDate';

function duplicateIds(list: ReadonlyArray<{ id: string }>, path: IssuePath, issues: FoundIssue[]) {
  const seen = new Set<string>();
  list.forEach((entry, index) => {
    if (seen.has(entry.id)) issues.push(found([...path, index, 'id'], 'duplicateId', { value: entry.id }));
    seen.add(entry.id);
  });
}

/** `checkData(data, framework, promptSets)`: the data with local dates, and every issue found. */
export function checkData(
  data: ProgressData,
  framework: Framework,
  promptSets: ReadonlyArray<PromptSet>,
): CheckedData {
  const issues: FoundIssue[] = [];
  const localDateOr = (value: string, pathOf: () => IssuePath): string => {
    const reading = readLocalDate(value, framework.timeZone);
    if (reading.date === undefined) issues.push(found(pathOf(), dateIssueCode(reading.problem), { value }));
    return reading.date ?? value;
  };
  const localDate = (value: string, path: IssuePath): string => localDateOr(value, () => path);

  // The objects are zod's fresh output, never the host's input, so dates are set in place.
  const placements: Placement[] = data.placements.map((placement, index) => {
    placement.start = localDate(placement.start, ['placements', index, 'start']);
    if (placement.end !== undefined) placement.end = localDate(placement.end, ['placements', index, 'end']);
    if (placement.end !== undefined && placement.end < placement.start) {
      issues.push(found(['placements', index, 'end'], 'endBeforeStart'));
    }
    return placement;
  });
  duplicateIds(placements, ['placements'], issues);
  overlappingPlacements(placements, issues);

  const placementIds = new Set(placements.map((placement) => placement.id));
  const instruments = new Map(framework.instruments.map((instrument) => [instrument.id, instrument]));
  const itemKinds = new Map(
    framework.instruments.map((instrument) => [
      instrument.id,
      new Map(instrument.items.map((item) => [item.id, item.kind])),
    ]),
  );
  // Paths are built only when there is an issue, and no closure is made per assessment: most
  // data has no issues, and this runs for every assessment of a cohort.
  const assessments: Assessment[] = data.assessments.map((assessment, index) => {
    fieldIssues(assessment, index, issues);
    if (!dateInputPattern.test(assessment.date)) {
      issues.push(found(assessmentPath(index, 'date'), 'dateFormat'));
    } else {
      const reading = readLocalDate(assessment.date, framework.timeZone);
      if (reading.date === undefined) {
        issues.push(
          found(assessmentPath(index, 'date'), dateIssueCode(reading.problem), { value: assessment.date }),
        );
      } else assessment.date = reading.date;
    }
    const instrument = instruments.get(assessment.instrument);
    const kinds = itemKinds.get(assessment.instrument);
    if (!instrument || !kinds) {
      issues.push(
        found(assessmentPath(index, 'instrument'), 'unknownInstrument', { value: assessment.instrument }),
      );
      return assessment;
    }
    if (!instrument.raterRoles.includes(assessment.rater.role)) {
      issues.push(
        found(assessmentPath(index, 'rater', 'role'), 'roleNotAllowed', {
          value: assessment.rater.role,
          instrument: instrument.id,
          roles: instrument.raterRoles.join(', '),
        }),
      );
    }
    const placementId = assessment.rater.placementId;
    if (placementId !== undefined && !placementIds.has(placementId)) {
      issues.push(
        found(assessmentPath(index, 'rater', 'placementId'), 'unknownPlacement', { value: placementId }),
      );
    }
    const scale = scaleOf(framework, instrument);
    for (const itemId in assessment.ratings) {
      const value = assessment.ratings[itemId];
      if (kinds.get(itemId) !== 'rating') {
        issues.push(
          found(assessmentPath(index, 'ratings', itemId), 'unknownItem', {
            value: itemId,
            instrument: instrument.id,
          }),
        );
      } else if (typeof value === 'number' && scale) {
        if (value < scale.min || value > scale.max) {
          issues.push(
            found(assessmentPath(index, 'ratings', itemId), 'offScale', {
              value,
              min: scale.min,
              max: scale.max,
            }),
          );
        } else if (!isOnStep(value, scale.min, scale.step)) {
          issues.push(
            found(assessmentPath(index, 'ratings', itemId), 'offStep', { value, step: scale.step }),
          );
        }
      }
    }
    for (const itemId in assessment.notes ?? {}) {
      if (kinds.get(itemId) !== 'text') {
        issues.push(
          found(assessmentPath(index, 'notes', itemId), 'unknownTextItem', {
            value: itemId,
            instrument: instrument.id,
          }),
        );
      }
    }
    return assessment;
  });
  duplicateIds(assessments, ['assessments'], issues);

  let seriesIds: Set<string> | undefined; // only a chosen focus needs them
  const conversations: ConversationRecord[] = data.conversations.map((conversation, index) => {
    const path = ['conversations', index];
    conversation.date = localDateOr(conversation.date, () => [...path, 'date']);
    const promptSet = resolvePromptSet(conversation.promptSet, promptSets);
    if (!promptSet) {
      issues.push(found([...path, 'promptSet'], 'unknownPromptSet', { value: conversation.promptSet }));
    } else {
      for (const promptId of Object.keys(conversation.answers)) {
        if (!promptSet.prompts.some((prompt) => prompt.id === promptId)) {
          issues.push(
            found([...path, 'answers', promptId], 'unknownPrompt', { value: promptId, set: promptSet.id }),
          );
        }
      }
    }
    if (conversation.focus !== undefined) {
      seriesIds ??= new Set(seriesIdsOf(framework));
      if (!seriesIds.has(conversation.focus)) {
        issues.push(found([...path, 'focus'], 'unknownFocus', { value: conversation.focus }));
      }
    }
    return conversation;
  });
  duplicateIds(conversations, ['conversations'], issues);

  data.placements = placements;
  data.assessments = assessments;
  data.conversations = conversations;
  checkProgramme(data, framework, issues);
  checkOwnSide(data, framework, issues);
  return { data, issues };
}

/**
 * The rules the schema leaves to this module for speed (see `jsonSchemaHints` in schema.ts):
 * lengths and patterns of an assessment's fields.
 */
function assessmentPath(index: number, ...rest: Array<string | number>): IssuePath {
  return ['assessments', index, ...rest];
}

function fieldIssues(assessment: Assessment, index: number, issues: FoundIssue[]) {
  const max = limits.shortText;
  if (assessment.id.length === 0) issues.push(found(assessmentPath(index, 'id'), 'empty'));
  if (assessment.id.length > max) issues.push(found(assessmentPath(index, 'id'), 'tooLong', { max }));
  if (!frameworkIdPattern.test(assessment.instrument))
    issues.push(found(assessmentPath(index, 'instrument'), 'frameworkId'));
  const rater = assessment.rater;
  if (!frameworkIdPattern.test(rater.role))
    issues.push(found(assessmentPath(index, 'rater', 'role'), 'frameworkId'));
  raterFieldIssues(rater.id, 'id', index, issues, true);
  raterFieldIssues(rater.name, 'name', index, issues, false);
  raterFieldIssues(rater.placementId, 'placementId', index, issues, true);
  const notes = assessment.notes;
  if (notes) {
    for (const key in notes) {
      if ((notes[key]?.length ?? 0) > limits.note) {
        issues.push(found(assessmentPath(index, 'notes', key), 'tooLong', { max: limits.note }));
      }
    }
  }
}

/** A rater's id, name or placement: not empty (where that is asked) and not too long. */
function raterFieldIssues(
  value: string | undefined,
  key: 'id' | 'name' | 'placementId',
  index: number,
  issues: FoundIssue[],
  isNonEmpty: boolean,
) {
  if (value === undefined) return;
  if (isNonEmpty && value.length === 0) issues.push(found(assessmentPath(index, 'rater', key), 'empty'));
  if (value.length > limits.shortText) {
    issues.push(found(assessmentPath(index, 'rater', key), 'tooLong', { max: limits.shortText }));
  }
}

/** Placements do not overlap: a young person is in one internship at a time. Ends are included. */
function overlappingPlacements(placements: ReadonlyArray<Placement>, issues: FoundIssue[]) {
  const order = placements.map((placement, index) => ({ placement, index }));
  order.sort((a, b) =>
    a.placement.start < b.placement.start ? -1 : a.placement.start > b.placement.start ? 1 : 0,
  );
  for (let i = 1; i < order.length; i++) {
    const previous = order[i - 1];
    const current = order[i];
    if (!previous || !current) continue;
    const previousEnd = previous.placement.end;
    if (previousEnd === undefined || current.placement.start <= previousEnd) {
      issues.push(found(['placements', current.index, 'start'], 'overlap', { other: previous.placement.id }));
    }
  }
}
