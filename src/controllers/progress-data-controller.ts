import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  addDays,
  forAudience,
  isSelfReportedSeries,
  maySeeSelfReport,
  visibleRaterRoles,
  type Audience,
  aggregate,
  bandOf,
  changesSince,
  currentFocus,
  labelOf,
  notesBetween,
  parseProgressData,
  resolveFramework,
  type Aggregation,
  type Change,
  type ConversationRecord,
  type Framework,
  type LocalizedText,
  type Note,
  type ProgressData,
  type ScoreBand,
  type Series,
  type SeriesPoint,
} from '../core/index.js';
import type { InvalidDataIssue } from '../events/index.js';
import { formatDay, formatNumber, formatPeriod, translationFor, type Translation } from '../i18n/index.js';

export type { Audience };
export type RaterView = 'company' | 'counsellor';

/** One line of a chart: a series of the aggregation, with how it is drawn. */
export interface ChartSeries {
  /** Unique per drawn line: the series id, plus `@role` when raters are split. */
  readonly key: string;
  /** The series id in the framework (`initiative`, `work-readiness`, `weekly-company.punctuality`). */
  readonly id: string;
  readonly kind: Series['kind'];
  readonly cadence: Series['cadence'];
  readonly label: string;
  /** The label with the rater when raters are split ("Beslutsomhed (virksomhed)"). */
  readonly legendLabel: string;
  readonly rater?: RaterView | undefined;
  readonly points: ReadonlyArray<SeriesPoint>;
  /** Colour (0–5) and marker shape, fixed per series id so they never swap when one is hidden. */
  readonly colorIndex: number;
  readonly shapeIndex: number;
}

/** What a dimension card shows. */
export interface DimensionCard {
  readonly id: string;
  readonly label: string;
  readonly cadence: Series['cadence'];
  readonly points: ReadonlyArray<SeriesPoint>;
  readonly scaleMin: number;
  readonly scaleMax: number;
  readonly change: Change | undefined;
  readonly band: { readonly id: ScoreBand['id']; readonly label: string } | undefined;
  readonly isThin: boolean;
}

export interface ValueScale {
  readonly min: number;
  readonly max: number;
  readonly step: number;
  /** The scale's word for a value ("Altid"), or the number. */
  labelOf(value: number): string;
}

export type ProgressResult =
  | { readonly status: 'invalid'; readonly issues: ReadonlyArray<InvalidDataIssue> }
  | { readonly status: 'ready'; readonly model: ProgressModel };

export interface ProgressDataControllerOptions {
  readonly data: () => unknown;
  readonly locale: () => string;
  readonly audience: () => Audience;
  /** In a conversation: the young person agreed to show their self-reported resilience this time (default: no). */
  readonly consent?: () => boolean;
}

/**
 * Validates an element's `data`, applies who is looking (`audience`), and aggregates — once per
 * change of data, locale or audience, not on every render. Invalid data never reaches a chart: the
 * element gets the issues and fires `spor-invalid-data` once per new input.
 */
