import {
  compareDateText,
  aggregate,
  changesSince,
  currentFocus,
  forAudience,
  isSelfReportedSeries,
  labelOf,
  lastConversation,
  maySeeSelfReport,
  notesBetween,
  recentDomainOf,
  resolveFramework,
  selectedSeriesIds,
  seriesOf,
  visibleRaterRoles,
  wholeDomainOf,
  rollingNow,
  type RollingPoint,
  type Aggregation,
  type Audience,
  type Change,
  type ConversationRecord,
  type DateDomain,
  type Framework,
  type LocalizedText,
  type Note,
  type ProgressData,
  type Series,
} from '../core/index.js';
import { chartsWords } from '../i18n/charts/words.js';
import { wordsFor } from '../i18n/locale.js';
import type { ChartsTranslation } from '../i18n/translation.js';

/** A rater role whose ratings may be shown apart. */
export type RaterView = 'company' | 'counsellor';

/**
 * What the charts need from one young person's data, for one audience and language: core's results
 * (aggregation, changes, notes, "last time", date domains), shown as core's audience policy decides.
 */
export class ProgressModel {
  readonly framework: Framework | undefined;
  readonly t: ChartsTranslation; // the charts' words in `locale` (the language the element resolved)
  /** The aggregation of everything this audience may see; undefined without data. */
  readonly aggregation: Aggregation | undefined;
  private readonly byRater = new Map<RaterView, Aggregation>();
  /** The data this audience may see, parsed (local dates); undefined without data. */
  readonly data: ProgressData | undefined;
  /** Whether self-reported series (resilience) may be shown to this audience now. */
  readonly showsSelfReport: boolean;
  /** The conversation records, oldest first. */
  readonly conversations: ReadonlyArray<ConversationRecord>;
  private readonly styles: ReadonlyMap<string, number>;
  private readonly whole: DateDomain | undefined;
  private readonly selections = new Map<string, ReadonlyArray<string>>();
  private readonly changes = new Map<string, ReadonlyArray<Change>>();

  static empty(locale: string): ProgressModel {
    return new ProgressModel(undefined, locale, 'conversation', false);
  }

  constructor(
    data: ProgressData | undefined,
    readonly locale: string,
    readonly audience: Audience,
    consent: boolean,
  ) {
    this.t = wordsFor(locale, chartsWords);
    this.showsSelfReport = maySeeSelfReport({ audience, resilienceConsent: consent });
    this.data = data ? forAudience(data, { audience, resilienceConsent: consent }) : undefined;
    this.framework = this.data ? resolveFramework(this.data.framework) : undefined;
    this.aggregation = this.data ? aggregate(this.data) : undefined;
    // The model never changes after this: what every render asks for is worked out once, here.
    this.conversations = [...(this.data?.conversations ?? [])].sort((a, b) =>
      compareDateText(a.date, b.date),
    );
    this.styles = styleOrderOf(this.framework, this.aggregation);
    const all = this.aggregation;
    this.whole = wholeDomainOf({
      series: all ? [all.dimensions, all.traits, all.items].flatMap((r) => Object.values(r)) : [],
      placements: this.placements,
      conversations: this.conversations,
    });
  }

  get participantName(): string {
    return this.data?.participant.displayName ?? '';
  }

  get placements(): ReadonlyArray<{ id: string; company: string; start: string; end?: string | undefined }> {
    return this.data?.placements ?? [];
  }

  /** The date of the previous conversation: where "since last time" starts (core's `lastConversation`). */
  get latestConversationDate(): string | undefined {
    return this.previousConversationDate();
  }

  /** The latest conversation dated before `before` (`YYYY-MM-DD`, not included), or the latest of all. */
  previousConversationDate(before?: string): string | undefined {
    return lastConversation({ conversations: this.conversations }, { before })?.date;
  }

  /**
   * The focus chosen in the latest conversation before `before` (`YYYY-MM-DD`, not included) that
   * chose one, with that conversation's date (core's `lastConversation`, as "last time" is found).
   */
  previousFocus(before?: string): { readonly id: string; readonly date: string } | undefined {
    const chosen = this.conversations.filter((c) => c.focus !== undefined);
    const last = lastConversation({ conversations: chosen }, { before });
    return last?.focus === undefined ? undefined : { id: last.focus, date: last.date };
  }

  /** The focus chosen in the latest conversation that chose one. */
  get latestFocus(): string | undefined {
    return this.data ? currentFocus(this.data) : undefined;
  }

