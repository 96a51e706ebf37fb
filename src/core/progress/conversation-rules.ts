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

/** How many rises and dips a changes prompt spells out; a compact list (beside the notes) fewer. */
export const shownChangeCaps = {
  full: { rises: 5, dips: 3 },
  compact: { rises: 3, dips: 2 },
} as const;

/** The changes a prompt shows: rises and dips spelled out, steady ones named, the rest counted. */
export interface ShownChanges {
  /** The largest rises first. */
  readonly rises: ReadonlyArray<Change>;
  /** The largest dips first. */
  readonly dips: ReadonlyArray<Change>;
  /** Every steady one, in the order given (the framework's). */
  readonly steady: ReadonlyArray<Change>;
  /** How many rises and dips are left out ("and N more"). */
  readonly more: number;
}

/**
 * `shownChangesOf(changes, { isCompact })`: rises (largest first, at most 5, or 3 when compact),
 * then dips (largest first, at most 3, or 2), the steady ones all, and how many rises and dips
 * were left out. A new series and one not measured since are not changes a person compares.
 */
export function shownChangesOf(
  changes: ReadonlyArray<Change>,
  { isCompact = false }: { readonly isCompact?: boolean } = {},
): ShownChanges {
  const caps = isCompact ? shownChangeCaps.compact : shownChangeCaps.full;
  const rises = changes.filter((c) => c.direction === 'rose').sort((a, b) => (b.delta ?? 0) - (a.delta ?? 0));
  const dips = changes
    .filter((c) => c.direction === 'dipped')
    .sort((a, b) => (a.delta ?? 0) - (b.delta ?? 0));
  const shownRises = rises.slice(0, caps.rises);
  const shownDips = dips.slice(0, caps.dips);
  return {
    rises: shownRises,
    dips: shownDips,
    steady: changes.filter((c) => c.direction === 'steady'),
    more: rises.length - shownRises.length + dips.length - shownDips.length,
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
