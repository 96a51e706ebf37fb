/**
 * Looking things up in a framework: built-in frameworks by id, labels by locale, the series a
 * framework defines, scales and score bands. Read-only helpers; the checks are in
 * `check-framework.ts`.
 */
import { nextworkFramework } from './framework-nextwork.js';
import type { Cadence, Framework, Instrument, LocalizedText, Scale, ScoreBand } from '../format/schema.js';

/** The framework's default `changeWindow`: a month of weeks; months and half-years as they are. */
export const defaultChangeWindow: Readonly<Record<Cadence, number>> = { week: 4, month: 1, 'half-year': 1 };

export const builtinFrameworks: ReadonlyArray<Framework> = [nextworkFramework];

/** `resolveFramework('nextwork')` → the built-in framework; a framework object is returned as is. */
export function resolveFramework(ref: string | Framework | undefined): Framework | undefined {
  if (ref === undefined) return nextworkFramework;
  if (typeof ref !== 'string') return ref;
  return builtinFrameworks.find((framework) => framework.id === ref);
}

/**
 * `labelOf(text, locale)`: the text in `locale` (`da-DK` falls back to `da`), else English, else
 * Danish, else the first language given.
 */
export function labelOf(text: LocalizedText, locale = 'da'): string {
  return labelIn(text, locale) ?? text['en'] ?? text['da'] ?? Object.values(text)[0] ?? '';
}

/**
 * `labelIn(text, locale)`: the text in `locale` or its language (`ar-SY` → `ar`), or undefined:
 * a conversation's second line is left out rather than shown in another language.
 */
export function labelIn(text: LocalizedText, locale: string): string | undefined {
  const tag = locale.trim();
  const language = tag.split('-')[0] ?? tag;
  const own = (key: string) => (Object.hasOwn(text, key) ? text[key] : undefined);
  return own(tag) ?? own(tag.toLowerCase()) ?? own(language) ?? own(language.toLowerCase());
}

export type SeriesKind = 'trait' | 'dimension' | 'item';

export interface SeriesDefinition {
  readonly id: string;
  readonly kind: SeriesKind;
  readonly cadence: Cadence;
  readonly label: LocalizedText;
  /** The range of values, for axes and for the default steady threshold. */
  readonly scale: { readonly min: number; readonly max: number };
  /** How many periods its rolling mean spans: the framework's `changeWindow` for its cadence. */
  readonly window: number;
}

type Trait = Framework['traits'][number];
type Dimension = Framework['dimensions'][number];
type Item = Instrument['items'][number];

/**
 * A framework's lists by id, built once per framework object. Looking ids up in the lists inside
 * loops over the same lists made aggregation quadratic in their length; maps keep it linear.
 * On duplicate ids the first entry wins, as `Array#find` did.
 */
export interface FrameworkIndex {
  readonly traits: ReadonlyMap<string, Trait>;
  readonly dimensions: ReadonlyMap<string, Dimension>;
  readonly instruments: ReadonlyMap<string, Instrument>;
  readonly scales: ReadonlyMap<string, Scale>;
  /** `instrument.item` → the instrument and the item. */
  readonly items: ReadonlyMap<string, { readonly instrument: Instrument; readonly item: Item }>;
}

const indexCache = new WeakMap<Framework, FrameworkIndex>();

function byId<T extends { readonly id: string }>(list: ReadonlyArray<T>): Map<string, T> {
  const map = new Map<string, T>();
  for (const entry of list) if (!map.has(entry.id)) map.set(entry.id, entry);
  return map;
}

/** `frameworkIndex(framework)`: its traits, dimensions, instruments, scales and items by id. */
export function frameworkIndex(framework: Framework): FrameworkIndex {
  let index = indexCache.get(framework);
  if (!index) {
    const instruments = byId(framework.instruments);
    const items = new Map<string, { instrument: Instrument; item: Item }>();
    for (const instrument of instruments.values()) {
      for (const item of instrument.items) {
        const ref = `${instrument.id}.${item.id}`;
        if (!items.has(ref)) items.set(ref, { instrument, item });
      }
    }
    index = {
      traits: byId(framework.traits),
      dimensions: byId(framework.dimensions),
      instruments,
      scales: byId(framework.scales),
      items,
    };
    indexCache.set(framework, index);
  }
  return index;
}