  text(label: LocalizedText): string {
    return labelOf(label, this.locale);
  }

  /** The ids a `series` attribute names (`dimensions`, `traits`, or a comma-separated list) that this audience may see. */
  selection(word: string): ReadonlyArray<string> {
    let ids = this.selections.get(word);
    if (!ids) {
      ids = this.framework ? this.idsFor(selectedSeriesIds(this.framework, word)) : [];
      this.selections.set(word, ids);
    }
    return ids;
  }

  /** Of these ids, the series that exist and that this audience may see. */
  idsFor(ids: ReadonlyArray<string>): string[] {
    return ids.filter((id) => this.isVisible(id) && this.seriesById(id) !== undefined);
  }

  seriesById(id: string, source: Aggregation | undefined = this.aggregation): Series | undefined {
    return source ? seriesOf(source, id) : undefined;
  }

  labelOf(id: string, locale = this.locale): string {
    const series = this.seriesById(id);
    return series ? labelOf(series.label, locale) : id;
  }

  /** The style index (colour and marker) of a series: fixed per id, in the framework's order. */
  styleOf(id: string): number {
    return this.styles.get(id) ?? 0;
  }

  /** The rater roles this audience may see apart, with the aggregation of each. */
  raterAggregations(): Array<readonly [RaterView, Aggregation | undefined]> {
    return visibleRaterRoles({ audience: this.audience }).map((role) => [role, this.aggregationFor(role)]);
  }

  /**
   * The dates worth showing, inclusive: from the first rating, placement or conversation to the
   * end of the latest week or month rated (core's `wholeDomainOf`).
   */
  wholeDomain(): [string, string] | undefined {
    return this.whole ? [...this.whole] : undefined;
  }

  /** The last `months` months up to the latest date in the data. */
  recentDomain(months: number): [string, string] | undefined {
    const recent = recentDomainOf(this.whole, months);
    return recent ? [...recent] : undefined;
  }

  spansMoreThan(months: number, series: ReadonlyArray<unknown>): boolean {
    const recent = recentDomainOf(this.whole, months);
    return series.length > 0 && this.whole !== undefined && recent !== undefined && recent[0] > this.whole[0];
  }

  /** The latest day any of these series has a point for (the end of its period). */
  latestDate(ids: ReadonlyArray<string>): string | undefined {
    const ends = ids.map((id) => this.seriesById(id)?.points.at(-1)?.end ?? '');
    return ends.reduce((latest, end) => (end > latest ? end : latest), '') || undefined;
  }

  /** The framework's time zone, in which "today" and dates are read. */
  get timeZone(): string {
    return this.framework?.timeZone ?? 'Europe/Copenhagen';
  }

  /**
   * The change of every series the audience may see, since `since` (`YYYY-MM-DD`), up to `to`
   * when given, in the framework's order: core's one rule, rolling means at both anchors.
   */
  changesSince(since: string, to?: string): ReadonlyArray<Change> {
    if (!this.aggregation || !since) return [];
    const key = `${since}/${to ?? ''}`; // asked by the summary and every panel: worked out once
    let changes = this.changes.get(key);
    if (!changes) {
      const all = changesSince(this.aggregation, { from: since, to: to || undefined });
      this.changes.set(key, (changes = all.filter((c) => this.isVisible(c.id))));
    }
    return changes;
  }

  /** "Now" for the series `id`: core's rolling mean at its latest point starting by `to`. */
  nowOf(id: string, to?: string): RollingPoint | undefined {
    const series = this.seriesById(id);
    return series ? rollingNow(series, to) : undefined;
  }

  /** The written notes ("done well") from `from` to `to` (both `YYYY-MM-DD`, included), newest first. */
  notesBetween(from: string | undefined, to: string | undefined, item = 'done-well'): Note[] {
    return this.data ? notesBetween(this.data, { item, from, to }) : [];
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

  private isVisible(id: string): boolean {
    return this.showsSelfReport || !this.framework || !isSelfReportedSeries(this.framework, id);
  }
}

/** Colour and shape follow the framework's order (dimensions, traits, items), fixed per id. */
function styleOrderOf(
  framework: Framework | undefined,
  aggregation: Aggregation | undefined,
): Map<string, number> {
  const order = new Map<string, number>();
  if (!framework) return order;
  framework.dimensions.forEach((d, i) => order.set(d.id, i));
  framework.traits.forEach((t, i) => order.set(t.id, i));
  Object.keys(aggregation?.items ?? {}).forEach((id, i) => order.set(id, i));
  return order;
}
