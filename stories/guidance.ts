/**
 * What each element's docs page says before its stories: when to use the element, when not, and
 * which elements go with it. Markdown, written for portal teams, mentors and counsellors; the facts
 * come from each element's JSDoc and stories, and docs/design.md.
 */

/** The kit's elements, by tag. */
export type ElementTag =
  | 'spor-assessment-form'
  | 'spor-cohort-outcomes'
  | 'spor-conversation-guide'
  | 'spor-conversation-summary'
  | 'spor-data-table'
  | 'spor-dimension-summary'
  | 'spor-experience-log'
  | 'spor-follow-up-plan'
  | 'spor-my-progress'
  | 'spor-progress-conversation'
  | 'spor-sparkline'
  | 'spor-trait-star'
  | 'spor-trend-chart'
  | 'spor-week-hours';

/** Three parts, each a few lines of markdown. */
interface Guidance {
  readonly use: string;
  readonly avoid: string;
  readonly with: string;
}

const guidance: Record<ElementTag, Guidance> = {
  'spor-progress-conversation': {
    use: `The conversation itself: a mentor or counsellor and the young person at one tablet. The
charts stand beside the four prompts (landscape) or above them (portrait), and each step picks the
chart it is about. After Finish it shows the conversation as a page to print or keep. Give it
\`data\` and listen for \`spor-conversation-complete\`; set \`fill\` and a height to keep it on one
screen.`,
    avoid: `Not on a page where the guide has no room for charts beside or above it (use
\`spor-conversation-guide\` alone), and not for a company looking on its own (\`audience="company"\`
hides resilience; a company rates with the assessment form instead).`,
    with: `It already holds \`spor-conversation-guide\`, \`spor-trait-star\`, \`spor-dimension-summary\`,
\`spor-trend-chart\` and \`spor-conversation-summary\`. Read the guide [Reading the
charts](?path=/docs/guides-reading-the-charts--docs) before the first conversation.`,
  },
  'spor-conversation-guide': {
    use: `The guided conversation on its own: one prompt at a time, what changed since last time,
the companies' notes and the young person's shared log as examples, the focus area, the next step
and a target. Use it where the portal places the charts itself, or where there is no room for them.`,
    avoid: `Not when the conversation is held at one tablet with the charts in view: the
progress conversation does the layout and the chart-per-step for you. Not as a free-text form for
other purposes: its prompts and record are the programme's.`,
    with: `\`spor-trend-chart\` and \`spor-trait-star\` beside it (the draft in
\`spor-conversation-change\`, \`detail.record.focus\`, can set the chart's \`focus\` as the choice
changes), \`spor-conversation-summary\` for the finished record, or all of it composed in
\`spor-progress-conversation\`.`,
  },
  'spor-conversation-summary': {
    use: `One finished conversation as a page for the case file: answers, the focus area, the next
step and target, the changes in words, the star and the dimensions. It prints as A4 portrait. Give it
\`data\` and the finished \`record\` (from \`spor-conversation-complete\`).`,
    avoid: `Not while the conversation is still going on (it shows a record, not a draft), and not to
show a young person's development over time: that is the trend chart.`,
    with: `\`spor-progress-conversation\` shows it after Finish; on its own it goes on a case-file or
print page. Resilience shows only when the record says the young person agreed.`,
  },
  'spor-trend-chart': {
    use: `How the young person developed over time: dimensions, traits or single items, each weekly
rating as a light mark and the 4-week average as the line, with internships as bands,
conversations as markers, the focus area stronger and its target as a dashed line. For counsellors,
\`split-raters\` shows company and counsellor apart.`,
    avoid: `Not for "now against last time" at a glance (the trait star or the dimension cards say that
faster), and not inside a sentence or a table cell (the sparkline). Never to compare young people:
it shows one person only.`,
    with: `\`spor-trait-star\` and \`spor-dimension-summary\` for now and last time, \`spor-data-table\` for
the same numbers as a table (the chart also has one a click away). See [Reading the
charts](?path=/docs/guides-reading-the-charts--docs).`,
  },
  'spor-trait-star': {
    use: `The six traits now and at the last conversation, in one picture: the question "how is it
different from last time?". \`variant="slopes"\` draws a before-and-after line per trait instead of
the radar; \`show-self\` adds the young person's own reading.`,
    avoid: `Not for the way over many weeks (the trend chart), and not for dimensions (the dimension
cards). Not for a company that should not see the young person's own reading (\`show-self\` never
draws it for \`audience="company"\`, but leave it off there).`,
    with: `\`spor-dimension-summary\` beside it, \`spor-trend-chart\` for the way there. The
conversation view shows it at the prompts about change.`,
  },
  'spor-dimension-summary': {
    use: `A card per dimension (work readiness, determination, resilience): the value now in words and
numbers, the change since the last conversation, a sparkline of the way there, when it was last
assessed, and a note when it rests on few ratings. A good first view on a counsellor's page.`,
    avoid: `Not for single traits (the trait star), and not where the change over time is the point
(the trend chart).`,
    with: `\`spor-trait-star\` for the traits, \`spor-trend-chart\` for the detail. Resilience shows only
with the young person's consent in a conversation, and never to a company.`,
  },
  'spor-data-table': {
    use: `The numbers behind the charts as a plain, accessible table: a row per period, a column per
series, the conversation and the internship of each row. For a page that should show numbers rather
than a picture, or to print them.`,
    avoid: `Not as the only way to show development to a young person: a table reads slowly on a
phone. Every chart already has its own table a click away, so a table beside a chart is rarely
needed.`,
    with: `\`spor-trend-chart\` shows the same series; \`spor-sparkline\` fits in its cells in a host's own
table. The \`exportable\` attribute adds a CSV button.`,
  },
  'spor-sparkline': {
    use: `A word-sized line of a few numbers, in a sentence, a card or a table cell. Gaps stay gaps, the
latest value is marked, and a screen reader hears the label with the first and last value. Give it
\`values\` (numbers or \`null\`), a \`label\`, and \`min\`/\`max\` of the scale.`,
    avoid: `Not as a chart of its own: it has no axes, no dates and no way to reach single points. Use
the trend chart for that.`,
    with: `\`spor-dimension-summary\` and \`spor-my-progress\` use it inside; a host can put it in its own
tables and sentences.`,
  },
  'spor-assessment-form': {
    use: `The ratings themselves: the company's weekly report (\`weekly-company\`), the monthly
determination rating (\`monthly-determination\`), the young person's half-yearly questionnaire
(\`resilience-self-report\`) and their weekly own reading (\`self-weekly\`). Large buttons for each
step of the scale, on a phone or a tablet. It works inside a \`<form>\` like a native field.`,
    avoid: `Not for the conversation's answers (the conversation guide) or the young person's log (the
experience log). Not to change the framework's questions: those are data in the framework.`,
    with: `What it sends becomes \`ProgressData.assessments\`, which every chart reads. The young
person's own reading shows in \`spor-trait-star show-self\` and \`spor-trend-chart show-self\`.`,
  },
  'spor-my-progress': {
    use: `The young person's own page, on their phone between meetings: what went well, their focus
and next step, their traits now in plain words, and their own reading beside the company's. It
always shows only what the young person may see, whatever the host sets.`,
    avoid: `Not for mentors, counsellors or companies: they read the charts. Not in the conversation,
where the young person and the mentor look at the conversation view together.`,
    with: `\`spor-experience-log\` on the same page for their log, and \`spor-assessment-form
instrument="self-weekly"\` for their weekly own reading.`,
  },
  'spor-experience-log': {
    use: `The young person's own log on their phone: short entries about work, social life or other
things, private unless they share them. Shared entries come into the next conversation as their own
examples. The host saves on \`spor-experience-save\` and \`spor-experience-delete\` and sets \`data\`
anew.`,
    avoid: `Not for a mentor's or counsellor's notes (those belong in the host's case file), and not
to show private entries to anyone but the young person: any other audience sees shared entries only.`,
    with: `\`spor-my-progress\` on the young person's page; \`spor-conversation-guide\` shows the shared
entries at the examples prompt.`,
  },
  'spor-follow-up-plan': {
    use: `Follow-up after a job starts: the agreed check-ins (1 week, 1 month, 3 months) on a time
line, where each stands (held, soon, not held yet, declined), and whether the young person was still
in the job after 3 months. For a counsellor planning the next call.`,
    avoid: `Not for a company (follow-up notes are not theirs), and not to push a young person:
follow-up is voluntary, and the element says "declined" without blame.`,
    with: `\`spor-week-hours\` for the hours before the job, \`spor-cohort-outcomes\` for the
programme's "still employed" share across young people.`,
  },
  'spor-week-hours': {
    use: `Planned and attended hours per ISO week, by activity (internship, teaching, other), against
the programme's minimum. The last 12 weeks first, all on request. For a counsellor checking the
weekly hours.`,
    avoid: `Not to judge a young person at a glance: a week without a plan is a gap, not a zero, and
the hours say nothing about how the week went (that is the trend chart).`,
    with: `\`spor-follow-up-plan\` on the same counsellor page, \`spor-trend-chart\` for development.`,
  },
  'spor-cohort-outcomes': {
    use: `A programme's outcomes for a network meeting: how many took part, started, are in an
internship, in paid hourly work, in education, in ordinary employment, and still employed after 3
months, against the programme's goals, this period beside the one before. Counts only, small
counts hidden. Give it \`outcomes\` from \`cohortReport()\`.`,
    avoid: `Not for one young person, and not with counts made by hand for any period: it shows only
the fixed reporting table and refuses outcomes that could give a small count away.`,
    with: `\`cohortReport()\` in \`spor/core\`, or the SQL in \`sql/\` for a warehouse (see
[Cohort outcomes](?path=/docs/programme-cohort-outcomes-guide--docs)). For one young person's
way after a job starts, \`spor-follow-up-plan\`; for their hours, \`spor-week-hours\`.`,
  },
};

const tags = Object.keys(guidance) as ElementTag[];

/** Every element that has guidance, in the order above. */
export const guidedTags: ReadonlyArray<ElementTag> = tags;

/**
 * The guidance for one element as markdown ("When to use it", "When not", "Goes with"), or `''` for
 * a tag the kit does not have.
 */
export function guidanceFor(tag: string): string {
  if (!Object.hasOwn(guidance, tag)) return '';
  const { use, avoid, with: partners } = guidance[tag as ElementTag];
  const paragraph = (text: string) => text.replace(/\s*\n\s*/g, ' ').trim();
  return [
    `**When to use it.** ${paragraph(use)}`,
    `**When not.** ${paragraph(avoid)}`,
    `**Goes with.** ${paragraph(partners)}`,
  ].join('\n\n');
}