export class ProgressDataController implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly options: ProgressDataControllerOptions;
  private inputs: readonly [unknown, string, Audience, boolean] | undefined;
  private current: ProgressResult = { status: 'invalid', issues: [] };

  constructor(host: ReactiveControllerHost & HTMLElement, options: ProgressDataControllerOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostUpdate(): void {
    const inputs = [
      this.options.data(),
      this.options.locale(),
      this.options.audience(),
      this.options.consent?.() ?? false,
    ] as const;
    if (this.inputs && inputs.every((value, i) => value === this.inputs?.[i])) return;
    const isNewData = this.inputs?.[0] !== inputs[0];
    this.inputs = inputs;
    this.current = this.compute(...inputs);
    if (this.current.status === 'invalid' && isNewData && inputs[0] !== undefined) {
      this.host.dispatchEvent(
        new CustomEvent('spor-invalid-data', {
          bubbles: true,
          composed: true,
          detail: { issues: this.current.issues },
        }),
      );
    }
  }

  get result(): ProgressResult {
    return this.current;
  }

  private compute(data: unknown, locale: string, audience: Audience, consent: boolean): ProgressResult {
    if (data === undefined || data === null) {
      return { status: 'ready', model: ProgressModel.empty(locale) };
    }
    // A conversation view shows the same data in several elements: validate and aggregate it once.
    const key = `${locale}|${audience}|${consent}`;
    const cache = typeof data === 'object' ? results.get(data) : undefined;
    const cached = cache?.get(key);
    if (cached) return cached;
    const result = this.computeUncached(data, locale, audience, consent);
    if (typeof data === 'object') {
      const perData = cache ?? new Map<string, ProgressResult>();
      perData.set(key, result);
      results.set(data, perData);
    }
    return result;
  }

  private computeUncached(
    data: unknown,
    locale: string,
    audience: Audience,
    consent: boolean,
  ): ProgressResult {
    try {
      const parsed = parseProgressData(data, { locale });
      if (!parsed.ok) return { status: 'invalid', issues: parsed.issues };
      return { status: 'ready', model: new ProgressModel(parsed.data, locale, audience, consent) };
    } catch (error) {
      // parseProgressData promises not to throw; if something below it ever does, the host page
      // still gets an error state and an event, not an exception.
      const message = error instanceof Error ? error.message : String(error);
      return { status: 'invalid', issues: [{ path: [], message }] };
    }
  }
}

/**
 * Results by data object, then by `locale|audience`. Weak: when the host drops its data, the
 * results go too. Hosts replace the data object to change it (as Lit and every framework expect),
 * so a cached result never goes stale.
 */
const results = new WeakMap<object, Map<string, ProgressResult>>();

const traitsWord = 'traits';
const dimensionsWord = 'dimensions';

/**
 * What the charts need from one young person's data, for one audience and language: the series
 * to draw, their scale and labels, placements, conversations, and the change since a date.
 */
export class ProgressModel {
  readonly framework: Framework | undefined;
  readonly t: Translation;
  private readonly all: Aggregation | undefined;
  private readonly byRater = new Map<RaterView, Aggregation>();
  private readonly data: ProgressData | undefined;
  /** Whether self-reported series (resilience) may be shown to this audience now. */
  readonly showsSelfReport: boolean;
  /** The conversation records, oldest first. */
  readonly conversations: ReadonlyArray<ConversationRecord>;
  private readonly styles: ReadonlyMap<string, number>;
  private readonly whole: [string, string] | undefined;

  static empty(locale: string): ProgressModel {
    return new ProgressModel(undefined, locale, 'conversation', false);
  }

  constructor(
    data: ProgressData | undefined,
    readonly locale: string,
    readonly audience: Audience,
    consent: boolean,
  ) {
    this.t = translationFor(locale);
    this.showsSelfReport = maySeeSelfReport({ audience, resilienceConsent: consent });
    this.data = data ? forAudience(data, { audience, resilienceConsent: consent }) : undefined;
    this.framework = this.data ? resolveFramework(this.data.framework) : undefined;
    this.all = this.data ? aggregate(this.data) : undefined;
    // The model never changes after this: what every render asks for is worked out once, here.
    this.conversations = [...(this.data?.conversations ?? [])].sort((a, b) => a.date.localeCompare(b.date));
    this.styles = this.styleOrder();
    this.whole = this.computeWholeDomain();
  }

  get participantName(): string {
    return this.data?.participant.displayName ?? '';
  }

  get placements(): ReadonlyArray<{ id: string; company: string; start: string; end?: string | undefined }> {
    return this.data?.placements ?? [];
  }

  get latestConversationDate(): string | undefined {
    return this.conversations.at(-1)?.date;
  }

