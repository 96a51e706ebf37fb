/**
 * What the trait star shows, decided once: the traits on its axes with their value now and at the
 * last conversation, which changes are marked, and the words of its caption, labels and readout.
 */
import { shownDeltaOf, type Change } from '../core/index.js';
import { nowValueOf } from '../core/progress/conversation-rules.js';
import { formatDay, formatNumber } from '../i18n/locale.js';
import type { ChartsTranslation } from '../i18n/translation.js';
import { selfNowOf } from './own-reading.js';
import type { ProgressModel } from './progress-model.js';

/** One axis of the star: a trait, its value now and at the last conversation. */
export interface TraitValue {
  readonly id: string;
  readonly label: string;
  readonly now: number | null;
  readonly before: number | null;
  readonly delta: number | null;
  /** Core's change since the last conversation, when there is one. */
  readonly change: Change | undefined;
  /** Among the largest changes: drawn bold, with its change next to the label. */
  readonly isMarked: boolean;
  /** The young person's own reading now (`show-self`, where the audience may see it), else null. */
  readonly self: number | null;
}

/** What the star shows for one model. */
export interface StarValues {
  /** "Now", `YYYY-MM-DD`, or `''` when there are no ratings. */
  readonly now: string;
  /** The date compared with, or `''` when there is no earlier conversation. */
  readonly since: string;
  readonly values: ReadonlyArray<TraitValue>;
}

/** How many of the largest rises and dips are marked. */
export const markedCount = 2;

/**
 * The star for `selection` (a list of series ids or `traits`): "now" is `date` or the latest
 * rating, and it is compared with `since` or the latest conversation before now.
 */
export function starValuesOf(
  model: ProgressModel,
  options: {
    readonly selection: string;
    readonly date: string;
    readonly since: string;
    readonly showSelf?: boolean;
  },
): StarValues {
  const ids = model.selection(options.selection);
  const now = options.date || model.latestDate(ids) || '';
  const since = options.since || model.previousConversationDate(now) || '';
  const values = traitValuesOf(model, ids, now, since);
  if (!options.showSelf) return { now, since, values };
  return { now, since, values: values.map((v) => ({ ...v, self: selfNowOf(model, v.id, now) })) };
}

/** Whether any axis has an own reading to draw. */
export function hasSelf(values: ReadonlyArray<TraitValue>): boolean {
  return values.some((v) => v.self !== null);
}

/**
 * The values on the axes, by core's one rule: "now" and "last time" are the rolling means the
 * guide and the chart's summary also say; the marked traits are the largest rises and dips.
 */
export function traitValuesOf(
  model: ProgressModel,
  ids: ReadonlyArray<string>,
  now: string,
  since: string,
): TraitValue[] {
  const changes = since ? model.changesSince(since, now) : [];
  const raw = ids.map((id) => {
    const change = changes.find((c) => c.id === id);
    return {
      id,
      label: model.labelOf(id),
      change,
      // Without a newer point than last time, "now" is still what was last seen.
      now: nowValueOf(change, model.nowOf(id, now)) ?? null,
      before: change?.before ?? null,
      // The change as its two shown values say it (core's shownDeltaOf); the order stays on the exact delta.
      delta: change ? shownDeltaOf(change) : null,
      exactDelta: change?.delta ?? null,
    };
  });
  const marked = new Set(
    raw
      .filter((v) => v.change?.direction === 'rose' || v.change?.direction === 'dipped')
      .sort((a, b) => Math.abs(b.exactDelta ?? 0) - Math.abs(a.exactDelta ?? 0))
      .slice(0, markedCount)
      .map((v) => v.id),
  );
  return raw.map((v) => ({ ...v, isMarked: marked.has(v.id), self: null }));
}

/** The star's caption: the traits' own window (the framework's) and the date compared with. */
export function starCaptionOf(
  t: ChartsTranslation,
  locale: string,
  model: ProgressModel,
  star: StarValues,
): string {
  const first = star.values[0] ? model.seriesById(star.values[0].id) : undefined;
  const window = t.window.last(first?.window ?? 1, first?.cadence ?? 'week');
  return star.since
    ? t.star.caption(window, formatDay(locale, star.since, Number(star.now.slice(0, 4))))
    : t.star.captionNoConversation(window);
}

/** A value as the star writes it: one decimal, `–` for none. */
export function starNumber(locale: string, value: number | null): string {
  return value === null ? '–' : formatNumber(locale, value);
}

/** A change with its sign: `+0,5`, `−0,3`, `±0,0`. */
export function signedChange(locale: string, delta: number): string {
  const text = formatNumber(locale, Math.abs(delta));
  return delta > 0 ? `+${text}` : delta < 0 ? `−${text}` : `±${text}`;
}

/** The value line under an axis name: now, and the change when the trait is marked. */
export function axisValueTextOf(locale: string, value: TraitValue): string {
  const now = starNumber(locale, value.now);
  return value.isMarked && value.delta !== null ? `${now} ${signedChange(locale, value.delta)}` : now;
}

/**
 * An axis label's width, px, estimated from its characters (the drawing is laid out before any
 * text is measured): about 0.55 em a character at 13 px, 0.63 em in bold, 0.6 em for the value.
 */
export function labelWidthOf(locale: string, value: TraitValue): number {
  const name = value.label.length * (value.isMarked ? 8.2 : 7.2);
  return Math.max(name, axisValueTextOf(locale, value).length * 7.2);
}

/** One trait in words, for the readout under the star and the polite announcement. */
export function starReadoutOf(t: ChartsTranslation, locale: string, value: TraitValue): string {
  const [now, before] = [starNumber(locale, value.now), starNumber(locale, value.before)];
  return value.self === null
    ? t.star.readout(value.label, now, before)
    : t.star.readoutSelf(value.label, now, starNumber(locale, value.self), before);
}
