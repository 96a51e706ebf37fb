import { expect } from '@open-wc/testing';
import { type ValidationIssue } from '../../../src/core/index.js';
import { parseProgressData } from '../checked-core.js';

const valid = () => ({
  schemaVersion: 1,
  participant: { id: 'p1', displayName: 'Simon' },
  placements: [
    { id: 'pl1', company: 'Lageret', start: '2026-01-05', end: '2026-03-27' },
    { id: 'pl2', company: 'Værkstedet', start: '2026-04-06' },
  ],
  assessments: [
    {
      id: 'a1',
      instrument: 'weekly-company',
      date: '2026-01-09',
      rater: { role: 'company', id: 'jens', placementId: 'pl1' },
      ratings: { initiative: 3, punctuality: null },
      notes: { 'done-well': 'Mødte til tiden hele ugen.' },
    },
  ],
  conversations: [
    {
      id: 'c1',
      date: '2026-02-01',
      promptSet: 'nextwork',
      answers: { changes: 'Mere stabil.' },
      focus: 'weekly-company.punctuality',
    },
  ],
});

type Input = ReturnType<typeof valid>;

function issuesOf(change: (input: Input) => unknown, locale?: string): ValidationIssue[] {
  const input = valid();
  const changed = change(input) ?? input;
  const result = parseProgressData(changed, locale ? { locale } : {});
  return result.ok ? [] : [...result.issues];
}

const first = (issues: ValidationIssue[]) => issues[0] ?? { path: [], message: '', code: '' };

describe('parseProgressData(input, { locale })', () => {
  it('accepts valid data and fills in the defaults', () => {
    const result = parseProgressData(valid());
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.data.framework).to.equal('nextwork');
    expect(result.data.assessments[0]?.ratings).to.deep.equal({ initiative: 3, punctuality: null });
  });

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

  it('says what is wrong in Danish by default, and in English when asked', () => {
    const da = first(issuesOf((input) => void (input.assessments[0]!.ratings.initiative = 7)));
    expect(da).to.deep.equal({
      path: ['assessments', 0, 'ratings', 'initiative'],
      code: 'offScale',
      message: '7 ligger uden for skalaen 1–5.',
    });
    const en = first(issuesOf((input) => void (input.assessments[0]!.ratings.initiative = 7), 'en'));
    expect(en.message).to.equal('7 is outside the scale 1–5.');
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

  it('refuses an unsupported schemaVersion, and an unknown framework id', () => {
    expect(first(issuesOf((input) => void (input.schemaVersion = 2)))).to.deep.equal({
      path: ['schemaVersion'],
      code: 'schemaVersion',
      message: 'Denne version af dataformatet kendes ikke (2). Brug schemaVersion 1.',
    });
    expect(first(issuesOf((input) => ({ ...input, framework: 'next-level' })))).to.deep.include({
      path: ['framework'],
      code: 'unknownFramework',
    });
  });

  it('names missing fields and wrong types', () => {
    expect(first(issuesOf((input) => ({ ...input, participant: { id: 'p1' } })))).to.deep.equal({
      path: ['participant', 'displayName'],
      code: 'required',
      message: 'Mangler: skal udfyldes.',
    });
    expect(
      first(
        issuesOf(
          (input) => void ((input.assessments[0]!.ratings as Record<string, unknown>).initiative = '3'),
          'en',
        ),
      ),
    ).to.deep.equal({
      path: ['assessments', 0, 'ratings', 'initiative'],
      code: 'type',
      message: 'Should be a number.',
    });
  });

  it('checks a framework passed inside the data', () => {
    const issues = issuesOf((input) => ({
      ...input,
      assessments: [],
      conversations: [],
      framework: {
        id: 'mine',
        label: { da: 'Min', en: 'Mine' },
        timeZone: 'Mars/Olympus',
        roles: [{ id: 'boss', label: { da: 'Chef', en: 'Boss' } }],
        scales: [{ id: 's', min: 1, max: 5, step: 1 }],
        instruments: [
          {
            id: 'i',
            label: { da: 'I', en: 'I' },
            cadence: 'week',
            scale: 's',
            raterRoles: ['boss'],
            items: [{ id: 'a', label: { da: 'A', en: 'A' } }],
          },
        ],
        traits: [{ id: 't', label: { da: 'T', en: 'T' }, items: ['i.b'] }],
      },
    }));
    expect(issues.map((issue) => [issue.path.join('.'), issue.code])).to.deep.equal([
      ['framework.timeZone', 'badTimeZone'],
      ['framework.traits.0.items.0', 'unknownRef'],
    ]);
  });

  it('never throws, whatever it is given', () => {
    const cyclic: Record<string, unknown> = { schemaVersion: 1 };
    cyclic['participant'] = cyclic;
    cyclic['assessments'] = [cyclic];
    const throwing = {
      get schemaVersion(): number {
        throw new Error('boom');
      },
    };
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    const inputs: unknown[] = [
      undefined,
      null,
      '',
      'data',
      42,
      NaN,
      [],
      [1, 2],
      () => 1,
      Symbol('x'),
      cyclic,
      throwing,
      revoked.proxy,
      new Date(0),
      { schemaVersion: 1n },
    ];
    for (const input of inputs) {
      const result = parseProgressData(input);
      expect(result.ok, String(typeof input)).to.equal(false);
      if (!result.ok) expect(result.issues.length).to.be.greaterThan(0);
    }
    expect(first(issuesOf(() => throwing))).to.deep.include({ path: [], code: 'unreadable' });
    expect(first(issuesOf(() => 'data'))).to.deep.include({ path: [], code: 'notObject' });
  });

  it('stops early on huge arrays instead of reading them all', () => {
    const huge = new Array(50_000_000);
    const started = performance.now();
    const result = parseProgressData({ ...valid(), assessments: huge });
    expect(performance.now() - started).to.be.lessThan(500);
    expect(result.ok || first([...result.issues])).to.deep.include({
      path: ['assessments'],
      code: 'tooMany',
    });
  });

  it('caps the issue list, and says how many more there were', () => {
    const input = valid();
    input.assessments = Array.from({ length: 300 }, (_, index) => ({
      ...input.assessments[0]!,
      id: `a${index}`,
      instrument: 'nope',
    }));
    const result = parseProgressData(input, { locale: 'en' });
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.issues).to.have.length(101);
    expect(result.issues[100]?.message).to.equal('… and 200 more.');
  });

  it('refuses prototype-pollution keys and leaves Object.prototype alone', () => {
    const input = JSON.parse(
      '{"schemaVersion":1,"participant":{"id":"p","displayName":"P","__proto__":{"polluted":1}},' +
        '"assessments":[{"id":"a","instrument":"weekly-company","date":"2026-01-09","rater":{"role":"company"},' +
        '"ratings":{"__proto__":{"polluted":1},"initiative":3}}],"__proto__":{"polluted":1}}',
    );
    const result = parseProgressData(input);
    expect(result.ok).to.equal(false);
    expect(!result.ok && result.issues[0]).to.deep.include({
      path: ['assessments', 0, 'ratings', '__proto__'],
      code: 'reservedKey',
    });
    expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
    const withoutRatingsKey = JSON.parse(
      JSON.stringify(input).replace('"ratings":{"__proto__":{"polluted":1},', '"ratings":{'),
    );
    const accepted = parseProgressData(withoutRatingsKey);
    expect(accepted.ok).to.equal(true);
    expect(accepted.ok && Object.getPrototypeOf(accepted.data)).to.equal(Object.prototype);
  });
});