function instrumentOf(framework: Framework, id: string): Instrument | undefined {
  return frameworkIndex(framework).instruments.get(id);
}

export function scaleOf(framework: Framework, instrument: Instrument): Scale | undefined {
  return frameworkIndex(framework).scales.get(instrument.scale);
}

/** The instrument and item an `instrument.item` ref names. */
export function itemOf(framework: Framework, ref: string) {
  return frameworkIndex(framework).items.get(ref);
}

const fallbackScale = { min: 1, max: 5 } as const;

function scaleRange(framework: Framework, instrument: Instrument | undefined) {
  const scale = instrument ? scaleOf(framework, instrument) : undefined;
  return scale ? { min: scale.min, max: scale.max } : fallbackScale;
}

/**
 * `changeWindowOf(framework, 'week')` → 4: how many periods of a cadence a rolling mean spans
 * (the framework's `changeWindow`, else 4 weeks, 1 month, 1 half-year).
 */
export function changeWindowOf(framework: Pick<Framework, 'changeWindow'>, cadence: Cadence): number {
  return framework.changeWindow?.[cadence] ?? defaultChangeWindow[cadence];
}

/** The rater role of the young person rating themselves (`nextwork`'s `self`). */
export const selfRole = 'self';

/** A trait as the young person reads it themselves: the trait and the item they rate it by. */
export interface SelfReading {
  readonly trait: Trait;
  readonly instrument: Instrument;
  /** `instrument.item`. */
  readonly ref: string;
}

const selfReadingsCache = new WeakMap<Framework, ReadonlyArray<SelfReading>>();

/**
 * `selfReadingsOf(framework)`: per trait (in the framework's order), the young person's own
 * reading of it, where the framework has one: a rated item bearing the trait's id in an instrument
 * only the young person fills in (rater roles all `self`; `nextwork`'s `self-weekly`). These items
 * are no series of their own and never enter a trait or a dimension, which stay the companies' and
 * counsellors' measure; `selfSeriesOf` gives them apart. The first such instrument wins.
 */
export function selfReadingsOf(framework: Framework): ReadonlyArray<SelfReading> {
  let readings = selfReadingsCache.get(framework);
  if (!readings) {
    const own = framework.instruments.filter(
      (instrument) =>
        instrument.raterRoles.length > 0 && instrument.raterRoles.every((role) => role === selfRole),
    );
    const list: SelfReading[] = [];
    for (const trait of framework.traits) {
      const instrument = own.find((candidate) =>
        candidate.items.some((item) => item.id === trait.id && item.kind === 'rating'),
      );
      if (instrument) list.push({ trait, instrument, ref: `${instrument.id}.${trait.id}` });
    }
    readings = list;
    selfReadingsCache.set(framework, readings);
  }
  return readings;
}

/** True for an `instrument.item` that is a young person's own reading of a trait. */
export function isSelfReading(framework: Framework, ref: string): boolean {
  return selfReadingsOf(framework).some((reading) => reading.ref === ref);
}

/**
 * `seriesDefinitions(framework)`: every series the framework defines, in a fixed order: traits,
 * dimensions, then every rated item as `instrument.item`, bar the young person's own readings of
 * the traits (`selfReadingsOf`), which are their own series (`selfSeriesOf`).
 */
export function seriesDefinitions(framework: Framework): SeriesDefinition[] {
  const selfReadings = new Set(selfReadingsOf(framework).map((reading) => reading.ref));
  const definitions: SeriesDefinition[] = [];
  for (const trait of framework.traits) {
    const first = trait.items[0] ? itemOf(framework, trait.items[0]) : undefined;
    definitions.push({
      id: trait.id,
      kind: 'trait',
      cadence: first?.instrument.cadence ?? 'week',
      label: trait.label,
      scale: scaleRange(framework, first?.instrument),
      window: changeWindowOf(framework, first?.instrument.cadence ?? 'week'),
    });
  }
  for (const dimension of framework.dimensions) {
    definitions.push({
      id: dimension.id,
      kind: 'dimension',
      cadence: dimension.cadence,
      label: dimension.label,
      scale: dimensionScale(framework, dimension.components[0]),
      window: changeWindowOf(framework, dimension.cadence),
    });
  }
  for (const instrument of framework.instruments) {
    for (const item of instrument.items) {
      if (item.kind !== 'rating' || selfReadings.has(`${instrument.id}.${item.id}`)) continue;
      definitions.push({
        id: `${instrument.id}.${item.id}`,
        kind: 'item',
        cadence: instrument.cadence,
        label: item.label,
        scale: scaleRange(framework, instrument),
        window: changeWindowOf(framework, instrument.cadence),
      });
    }
  }
  return definitions;
}

