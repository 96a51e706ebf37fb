import type { daCharts } from './charts/da.js';
import type { daCommon } from './common/da.js';
import type { daConversation } from './conversation/da.js';
import type { daForm } from './form/da.js';
import type { daLog } from './log/da.js';
import type { daProgramme } from './programme/da.js';
import type { daOwn } from './own/da.js';
import type { da } from './da.js';

/**
 * The shape of a translation: every element's strings. Danish is the reference; every other
 * language must match it, so a missing key fails the type check.
 */
export type Translation = typeof da;

/** The languages the kit ships complete. More can be added with `registerLocale`. */
export type BuiltInLocale = 'da' | 'en';

/**
 * The areas of a translation, as the elements use them: an element imports the built-in words of
 * its areas only, so a page of charts does not carry the form's or the conversation's words.
 * Every one is a part of `Translation`: a complete language has them all.
 */
type Area<Table> = Pick<Translation, keyof Table & keyof Translation>;

/** What every element may say: the language's name, the error state of bad data, the periods. */
export type CommonTranslation = Area<typeof daCommon>;
/** The words of the sparkline, the trend chart, the trait star, the dimension summary and the data table. */
export type ChartsTranslation = Area<typeof daCommon & typeof daCharts>;
/** The words of the assessment form. */
export type FormTranslation = Area<typeof daCommon & typeof daForm>;
/** The words of the conversation guide, the whole conversation and its summary (they show charts). */
export type ConversationTranslation = Area<typeof daCommon & typeof daCharts & typeof daConversation>;
/** The words of the follow-up plan, the week hours and the cohort's outcomes (they are charts). */
export type ProgrammeTranslation = Area<typeof daCommon & typeof daCharts & typeof daProgramme>;
/** The words of the young person's own page (it shows the charts' sparklines and change sentences). */
export type OwnTranslation = Area<typeof daCommon & typeof daCharts & typeof daOwn>;
/** The words of the young person's log (it is a data element, so the charts' words come with it). */
export type LogTranslation = Area<typeof daCommon & typeof daCharts & typeof daLog>;

/** An element's words in the languages the kit ships: what it says when no language is registered. */
export interface BuiltInWords<Words extends CommonTranslation> {
  readonly da: Words;
  readonly en: Words;
}

/**
 * The words a conversation shows beneath each line in the young person's language
 * (`second-locale`): the change sentences (with the windows and periods they name), the
 * choices' words, and the words said to the young person themselves (the question about their own
 * reading, their own examples, their next step and target). A full `Translation` has them all; the
 * kit ships them alone for `ar` and `uk`.
 */
export type SecondLanguage = Pick<Translation, 'language' | 'summary' | 'window' | 'period'> & {
  readonly conversation: Pick<
    Translation['conversation'],
    | 'whole'
    | 'now'
    | 'noValue'
    | 'change'
    | 'steady'
    | 'lastFocus'
    | 'focus'
    | 'answer'
    | 'appreciationHint'
    | 'changesTitle'
  >;
  readonly conversationOwn: Pick<
    Translation['conversationOwn'],
    | 'readingTitle'
    | 'readingQuestion'
    | 'examplesTitle'
    | 'nextStepLabel'
    | 'nextStepHint'
    | 'targetLegend'
    | 'noTarget'
  >;
};

/** A writing direction, as the `dir` attribute says it. */
export type Direction = 'ltr' | 'rtl';