  /** The focus chosen in the latest conversation that chose one. */
  get latestFocus(): string | undefined {
    return this.data ? currentFocus(this.data) : undefined;
  }

  text(label: LocalizedText): string {
    return labelOf(label, this.locale);
  }

  /** The ids a selection names: `dimensions`, `traits`, or a comma-separated list. */
  idsFor(selection: string): string[] {
    const framework = this.framework;
    if (!framework) return [];
    const word = selection.trim() || dimensionsWord;
    if (word === dimensionsWord)
      return framework.dimensions.map((d) => d.id).filter((id) => this.isVisible(id));
    if (word === traitsWord) return framework.traits.map((t) => t.id);
    return word
      .split(',')
      .map((id) => id.trim())
      .filter((id) => id !== '' && this.isVisible(id) && this.seriesById(id) !== undefined);
  }

  seriesById(id: string, source: Aggregation | undefined = this.all): Series | undefined {
    if (!source) return undefined;
    return source.dimensions[id] ?? source.traits[id] ?? source.items[id];
  }

  labelOf(id: string): string {
    const series = this.seriesById(id);
    return series ? this.text(series.label) : id;
  }

  /** The lines to draw for a selection; with `splitRaters`, one per rater role that rated it. */
  seriesFor(selection: string, { splitRaters = false } = {}): ChartSeries[] {
    const ids = this.idsFor(selection);
    const order = this.styles;
    return ids.flatMap((id) => {
      const series = this.seriesById(id);
      if (!series) return [];
      const style = order.get(id) ?? 0;
      const base = {
        id,
        kind: series.kind,
        cadence: series.cadence,
        label: this.text(series.label),
        colorIndex: style % 6,
        shapeIndex: style,
      };
      if (!splitRaters) return [{ ...base, key: id, legendLabel: base.label, points: series.points }];
      const roles: RaterView[] = visibleRaterRoles({ audience: this.audience });
      const split = roles.flatMap((role) => {
        const points = this.seriesById(id, this.aggregationFor(role))?.points ?? [];
        return points.length === 0
          ? []
          : [
              {
                ...base,
                key: `${id}@${role}`,
                rater: role,
                legendLabel: `${base.label} (${this.t.chart.raters[role]})`,
                points,
              },
            ];
      });
      return split.length > 1
        ? split
        : [{ ...base, key: id, legendLabel: base.label, points: series.points }];
    });
  }

  /** The scale the given series are drawn on (the framework's first scale when they share none). */
  scaleFor(ids: ReadonlyArray<string>): ValueScale {
    const framework = this.framework;
    const scaleId = ids.map((id) => this.scaleIdOf(id)).find((s) => s !== undefined);
    const scale = framework?.scales.find((s) => s.id === scaleId) ?? framework?.scales[0];
    const min = scale?.min ?? 1;
    const max = scale?.max ?? 5;
    const span = max - min;
    return {
      min,
      max,
      step: span > 6 ? Math.ceil(span / 5) : (scale?.step ?? 1) >= 1 ? (scale?.step ?? 1) : 1,
      labelOf: (value) => {
        const label = scale?.labels.find((l) => l.value === value)?.label;
        return label ? this.text(label) : formatNumber(this.locale, value, 0);
      },
    };
  }

  titleFor(selection: string): string {
    const word = selection.trim() || dimensionsWord;
    const name = this.participantName;
    if (word === traitsWord) return this.t.chart.titleTraits(name);
    if (word === dimensionsWord) return this.t.chart.titleDimensions(name);
    return this.t.chart.titleSeries(name);
  }

  /**
   * The dates worth showing, inclusive: from the first rating, placement or conversation to the
   * end of the latest week or month rated (a half-year step is cut there rather than stretching
   * the axis months into the future).
   */
  wholeDomain(): [string, string] | undefined {
    return this.whole;
  }

