import { expect } from '@open-wc/testing';
import { nextworkFramework, ProgressDataSchema, PromptSetSchema } from '../../../src/core/index.js';
import { checkData } from '../../../src/core/read/check-data.js';
import { parseProgressData } from '../checked-core.js';
import { first, issuesOf, valid } from '../progress-input.js';

// What checkData finds beyond the schema (the framework's instruments, items, scales and roles,
// dates that do not exist, duplicate ids, overlapping placements, prompt sets and focus), as a host
// receives it from parseProgressData.
describe('checkData, through parseProgressData(input, { locale })', () => {
  it('turns date-times into local dates in the framework time zone', () => {
    const input = valid();
    input.assessments[0]!.date = '2026-03-01T23:30:00Z';
    input.placements[0]!.end = '2026-03-27T10:00:00+01:00';
    const result = parseProgressData(input);
    expect(result.ok && result.data.assessments[0]?.date).to.equal('2026-03-02');
    expect(result.ok && result.data.placements[0]?.end).to.equal('2026-03-27');
    // The host's object is left as it was.
    expect(input.assessments[0]!.date).to.equal('2026-03-01T23:30:00Z');
  });

  it('refuses ratings between the scale steps', () => {
    expect(first(issuesOf((input) => void (input.assessments[0]!.ratings.initiative = 3.5)))).to.include({
      code: 'offStep',
    });
  });

  it('refuses unknown instruments and items', () => {
    expect(
      first(issuesOf((input) => void (input.assessments[0]!.instrument = 'daily-mood'))),
    ).to.deep.include({
      path: ['assessments', 0, 'instrument'],
      code: 'unknownInstrument',
    });
    const unknown = first(
      issuesOf((input) => void Object.assign(input.assessments[0]!.ratings, { charm: 4 })),
    );
    expect(unknown).to.deep.include({ path: ['assessments', 0, 'ratings', 'charm'], code: 'unknownItem' });
    // A text item is no rated item, and a rated item is no text item.
    expect(
      first(issuesOf((input) => void Object.assign(input.assessments[0]!.ratings, { 'done-well': 4 }))).code,
    ).to.equal('unknownItem');
    expect(
      first(issuesOf((input) => void Object.assign(input.assessments[0]!.notes, { initiative: 'x' }))).code,
    ).to.equal('unknownTextItem');
  });

  it('refuses impossible dates', () => {
    expect(first(issuesOf((input) => void (input.assessments[0]!.date = '2026-02-30')))).to.deep.equal({
      path: ['assessments', 0, 'date'],
      code: 'impossibleDate',
      message: 'Datoen 2026-02-30 findes ikke.',
    });
    expect(first(issuesOf((input) => void (input.assessments[0]!.date = '30/01/2026'))).code).to.equal(
      'dateFormat',
    );
    expect(
      first(issuesOf((input) => void (input.conversations[0]!.date = '2026-01-01T24:10:00Z'))).code,
    ).to.equal('impossibleDate');
  });

  it('checks the lengths and patterns of assessment fields', () => {
    expect(first(issuesOf((input) => void (input.assessments[0]!.id = '')))).to.deep.include({
      path: ['assessments', 0, 'id'],
      code: 'empty',
    });
    expect(
      first(issuesOf((input) => void Object.assign(input.assessments[0]!.rater, { name: 'x'.repeat(201) }))),
    ).to.deep.include({
      path: ['assessments', 0, 'rater', 'name'],
      code: 'tooLong',
      message: 'Teksten er for lang (højst 200 tegn).',
    });
    expect(
      first(issuesOf((input) => void (input.assessments[0]!.instrument = 'Weekly Company'))).code,
    ).to.equal('frameworkId');
    expect(
      first(issuesOf((input) => void (input.assessments[0]!.notes['done-well'] = 'x'.repeat(5001)))).code,
    ).to.equal('tooLong');
  });

  it('refuses duplicate ids', () => {
    const issues = issuesOf((input) => void input.assessments.push({ ...input.assessments[0]! }));
    expect(first(issues)).to.deep.include({ path: ['assessments', 1, 'id'], code: 'duplicateId' });
  });

  it('refuses rater roles the instrument does not allow', () => {
    const issue = first(issuesOf((input) => void (input.assessments[0]!.rater.role = 'counsellor')));
    expect(issue).to.deep.include({ path: ['assessments', 0, 'rater', 'role'], code: 'roleNotAllowed' });
    expect(issue.message).to.equal('Rollen counsellor kan ikke udfylde weekly-company (kun: company).');
  });

  it('refuses unknown placement ids', () => {
    expect(
      first(issuesOf((input) => void (input.assessments[0]!.rater.placementId = 'pl9'))),
    ).to.deep.include({
      path: ['assessments', 0, 'rater', 'placementId'],
      code: 'unknownPlacement',
    });
  });

  it('refuses placements that end before they start, or overlap', () => {
    expect(first(issuesOf((input) => void (input.placements[0]!.end = '2026-01-01')))).to.deep.include({
      path: ['placements', 0, 'end'],
      code: 'endBeforeStart',
    });
    expect(first(issuesOf((input) => void (input.placements[1]!.start = '2026-03-27')))).to.deep.include({
      path: ['placements', 1, 'start'],
      code: 'overlap',
    });
    // A placement still running overlaps anything after it.
    expect(first(issuesOf((input) => void delete input.placements[0]!.end)).code).to.equal('overlap');
    expect(issuesOf((input) => void (input.placements[1]!.start = '2026-03-28'))).to.deep.equal([]);
  });

  it('refuses a focus that is no series id, and an unknown prompt set or prompt', () => {
    expect(first(issuesOf((input) => void (input.conversations[0]!.focus = 'charm')))).to.deep.include({
      path: ['conversations', 0, 'focus'],
      code: 'unknownFocus',
    });
    for (const focus of ['persistence', 'determination', 'monthly-determination.persistence']) {
      expect(issuesOf((input) => void (input.conversations[0]!.focus = focus))).to.deep.equal([]);
    }
    expect(first(issuesOf((input) => void (input.conversations[0]!.promptSet = 'mystery'))).code).to.equal(
      'unknownPromptSet',
    );
    expect(first(issuesOf((input) => void (input.conversations[0]!.promptSet = 'next-level'))).code).to.equal(
      'unknownPrompt',
    );
  });

  it("accepts a host's own prompt set when it is passed in", () => {
    const input = valid();
    input.conversations[0]!.promptSet = 'follow-up';
    input.conversations[0]!.answers = { 'how-is-work': 'Godt.' } as never;
    const promptSets = [
      {
        id: 'follow-up',
        label: { da: 'Opfølgning', en: 'Follow-up' },
        prompts: [
          {
            id: 'how-is-work',
            purpose: 'open' as const,
            text: { da: 'Hvordan går det?', en: 'How is work?' },
          },
        ],
      },
    ];
    expect(parseProgressData(input, { promptSets }).ok).to.equal(true);
  });
});

