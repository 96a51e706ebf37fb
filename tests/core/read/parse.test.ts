import { expect } from '@open-wc/testing';
import { parseProgressData } from '../checked-core.js';
import { first, issuesOf, valid } from '../progress-input.js';

describe('parseProgressData(input, { locale })', () => {
  it('accepts valid data and fills in the defaults', () => {
    const result = parseProgressData(valid());
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.data.framework).to.equal('nextwork');
    expect(result.data.assessments[0]?.ratings).to.deep.equal({ initiative: 3, punctuality: null });
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
