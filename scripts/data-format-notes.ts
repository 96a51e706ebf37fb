/**
 * What a field means, in words, for the Data format page, where the JSON Schema itself carries no
 * description (the schema's own description always wins). Keyed by the schema file and the field's
 * path as the page writes it. `tests/node/data-format.test.ts` fails when a note names a field the
 * schema does not have, or a top-level field has neither a description nor a note.
 */
export const fieldNotes: Record<string, Record<string, string>> = {
  'spor/progress-data.schema.json': {
    schemaVersion: 'The version of this format. Always 1.',
    participant: 'The young person.',
    'participant.id': "The host's own id of the young person. A draft or a consent belongs to this id.",
    'participant.displayName': 'The name shown in headings ("Simon\'s traits").',
    'participant.locale': "The young person's language, for the host's use.",
    framework:
      'The programme model: a built-in framework id, or a whole framework (its fields below). Default: NExTWORK.',
    'framework.id': "The framework's id.",
    'framework.timeZone': 'The IANA time zone in which date-times become dates and periods are counted.',
    'framework.roles': 'Who may rate: company, counsellor, the young person (self), …',
    'framework.scales': 'The rating scales (NExTWORK: 1–5).',
    'framework.scales[].labels': 'A label per value, for forms and axes (1 = "Sjældent eller slet ikke").',
    'framework.instruments': 'The forms ratings are made with: weekly, monthly, half-yearly.',
    'framework.instruments[].cadence': 'How often it is filled in; a rating falls in one such period.',
    'framework.instruments[].scale': 'The scale id every rated item of this instrument uses.',
    'framework.instruments[].raterRoles': 'The roles that fill it in.',
    'framework.instruments[].items[].kind':
      '`rating`: a number on the scale or null; `text`: a written note.',
    'framework.instruments[].items[].required': 'For forms: the item must be filled in.',
    'framework.instruments[].scoring': 'A score made of the items (the resilience questionnaire).',
    'framework.instruments[].scoring.reverse': 'Reverse-scored items: min + max − x (on 1–5: 6 − x).',
    'framework.instruments[].scoring.minAnswered':
      'How many items must be answered for a score; default all.',
    'framework.instruments[].scoring.bands':
      'Score bands, compared after rounding the score to two decimals.',
    'framework.traits': 'The six traits (or a programme’s own), each rated by items of an instrument.',
    'framework.traits[].items': 'The items a trait is rated by, as `instrument.item`.',
    'framework.dimensions': 'Work readiness, determination, resilience: weighted means of components.',
    'framework.dimensions[].minCoverage':
      'The share of the total weight that must have a value in a period, or the period is a gap.',
    'framework.dimensions[].components[].kind':
      '`trait`: a trait id; `item`: `instrument.item`; `score`: an instrument with a scoring rule.',
    'framework.dimensions[].shows': 'The traits drawn under this dimension.',
    'framework.changeWindow':
      'How many periods the rolling mean spans, by cadence; default 4 weeks, 1 month, 1 half-year.',
    'framework.programme':
      "The programme's numbers: check-ins after a job starts, minimum hours, planned week, goals.",
    'framework.programme.followUps':
      'The agreed check-ins after a job starts; default 1 week, 1 month, 3 months.',
    'framework.programme.employedAfterMonths': 'A job lasting this many months counts as "still employed".',
    'framework.programme.reportingPeriod': 'The one period length cohort counts are published in.',
    'framework.programme.minimumWeeklyHours': 'The least hours a week should hold, all activities together.',
    'framework.programme.plannedWeek': 'The planned week by activity, in hours.',
    'framework.programme.goals': "The cohort's goals, as shares from 0 to 1.",
    placements: 'The internships, at most one at a time.',
    'placements[].company': 'The company, as the host names it.',
    'placements[].end': 'Missing while the internship goes on.',
    assessments: 'Every rating: weekly reports, monthly assessments, questionnaires, own readings.',
    'assessments[].instrument': 'The instrument id (`weekly-company`, `monthly-determination`, …).',
    'assessments[].rater': 'Who rated, by role, and the company placement it belongs to.',
    'assessments[].rater.role': 'A role of the framework (`company`, `counsellor`, `self`).',
    'assessments[].ratings':
      'Item id → a number on the scale, or null for "not observed" (never a low score).',
    'assessments[].notes': 'Text item id → text (`done-well`, `concerns`).',
    conversations: 'The finished conversations (see the conversation record below).',
    'conversations[].answers': 'Prompt id → answer.',
    'conversations[].focus': 'The focus area chosen: a series id the charts draw stronger from then on.',
    'conversations[].nextStep': 'What the young person will try until next time, in their own words.',
    'conversations[].target': "The level aimed for on the focus series' scale; only with a focus.",
    jobs: 'Jobs after (or beside) the programme.',
    'jobs[].end': 'Missing while the job goes on.',
    'jobs[].kind': '`ordinary` employment or paid `hourly` work.',
    'jobs[].hoursPerWeek': 'Agreed hours a week, when known.',
    education: 'Educations the young person started (a course, a vocational school, FGU).',
    'education[].end': 'Missing while it goes on.',
    followUps: 'Check-ins after a job starts. Voluntary.',
    'followUps[].jobId': 'The job it follows up on (an id in `jobs`).',
    'followUps[].due': 'When it is agreed to happen; not before the job starts.',
    'followUps[].done': 'When it happened (or was declined); missing while it has not.',
    'followUps[].outcome': 'How it went, recorded with `done`; `declined`: the young person said no thanks.',
    hours: 'Planned and attended hours per ISO week and activity. A week without an entry is a gap.',
    'hours[].week': 'An ISO week, `2026-W09`.',
    experiences: "The young person's own log. Private entries never leave their own page.",
    'experiences[].kind': 'What it is about.',
  },
  'spor/conversation-record.schema.json': {
    id: "The host's id of the conversation.",
    date: 'The day of the conversation.',
    promptSet: 'The prompt set used (`nextwork`, `next-level`, or the host’s own).',
    answers: 'Prompt id → answer.',
    focus: 'The focus area chosen: a series id (trait, dimension or `instrument.item`).',
    nextStep: 'What the young person will try until next time, in their own words.',
    target: "The level aimed for on the focus series' scale; only with a focus.",
  },
  'spor/cohort-outcomes.schema.json': {
    period: 'The period counted, both days included.',
    previousPeriod: 'The period of equal length just before it, for the change.',
    asOf: "The day everything is read as of: the period's last day plus `employedAfterMonths` months.",
    employedAfterMonths: 'How many months after a job\'s start "still employed" is read.',
    minCellSize: 'Counts below this are hidden, and so is a count that others would give away.',
    tookPart: 'How many took part, in this period and the one before, and the change.',
    'tookPart.current': 'A count, or null when hidden.',
    measures: 'The outcomes, in the order shown.',
    'measures[].current': "This period's share: count of denominator, in whole percent; null when hidden.",
    'measures[].countChange': "This period's count minus the previous period's.",
    'measures[].pointsChange': "This period's percent minus the previous period's, in percentage points.",
    'measures[].goal': "The programme's goal in whole percent, or null for none.",
    'measures[].isGoalMet': 'Whether the percent shown is at or above the goal; null without one.',
  },
};