  private computeWholeDomain(): [string, string] | undefined {
    const series = this.all
      ? [
          ...Object.values(this.all.dimensions),
          ...Object.values(this.all.traits),
          ...Object.values(this.all.items),
        ]
      : [];
    const starts: string[] = [];
    const ends: string[] = [];
    const halfYearEnds: string[] = [];
    for (const s of series) {
      const first = s.points[0];
      const last = s.points.at(-1);
      if (first) starts.push(first.start);
      if (last) (s.cadence === 'half-year' ? halfYearEnds : ends).push(last.end);
    }
    for (const p of this.placements) starts.push(p.start);
    for (const c of this.conversations) ends.push(c.date);
    const end = latestOf(ends) ?? latestOf(halfYearEnds) ?? latestOf(this.placements.map((p) => p.start));
    const start = earliestOf(starts) ?? end;
    return start && end ? [start, end] : undefined;
  }

  /** The last `months` months up to the latest date in the data. */
  recentDomain(months: number): [string, string] | undefined {
    const whole = this.wholeDomain();
    if (!whole) return undefined;
    const [y = 1970, m = 1, d = 1] = whole[1].split('-').map(Number);
    const start = new Date(Date.UTC(y, m - 1 - months, d + 1)).toISOString().slice(0, 10);
    return [start > whole[0] ? start : whole[0], whole[1]];
  }

  spansMoreThan(months: number, series: ReadonlyArray<ChartSeries>): boolean {
    const whole = this.wholeDomain();
    const recent = this.recentDomain(months);
    return series.length > 0 && whole !== undefined && recent !== undefined && recent[0] > whole[0];
  }

  /** Per series: the latest value and the change since `since`, in words. */
  summary(series: ReadonlyArray<ChartSeries>, since: string): string[] {
    if (!this.all) return [];
    const changes = this.changesSince(since);
    const year = Number((this.wholeDomain()?.[1] ?? '').slice(0, 4)) || undefined;
    const sinceText = since ? formatDay(this.locale, since, year) : '';
    const n = (value: number) => formatNumber(this.locale, value);
    return series
      .filter((s) => !s.rater)
      .map((s) => {
        const change = changes.find((c) => c.id === s.id);
        const latest = s.points.at(-1);
        if (!latest) return this.t.summary.noData(s.label);
        if (!change || !since)
          return this.t.summary.latest(s.label, n(latest.value), formatPeriod(this.locale, latest.period));
        switch (change.direction) {
          case 'rose':
          case 'steady':
          case 'dipped':
            return this.t.summary[change.direction](
              s.label,
              n(change.before ?? 0),
              n(change.after ?? 0),
              sinceText,
            );
          case 'new':
            return this.t.summary.new(s.label, n(change.after ?? latest.value));
          case 'none':
            return this.t.summary.none(s.label, n(change.before ?? latest.value), sinceText);
        }
      });
  }

  /** One card per dimension the audience may see: its series, scale, change and band. */
  dimensionCards(since: string): DimensionCard[] {
    const framework = this.framework;
    if (!framework || !this.all) return [];
    const changes = since ? changesSince(this.all, { from: since }) : [];
    return this.idsFor(dimensionsWord).flatMap((id) => {
      const series = this.all?.dimensions[id];
      const dimension = framework.dimensions.find((d) => d.id === id);
      if (!series || !dimension) return [];
      const scale = this.scaleFor([id]);
      const latest = series.points.at(-1);
      const scored = dimension.components.find((c) => c.kind === 'score');
      const band = scored && latest ? bandOf(framework, scored.ref, latest.value) : undefined;
      return [
        {
          id,
          label: this.text(series.label),
          cadence: series.cadence,
          points: series.points,
          scaleMin: scale.min,
          scaleMax: scale.max,
          change: changes.find((c) => c.id === id),
          band: band ? { id: band.id, label: this.text(band.label) } : undefined,
          // Thin: the latest value misses part of its components, or rests on a single rating.
          isThin: latest !== undefined && (latest.coverage < 1 || latest.count < 2),
        },
      ];
    });
  }

