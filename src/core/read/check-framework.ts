/**
 * What a framework's schema cannot say: references that must resolve, ids that must be unique,
 * scales that must make sense. A framework with any of these issues is not used.
 */
import { isTimeZone } from '../time/dates.js';
import { frameworkIndex, itemOf, scaleOf } from '../framework/framework.js';
import { found, type FoundIssue, type IssuePath } from './issues.js';
import type { Framework } from '../format/schema.js';

const epsilon = 1e-9;
/** Series ids become object keys in an aggregation; this one would shadow Object.prototype. */
const reservedIds = new Set(['constructor']);

/** True when `value` is one of the scale's steps from `min`. */
export function isOnStep(value: number, min: number, step: number): boolean {
  const steps = (value - min) / step;
  return Math.abs(steps - Math.round(steps)) < 1e-6;
}

function duplicates<T>(
  list: ReadonlyArray<T>,
  idOf: (entry: T) => string,
  path: IssuePath,
  issues: FoundIssue[],
) {
  const seen = new Set<string>();
  list.forEach((entry, index) => {
    const id = idOf(entry);
    if (seen.has(id)) issues.push(found([...path, index, 'id'], 'duplicateId', { value: id }));
    seen.add(id);
  });
}

type Range = { min: number; max: number };

function sameRange(a: Range | undefined, b: Range | undefined): boolean {
  return !a || !b || (Math.abs(a.min - b.min) < epsilon && Math.abs(a.max - b.max) < epsilon);
}

/** `frameworkIssues(framework)`: every problem found, with paths inside the framework. */
export function frameworkIssues(framework: Framework): FoundIssue[] {
  const issues: FoundIssue[] = [];
  if (!isTimeZone(framework.timeZone)) {
    issues.push(found(['timeZone'], 'badTimeZone', { value: framework.timeZone }));
  }
  duplicates(framework.roles, (role) => role.id, ['roles'], issues);
  if (framework.programme) {
    duplicates(framework.programme.followUps, (step) => step.id, ['programme', 'followUps'], issues);
  }
  duplicates(framework.scales, (scale) => scale.id, ['scales'], issues);
  framework.scales.forEach((scale, index) => {
    const steps = (scale.max - scale.min) / scale.step;
    if (!(scale.min < scale.max) || Math.abs(steps - Math.round(steps)) > 1e-6) {
      issues.push(found(['scales', index], 'badScale'));
    }
  });

  const roleIds = new Set(framework.roles.map((role) => role.id));
  duplicates(framework.instruments, (instrument) => instrument.id, ['instruments'], issues);
  framework.instruments.forEach((instrument, index) => {
    const path = ['instruments', index];
    const scale = scaleOf(framework, instrument);
    if (!scale) issues.push(found([...path, 'scale'], 'unknownScale', { value: instrument.scale }));
    instrument.raterRoles.forEach((role, roleIndex) => {
      if (!roleIds.has(role))
        issues.push(found([...path, 'raterRoles', roleIndex], 'unknownRole', { value: role }));
    });
    duplicates(instrument.items, (item) => item.id, [...path, 'items'], issues);
    const rated = instrument.items.filter((item) => item.kind === 'rating').map((item) => item.id);
    const scoring = instrument.scoring;
    if (!scoring) return;
    scoring.reverse.forEach((id, reverseIndex) => {
      if (!rated.includes(id)) {
        issues.push(found([...path, 'scoring', 'reverse', reverseIndex], 'unknownRef', { value: id }));
      }
    });
    if (scoring.minAnswered !== undefined && scoring.minAnswered > rated.length) {
      issues.push(found([...path, 'scoring', 'minAnswered'], 'tooManyAnswered'));
    }
    scoring.bands.forEach((band, bandIndex) => {
      if (
        scale &&
        (band.min > band.max || band.min < scale.min - epsilon || band.max > scale.max + epsilon)
      ) {
        issues.push(found([...path, 'scoring', 'bands', bandIndex], 'badBand'));
      }
    });
  });

  const rangeOfItem = (ref: string): Range | undefined => {
    const target = itemOf(framework, ref);
    return target ? scaleOf(framework, target.instrument) : undefined;
  };
  const checkItemRef = (ref: string, path: IssuePath): boolean => {
    const target = itemOf(framework, ref);
    if (!target) {
      issues.push(found(path, 'unknownRef', { value: ref }));
      return false;
    }
    if (target.item.kind !== 'rating') {
      issues.push(found(path, 'notRated', { value: ref }));
      return false;
    }
    return true;
  };

  const seriesIds = new Set<string>();
  const claimSeriesId = (id: string, path: IssuePath) => {
    if (reservedIds.has(id)) issues.push(found(path, 'reservedKey', { value: id }));
    else if (seriesIds.has(id)) issues.push(found(path, 'duplicateId', { value: id }));
    seriesIds.add(id);
  };

  framework.traits.forEach((trait, index) => {
    const path = ['traits', index];
    claimSeriesId(trait.id, [...path, 'id']);
    const valid = trait.items.filter((ref, itemIndex) => checkItemRef(ref, [...path, 'items', itemIndex]));
    const cadences = new Set(valid.map((ref) => itemOf(framework, ref)?.instrument.cadence));
    if (cadences.size > 1) issues.push(found([...path, 'items'], 'mixedCadence'));
    const first = valid[0] ? rangeOfItem(valid[0]) : undefined;
    if (!valid.every((ref) => sameRange(first, rangeOfItem(ref)))) {
      issues.push(found([...path, 'items'], 'mixedScales'));
    }
  });

  const traitRange = (id: string): Range | undefined => {
    const trait = frameworkIndex(framework).traits.get(id);
    return trait?.items[0] ? rangeOfItem(trait.items[0]) : undefined;
  };
  framework.dimensions.forEach((dimension, index) => {
    const path = ['dimensions', index];
    claimSeriesId(dimension.id, [...path, 'id']);
    const ranges: Array<Range | undefined> = [];
    dimension.components.forEach((component, componentIndex) => {
      const refPath = [...path, 'components', componentIndex, 'ref'];
      if (component.kind === 'trait') {
        if (!frameworkIndex(framework).traits.has(component.ref)) {
          issues.push(found(refPath, 'unknownRef', { value: component.ref }));
        } else ranges.push(traitRange(component.ref));
      } else if (component.kind === 'item') {
        if (checkItemRef(component.ref, refPath)) ranges.push(rangeOfItem(component.ref));
      } else {
        const instrument = frameworkIndex(framework).instruments.get(component.ref);
        if (!instrument) issues.push(found(refPath, 'unknownRef', { value: component.ref }));
        else if (!instrument.scoring) issues.push(found(refPath, 'noScoring', { value: component.ref }));
        else ranges.push(scaleOf(framework, instrument));
      }
    });
    if (!ranges.every((range) => sameRange(ranges[0], range))) {
      issues.push(found([...path, 'components'], 'mixedScales'));
    }
    dimension.shows.forEach((id, showIndex) => {
      if (!frameworkIndex(framework).traits.has(id)) {
        issues.push(found([...path, 'shows', showIndex], 'unknownRef', { value: id }));
      }
    });
  });
  return issues;
}
