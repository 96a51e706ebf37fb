/**
 * The chart beside the guide: which area it draws strongest, which lines it draws with it, its
 * title, and whether a new one is said in the view's live region.
 */
import type { ProgressModel } from '../../controllers/progress-model.js';
import { isolate } from '../../internal/bidi.js';
import type { ConversationTranslation } from '../../i18n/translation.js';

/** The area the trend chart draws strongest: the one being chosen, else the last conversation's. */
export function candidateOf(
  purpose: string,
  focusChoice: string | undefined,
  model: ProgressModel,
): string | undefined {
  return purpose === 'focus' ? focusChoice : (focusChoice ?? model.latestFocus);
}

/** The lines drawn with a candidate area: its dimension's neighbours, so it stands out among them. */
export function seriesAround(model: ProgressModel, id: string, dimensions: string): string {
  const kind = model.seriesById(id)?.kind;
  if (kind === 'dimension') return dimensions;
  if (kind === 'trait') return 'traits';
  const parent = model.framework?.dimensions.find((d) => d.components.some((c) => c.ref === id));
  return parent ? `${parent.id},${id}` : id;
}

/**
 * The title of the chart beside the guide (host text marked by `isolate`): the star's, or the
 * trend chart's naming the area it draws strongest, on every step that draws one.
 */
export function chartTitleOf(
  t: ConversationTranslation,
  model: ProgressModel,
  isPair: boolean,
  candidate: string | undefined,
): string {
  if (isPair) return t.conversation.starTitle;
  return candidate
    ? t.conversation.focusTrendTitle(isolate(model.labelOf(candidate)))
    : t.conversation.trendTitle;
}

/** A chart as drawn: its title, for whom, in which language, on which kind of step. */
export interface ChartShown {
  readonly title: string;
  readonly person: string;
  readonly locale: string;
  readonly purpose: string;
}

/**
 * What the live region does when the chart is `next` after `last`: `same` (nothing changed),
 * `silence` (the host's change: the first draw, a restored draft, another person or language),
 * `say` (the conversation moved to another chart) or `after-pause` (another area chosen on the
 * focus step: arrow keys run through them, so it is said once they rest).
 */
export function announcementOf(
  last: ChartShown | undefined,
  next: ChartShown,
  isMovedInGuide: boolean,
): 'same' | 'silence' | 'say' | 'after-pause' {
  if (last?.title === next.title && last.person === next.person && last.locale === next.locale) return 'same';
  if (!isMovedInGuide || last?.person !== next.person || last.locale !== next.locale) return 'silence';
  return next.purpose === 'focus' && last.purpose === 'focus' ? 'after-pause' : 'say';
}