  /**
   * The mean of all ratings of a series dated in the `days` days up to and including `date`
   * (weighted by the number of ratings behind each point, so it equals the mean of the ratings).
   */
  windowMean(id: string, date: string, days: number): number | null {
    const series = this.seriesById(id);
    if (!series) return null;
    const from = addDays(date, -days);
    let sum = 0;
    let count = 0;
    for (const point of series.points) {
      if (point.end <= from || point.end > date) continue;
      sum += point.value * point.count;
      count += point.count;
    }
    return count === 0 ? null : sum / count;
  }

  /** The latest day any of these series has a point for (the end of its period). */
  latestDate(ids: ReadonlyArray<string>): string | undefined {
    let latest: string | undefined;
    for (const id of ids) {
      const end = this.seriesById(id)?.points.at(-1)?.end;
      if (end && (!latest || end > latest)) latest = end;
    }
    return latest;
  }

  /** The framework's time zone, in which "today" and dates are read. */
  get timeZone(): string {
    return this.framework?.timeZone ?? 'Europe/Copenhagen';
  }

  /** The change of every series the audience may see, since `since` (`YYYY-MM-DD`), in the framework's order. */
  changesSince(since: string): Change[] {
    if (!this.all || !since) return [];
    return changesSince(this.all, { from: since }).filter((c) => this.isVisible(c.id));
  }

  /** The written notes ("done well") from `from` to `to` (both `YYYY-MM-DD`, included), newest first. */
  notesBetween(from: string | undefined, to: string | undefined, item = 'done-well'): Note[] {
    return this.data ? notesBetween(this.data, { item, from, to }) : [];
  }

  /** True for a series only the young person rates about themselves (resilience): health-like data. */
  isSelfReported(id: string): boolean {
    return this.framework ? isSelfReportedSeries(this.framework, id) : false;
  }

  private aggregationFor(role: RaterView): Aggregation | undefined {
    if (!this.data) return undefined;
    let cached = this.byRater.get(role);
    if (!cached) {
      cached = aggregate(this.data, { roles: [role] });
      this.byRater.set(role, cached);
    }
    return cached;
  }

  private scaleIdOf(id: string): string | undefined {
    const framework = this.framework;
    if (!framework) return undefined;
    const itemRef = id.includes('.') ? id : framework.traits.find((t) => t.id === id)?.items[0];
    if (itemRef) return framework.instruments.find((i) => i.id === itemRef.split('.')[0])?.scale;
    const dimension = framework.dimensions.find((d) => d.id === id);
    const component = dimension?.components[0];
    if (!component) return undefined;
    if (component.kind === 'score') return framework.instruments.find((i) => i.id === component.ref)?.scale;
    return this.scaleIdOf(component.ref);
  }

  /** Colour and shape follow the framework's order (dimensions, traits, items), fixed per id. */
  private styleOrder(): Map<string, number> {
    const order = new Map<string, number>();
    const framework = this.framework;
    if (!framework) return order;
    framework.dimensions.forEach((d, i) => order.set(d.id, i));
    framework.traits.forEach((t, i) => order.set(t.id, i));
    Object.keys(this.all?.items ?? {}).forEach((id, i) => order.set(id, i));
    return order;
  }

  private isVisible(id: string): boolean {
    return this.showsSelfReport || !this.isSelfReported(id);
  }
}

function latestOf(dates: ReadonlyArray<string>): string | undefined {
  return dates.reduce<string | undefined>(
    (latest, d) => (latest === undefined || d > latest ? d : latest),
    undefined,
  );
}

function earliestOf(dates: ReadonlyArray<string>): string | undefined {
  return dates.reduce<string | undefined>(
    (earliest, d) => (earliest === undefined || d < earliest ? d : earliest),
    undefined,
  );
}
