/**
 * The rules a conversation shows by: which changes it spells out and in what order, what "now" is
 * for an area, whether the young person is asked about resilience, and the record a draft makes.
 * Pure: the guide asks, and says the results in words (`controllers/conversation-words.ts`).
 */
import { seriesScaleOf } from '../framework/framework.js';
import { isSelfReportedSeries, maySeeSelfReport, type Viewer } from '../people/audience.js';
import type { Change } from './changes.js';
import type { RollingPoint } from './rolling.js';
import type { ConversationRecord, Framework, PromptSet } from '../format/schema.js';

/** How many rises and dips a list of changes shows first; the rest wait behind "Show all". */
export const shownChangeCaps = { rises: 3, dips: 2 } as const;

/** The changes a prompt lists: the largest rises and dips first, the rest behind "Show all". */
export interface ShownChanges {
  /** The largest rises first, at most `shownChangeCaps.rises`. */
  readonly rises: ReadonlyArray<Change>;
  /** The largest dips first, at most `shownChangeCaps.dips`. */
  readonly dips: ReadonlyArray<Change>;
  /** Every steady one, in the order given (the framework's). */
  readonly steady: ReadonlyArray<Change>;
  /** How many rises and dips are left out of the first lines. */
  readonly more: number;
  /**
   * What "Show all" adds, in order: the rises left out (largest first), the dips left out
   * (largest first), then the steady ones.
   */
  readonly rest: ReadonlyArray<Change>;
}

/**
 * `shownChangesOf(changes)`: the 3 largest rises, then the 2 largest dips, shown first; the rest
 * (the other rises and dips, then the steady ones) behind one "Show all". A new series and one not
 * measured since are not changes a person compares, and are not listed.
 */
export function shownChangesOf(changes: ReadonlyArray<Change>): ShownChanges {
  const rises = changes.filter((c) => c.direction === 'rose').sort((a, b) => (b.delta ?? 0) - (a.delta ?? 0));
  const dips = changes
    .filter((c) => c.direction === 'dipped')
    .sort((a, b) => (a.delta ?? 0) - (b.delta ?? 0));
  const steady = changes.filter((c) => c.direction === 'steady');
  const shownRises = rises.slice(0, shownChangeCaps.rises);
  const shownDips = dips.slice(0, shownChangeCaps.dips);
  return {
    rises: shownRises,
    dips: shownDips,
    steady,
    more: rises.length - shownRises.length + dips.length - shownDips.length,
    rest: [...rises.slice(shownRises.length), ...dips.slice(shownDips.length), ...steady],
  };
}

/**
 * `nowValueOf(change, rolling)`: "now" for an area, as the star reads it: the change's newer side,
 * or else the rolling mean at the latest point (`rollingNow`) when nothing newer than last time
 * was rated; undefined when the area has no value.
 */
export function nowValueOf(
  change: Pick<Change, 'after'> | undefined,
  rolling: Pick<RollingPoint, 'value'> | undefined,
): number | undefined {
  return change?.after ?? rolling?.value;
}

/**
 * `isConsentAsked(framework, viewer)`: the young person is asked about resilience where their
 * answer changes what this viewer may see (in a conversation; a company never sees it, a
 * counsellor always does) and the framework has a self-reported dimension.
 */
export function isConsentAsked(framework: Framework | undefined, viewer: Viewer): boolean {
  const isAnswerAsked =
    maySeeSelfReport({ ...viewer, resilienceConsent: true }) &&
    !maySeeSelfReport({ ...viewer, resilienceConsent: false });
  return (
    isAnswerAsked && !!framework && framework.dimensions.some((d) => isSelfReportedSeries(framework, d.id))
  );
}

/** What a conversation holds so far: the answers, the area chosen and the young person's answer. */
export interface ConversationDraftRecord {
  /** The record's id, made once per draft so that finishing twice hands over the same record. */
  readonly id: string;
  /** Prompt id → what was written. */
  readonly answers: Readonly<Record<string, string>>;
  /** The chosen focus series id, when one is chosen. */
  readonly focus?: string | undefined;
  /** The young person agreed to show resilience, for this conversation. */
  readonly isResilienceShown: boolean;
  /** What the young person will try until the next conversation, in their own words. */
  readonly nextStep?: string | undefined;
  /** The level they aim for on the focus series' scale, when they want one. */
  readonly target?: number | undefined;
}

/**
 * `recordOf(draft, promptSet, date, { trim })`: the record a draft makes: answers trimmed (unless
 * `trim` is false), empty ones left out, the focus only where the prompt set asks for one, and
 * with it (asked at the same prompt) the next step, trimmed and left out when empty, and the
 * target, which needs a focus.
 */
export function recordOf(
  draft: ConversationDraftRecord,
  promptSet: PromptSet,
  date: string,
  { trim = true } = {},
): ConversationRecord {
  const answers: Record<string, string> = {};
  for (const prompt of promptSet.prompts) {
    const text = draft.answers[prompt.id] ?? '';
    const kept = trim ? text.trim() : text;
    if (kept !== '') answers[prompt.id] = kept;
  }
  const asksFocus = promptSet.prompts.some((prompt) => prompt.purpose === 'focus');
  const nextStep = trim ? draft.nextStep?.trim() : draft.nextStep;
  const hasFocus = asksFocus && draft.focus !== undefined;
  return {
    id: draft.id,
    date,
    promptSet: promptSet.id,
    answers,
    ...(hasFocus ? { focus: draft.focus } : {}),
    ...(asksFocus && nextStep ? { nextStep } : {}),
    ...(hasFocus && draft.target !== undefined ? { target: draft.target } : {}),
  };
}

/**
 * `conversationRecordOf(draft, promptSet, date, options)`: the record as this viewer may hand it
 * on: a focus they may not see (`isShown`) is left out, and its target with it; a target is kept
 * only where it lies on the focus series' scale in the `framework` (a focus changed after the
 * target was set may have another); the young person's consent is said only where it was asked
 * and given (absent is "no"), so the printed summary of the conversation shows resilience exactly
 * when the conversation did.
 */
export function conversationRecordOf(
  draft: ConversationDraftRecord,
  promptSet: PromptSet,
  date: string,
  options: {
    readonly trim?: boolean;
    readonly isShown: (id: string) => boolean;
    readonly isConsentAsked: boolean;
    /** The framework the focus and its scale are read in; without one, no target is kept. */
    readonly framework?: Framework | undefined;
  },
): ConversationRecord {
  const { focus, target, ...record } = recordOf(draft, promptSet, date, { trim: options.trim ?? true });
  const consent = draft.isResilienceShown && options.isConsentAsked ? { resilienceConsent: true } : {};
  if (focus === undefined || !options.isShown(focus)) return { ...record, ...consent };
  const isKept = target !== undefined && isTargetOnScale(options.framework, focus, target);
  return { ...record, focus, ...(isKept ? { target } : {}), ...consent };
}

/**
 * `isTargetOnScale(framework, focus, target)`: the target lies on the focus series' scale in the
 * framework (from `min` to `max`, both included); without a framework or a scale, no target does.
 */
export function isTargetOnScale(framework: Framework | undefined, focus: string, target: number): boolean {
  const scale = framework ? seriesScaleOf(framework, focus) : undefined;
  return scale !== undefined && target >= scale.min && target <= scale.max;
}
