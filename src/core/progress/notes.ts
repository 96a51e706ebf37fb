/** The written notes of assessments (the companies' "done well"), as examples for a conversation. */
import { compareDateText, localDateOf } from '../time/dates.js';
import { resolveFramework } from '../framework/framework.js';
import type { ProgressData, Rater } from '../format/schema.js';

export interface Note {
  readonly date: string;
  readonly text: string;
  readonly instrument: string;
  readonly item: string;
  readonly assessmentId: string;
  readonly rater: Rater;
}

export interface NotesOptions {
  /** The text item, default `done-well`. */
  readonly item?: string | undefined;
  /** From this date on (included), `YYYY-MM-DD`. */
  readonly from?: string | undefined;
  /** Up to this date (included), `YYYY-MM-DD`. */
  readonly to?: string | undefined;
  /** Only notes by raters of these roles (`['company']`: the companies' notes); default every role. */
  readonly roles?: ReadonlyArray<string> | undefined;
}

/**
 * `notesBetween(data, { item, from, to, roles })`: the notes in the range, newest first, empty ones
 * left out; with `roles`, only those raters' notes. Notes are examples a person reads, so the same
 * words are given once: a note whose text another, newer note already says (letter case and spacing
 * aside: a mentor who copies last week's note) is left out, the newest kept.
 */
export function notesBetween(data: ProgressData, options: NotesOptions = {}): Note[] {
  const timeZone = resolveFramework(data.framework)?.timeZone ?? 'Europe/Copenhagen';
  const item = options.item ?? 'done-well';
  const notes: Note[] = [];
  for (const assessment of data.assessments) {
    if (options.roles !== undefined && !options.roles.includes(assessment.rater.role)) continue;
    const text = assessment.notes?.[item]?.trim();
    if (!text) continue;
    const date = localDateOf(assessment.date, timeZone);
    if (date === undefined) continue;
    if (options.from !== undefined && date < options.from) continue;
    if (options.to !== undefined && date > options.to) continue;
    notes.push({
      date,
      text,
      instrument: assessment.instrument,
      item,
      assessmentId: assessment.id,
      rater: assessment.rater,
    });
  }
  const said = new Set<string>();
  return notes
    .sort((a, b) => compareDateText(b.date, a.date))
    .filter((note) => {
      const words = wordsOf(note.text);
      if (said.has(words)) return false;
      said.add(words);
      return true;
    });
}

/** What a note says, for telling repeats apart: spacing and letter case do not count. */
const wordsOf = (text: string): string => text.replace(/\s+/gu, ' ').toLowerCase();
