/**
 * What the young person's own page shows, worked out from the model of the `young-person`
 * audience (core's policy has already left out what they may not see): the companies' "done well"
 * notes, the focus and next step of the last conversation with the focus's change in plain words,
 * the traits now, and their own reading beside the company's. Every number and rule is core's.
 */
import {
  notesBetween,
  plainStepOf,
  rollingMean,
  rollingNow,
  selfSeriesOf,
  type PlainStep,
  type RollingPoint,
  type Series,
} from '../core/index.js';
import type { ChartsTranslation } from '../i18n/translation.js';
import { changeSentenceFor, type Voice } from './change-words.js';
import type { ProgressModel } from './progress-model.js';

/** A level as the page says it: the number (core's rolling mean "now"), its scale and its step. */
export interface OwnLevel {
  readonly now: RollingPoint;
  readonly step: PlainStep;
}

export interface OwnScale {
  readonly min: number;
  readonly max: number;
}

export interface OwnFocus {
  readonly id: string;
  readonly label: string;
  /** The conversation that chose it, `YYYY-MM-DD`. */
  readonly date: string;
  /** The young person's own words for what they will try, from that conversation. */
  readonly nextStep: string | undefined;
  readonly target: number | undefined;
  readonly scale: OwnScale;
  /** How the focus moved since the last conversation, one sentence by core's rule of change. */
  readonly moved: string;
}

export interface OwnTrait {
  readonly id: string;
  readonly label: string;
  readonly scale: OwnScale;
  readonly level: OwnLevel | undefined;
  /** The rolling means of the way there, for the small line. */
  readonly line: ReadonlyArray<number>;
}

export interface OwnReading {
  readonly id: string;
  readonly label: string;
  readonly scale: OwnScale;
  /** The young person's own reading now (their rolling mean). */
  readonly self: OwnLevel;
  /** The company's reading now; undefined when the company has not rated the trait. */
  readonly company: OwnLevel | undefined;
}

export interface OwnView {
  readonly notes: ReadonlyArray<{ readonly date: string; readonly text: string }>;
  readonly focus: OwnFocus | undefined;
  readonly traits: ReadonlyArray<OwnTrait>;
  readonly readings: ReadonlyArray<OwnReading>;
}

/** The words a change is said in for a scale's maximum (the i18n room's plain change words). */
export type PlainVoice = (max: number) => Voice;

const levelOf = (now: RollingPoint | undefined, scale: OwnScale): OwnLevel | undefined =>
  now ? { now, step: plainStepOf(now.value, scale) } : undefined;

const scaleOf = (series: Series): OwnScale => ({ min: series.scale.min, max: series.scale.max });

/** `ownViewOf(model, voice)`: the page's content for a `young-person` model, in the order it is shown. */
export function ownViewOf(model: ProgressModel, voice: PlainVoice, isOwnShown = true): OwnView {
  const data = model.data;
  if (!data) return { notes: [], focus: undefined, traits: [], readings: [] };
  const notes = notesBetween(data, { roles: ['company'] }).map(({ date, text }) => ({ date, text }));
  const traits = model.selection('traits').flatMap((id): OwnTrait[] => {
    const series = model.seriesById(id);
    if (!series) return [];
    const scale = scaleOf(series);
    const line = rollingMean(series).map((point) => point.value);
    return [{ id, label: model.text(series.label), scale, level: levelOf(rollingNow(series), scale), line }];
  });
  // The own readings only where the host's audience may see them (never a company's page).
  const own: Partial<ReturnType<typeof selfSeriesOf>> = isOwnShown ? selfSeriesOf(data) : {};
  const readings = (model.framework?.traits ?? []).flatMap((trait): OwnReading[] => {
    const series = own[trait.id];
    const scale = series ? scaleOf(series) : undefined;
    const self = series && scale ? levelOf(rollingNow(series), scale) : undefined;
    if (!series || !scale || !self) return [];
    const company = model.seriesById(trait.id);
    const companyLevel = company ? levelOf(rollingNow(company), scaleOf(company)) : undefined;
    return [{ id: trait.id, label: model.text(series.label), scale, self, company: companyLevel }];
  });
  return { notes, focus: focusOf(model, voice), traits, readings };
}

function focusOf(model: ProgressModel, voice: PlainVoice): OwnFocus | undefined {
  const chosen = model.previousFocus();
  if (!chosen) return undefined;
  const series = model.seriesById(chosen.id);
  const record = [...model.conversations]
    .reverse()
    .find((c) => c.date === chosen.date && c.focus === chosen.id);
  const label = model.labelOf(chosen.id);
  const scale = series ? scaleOf(series) : { min: 1, max: 5 };
  const since = model.latestConversationDate ?? chosen.date;
  const change = model.changesSince(since).find((c) => c.id === chosen.id);
  return {
    id: chosen.id,
    label,
    date: chosen.date,
    nextStep: record?.nextStep,
    target: record?.target,
    scale,
    moved: changeSentenceFor(model, voice(scale.max), label, change, since, chosen.id),
  };
}

/** The plain change words of `words` as a voice for a scale's maximum, in the model's language. */
export function plainVoiceOf(
  locale: string,
  words: Pick<ChartsTranslation, 'period'> & {
    readonly own: {
      readonly change: (max: string) => Voice['t']['summary'];
      readonly window: Voice['t']['window'];
    };
  },
  format: (value: number) => string,
): PlainVoice {
  return (max) => ({
    locale,
    t: { summary: words.own.change(format(max)), window: words.own.window, period: words.period },
  });
}