describe('checkData(data, framework, promptSets) itself', () => {
  it('gives found issues with their params, and writes local dates into the data it was given', () => {
    const input = valid();
    input.assessments[0]!.ratings.initiative = 7;
    // 23:30 UTC on 1 March is 00:30 on 2 March in Copenhagen (UTC+1 until 29 March).
    input.assessments[0]!.date = '2026-03-01T23:30:00Z';
    input.placements[1]!.start = '2026-03-27'; // the day pl1 ends: ends are included, so they overlap
    const data = ProgressDataSchema.parse(input);
    const checked = checkData(data, nextworkFramework, []);
    expect(checked.data).to.equal(data);
    expect(data.assessments[0]!.date).to.equal('2026-03-02');
    expect(checked.issues).to.deep.equal([
      { path: ['placements', 1, 'start'], code: 'overlap', params: { other: 'pl1' } },
      {
        path: ['assessments', 0, 'ratings', 'initiative'],
        code: 'offScale',
        params: { value: 7, min: 1, max: 5 },
      },
    ]);
  });

  it('reads prompt sets passed in beside the built-in ones, and dates past the calendar’s ends', () => {
    const input = valid();
    input.conversations[0]!.promptSet = 'follow-up';
    // 23:30 UTC on the calendar's last day is 00:30 on 1 January 10000 in Copenhagen.
    input.conversations[0]!.date = '9999-12-31T23:30:00Z';
    input.placements[0]!.start = '0000-12-01';
    const withoutSet = checkData(ProgressDataSchema.parse(structuredClone(input)), nextworkFramework, []);
    expect(withoutSet.issues.map((issue) => [issue.path.join('.'), issue.code, issue.params])).to.deep.equal([
      ['placements.0.start', 'dateOutOfRange', { value: '0000-12-01' }],
      ['conversations.0.date', 'dateOutOfRange', { value: '9999-12-31T23:30:00Z' }],
      ['conversations.0.promptSet', 'unknownPromptSet', { value: 'follow-up' }],
    ]);
    const followUp = PromptSetSchema.parse({
      id: 'follow-up',
      label: { da: 'Opfølgning' },
      prompts: [{ id: 'changes', text: { da: 'Hvad har ændret sig?' } }],
    });
    const withSet = checkData(ProgressDataSchema.parse(structuredClone(input)), nextworkFramework, [
      followUp,
    ]);
    expect(withSet.issues.map((issue) => issue.code)).to.deep.equal(['dateOutOfRange', 'dateOutOfRange']);
  });
});