function dimensionScale(
  framework: Framework,
  component: Framework['dimensions'][number]['components'][number] | undefined,
) {
  if (!component) return fallbackScale;
  if (component.kind === 'score') return scaleRange(framework, instrumentOf(framework, component.ref));
  if (component.kind === 'item') return scaleRange(framework, itemOf(framework, component.ref)?.instrument);
  const trait = frameworkIndex(framework).traits.get(component.ref);
  const first = trait?.items[0] ? itemOf(framework, trait.items[0]) : undefined;
  return scaleRange(framework, first?.instrument);
}

/** `seriesIdsOf(framework)`: every id a `focus` or a chart's `series` may name. */
export function seriesIdsOf(framework: Framework): string[] {
  return seriesDefinitions(framework).map((definition) => definition.id);
}

/**
 * `selectedSeriesIds(framework, 'traits')`: the ids a chart's `series` attribute names, as a list,
 * worked out once: `dimensions` (also when empty), `traits`, or a comma-separated list of series
 * ids, of which the unknown ones are left out.
 */
export function selectedSeriesIds(framework: Framework, selection: string): string[] {
  const word = selection.trim() || 'dimensions';
  if (word === 'dimensions') return framework.dimensions.map((dimension) => dimension.id);
  if (word === 'traits') return framework.traits.map((trait) => trait.id);
  const known = new Set(seriesIdsOf(framework));
  return word
    .split(',')
    .map((id) => id.trim())
    .filter((id) => known.has(id));
}

/**
 * `seriesScaleOf(framework, id)`: the scale a series is rated on: an item's instrument's scale, a
 * trait's first item's, a dimension's first component's (components share a range, see
 * `check-framework.ts`).
 */
export function seriesScaleOf(framework: Framework, id: string, depth = 0): Scale | undefined {
  const index = frameworkIndex(framework);
  const itemRef = id.includes('.') ? id : index.traits.get(id)?.items[0];
  if (itemRef !== undefined) {
    const instrument = index.instruments.get(itemRef.split('.')[0] ?? '');
    return instrument ? index.scales.get(instrument.scale) : undefined;
  }
  const component = index.dimensions.get(id)?.components[0];
  // A dimension's component is a trait or an item, never a dimension; the depth only guards a cycle.
  if (!component || depth > 2) return undefined;
  if (component.kind === 'score') {
    const instrument = index.instruments.get(component.ref);
    return instrument ? index.scales.get(instrument.scale) : undefined;
  }
  return seriesScaleOf(framework, component.ref, depth + 1);
}

/** `chartScaleOf(framework, ids)`: the scale of the first of these series that has one, else the framework's first. */
export function chartScaleOf(framework: Framework, ids: ReadonlyArray<string>): Scale | undefined {
  for (const id of ids) {
    const scale = seriesScaleOf(framework, id);
    if (scale) return scale;
  }
  return framework.scales[0];
}

/**
 * `bandOf(framework, 'resilience-self-report', 4.33)` → the `high` band. Scores are compared after
 * rounding to two decimals, so a mean like 4.333… lands in 4.31–5.00 and never between bands.
 */
export function bandOf(framework: Framework, instrumentId: string, score: number): ScoreBand | undefined {
  const bands = instrumentOf(framework, instrumentId)?.scoring?.bands ?? [];
  const rounded = Math.round(score * 100) / 100;
  return bands.find((band) => rounded >= band.min && rounded <= band.max);
}

/** The label of a rater role (`company` → "Virksomhed"), or the id when the role is unknown. */
export function roleLabel(framework: Framework, roleId: string, locale = 'da'): string {
  const role = framework.roles.find((candidate) => candidate.id === roleId);
  return role ? labelOf(role.label, locale) : roleId;
}
