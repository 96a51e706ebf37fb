// InputResolver: how an element turns its properties into what it shows, never throwing, with the
// last good setup kept while a person is in the middle of something.
import { expect } from '@open-wc/testing';
import { InputResolver, unusable, type BuiltinOrParsed } from '../../src/controllers/input-resolution.js';
import type { ParseResult } from '../../src/core/index.js';

interface Note {
  readonly kind: string;
}

describe('InputResolver', () => {
  it('keeps the last setup that worked while a person is in the middle of something, and says what is wrong', () => {
    const resolver = new InputResolver<string>(() => 'unreadable');
    resolver.resolve(() => ({ setup: 'first', issues: [] }), false);
    expect([resolver.setup, resolver.isStale, resolver.issues]).to.deep.equal(['first', false, []]);
    resolver.resolve(() => unusable(['data'], 'bad data'), true);
    expect([resolver.setup, resolver.isStale]).to.deep.equal(['first', true]);
    expect(resolver.issues).to.deep.equal([{ path: ['data'], message: 'bad data' }]);
    // Nobody in the middle of anything: the error state, no setup.
    resolver.resolve(() => unusable(['data'], 'bad data'), false);
    expect([resolver.setup, resolver.isStale]).to.deep.equal([undefined, false]);
  });

  it('never throws: properties that throw when read are one issue with the unreadable message', () => {
    const resolver = new InputResolver<string>(() => 'Could not read the data.');
    expect(() =>
      resolver.resolve(() => {
        throw new TypeError('revoked');
      }, false),
    ).not.to.throw();
    expect(resolver.setup).to.equal(undefined);
    expect(resolver.issues).to.deep.equal([{ path: [], message: 'Could not read the data.' }]);
  });

  it('hands issues over once, again for a new input that reads the same, and nothing when there are none', () => {
    const resolver = new InputResolver<string>(() => 'unreadable');
    resolver.resolve(() => unusable(['locale'], 'unknown'), false);
    const issues = [{ path: ['locale'], message: 'unknown' }];
    expect(resolver.takeNewIssues()).to.deep.equal(issues);
    expect(resolver.takeNewIssues(), 'the same issues, already handed over').to.equal(undefined);
    expect(resolver.takeNewIssues(true), 'a new input from the host').to.deep.equal(issues);
    resolver.resolve(() => ({ setup: 'fine', issues: [] }), false);
    expect(resolver.takeNewIssues()).to.equal(undefined);
  });

  describe('builtinOrParsed', () => {
    let parses = 0;
    const how = (locale: string): BuiltinOrParsed<Note> => ({
      path: 'instrument',
      locale,
      builtin: (id) =>
        id === undefined ? { kind: 'default' } : id === 'weekly' ? { kind: 'weekly' } : undefined,
      parse: (input): ParseResult<Note> => {
        parses += 1;
        const kind = (input as { kind?: unknown }).kind;
        return typeof kind === 'string'
          ? { ok: true, data: { kind } }
          : { ok: false, issues: [{ path: ['kind'], message: `no kind (${locale})`, code: 'required' }] };
      },
      unknownId: (id) => `No instrument is called ${id}.`,
    });

    it('reads a built-in by its id, the default one for none, and names an id that is no built-in', () => {
      const resolver = new InputResolver<Note>(() => 'unreadable');
      expect(resolver.builtinOrParsed('', how('en'))).to.deep.equal({ value: { kind: 'default' } });
      expect(resolver.builtinOrParsed(undefined, how('en'))).to.deep.equal({ value: { kind: 'default' } });
      expect(resolver.builtinOrParsed('weekly', how('en'))).to.deep.equal({ value: { kind: 'weekly' } });
      expect(resolver.builtinOrParsed('monthly', how('en'))).to.deep.equal({
        setup: undefined,
        issues: [{ path: ['instrument'], message: 'No instrument is called monthly.' }],
      });
      // Host text that could reorder the words around it is isolated in the message.
      expect(resolver.builtinOrParsed('\u202eevil', how('en'))).to.deep.equal({
        setup: undefined,
        issues: [{ path: ['instrument'], message: 'No instrument is called \u2068\u202eevil\u2069.' }],
      });
    });

    it('parses a host object once per object and language, and points its issues below the property', () => {
      parses = 0;
      const resolver = new InputResolver<Note>(() => 'unreadable');
      const own = { kind: 'own' };
      expect(resolver.builtinOrParsed(own, how('en'))).to.deep.equal({ value: { kind: 'own' } });
      expect(resolver.builtinOrParsed(own, how('en'))).to.deep.equal({ value: { kind: 'own' } });
      expect(parses, 'the same object in the same language: parsed once').to.equal(1);
      resolver.builtinOrParsed(own, how('da'));
      expect(parses, 'another language').to.equal(2);
      expect(resolver.builtinOrParsed({}, how('da'))).to.deep.equal({
        setup: undefined,
        issues: [{ path: ['instrument', 'kind'], message: 'no kind (da)' }],
      });
      expect(parses, 'another object').to.equal(3);
    });
  });

  it('takes the host’s value when it is a record of what is shown, and says why not otherwise', () => {
    const resolver = new InputResolver<string>(() => 'unreadable');
    const check = {
      parse: (value: unknown) =>
        typeof value === 'object' && value !== null ? (value as { instrument: string }) : undefined,
      field: 'instrument' as const,
      expected: 'weekly-company',
      invalid: 'Not a record.',
      other: (found: string) => `A record of ${found}.`,
    };
    expect(resolver.hostValue(undefined, check)).to.deep.equal({ value: undefined });
    expect(resolver.hostValue({ instrument: 'weekly-company' }, check)).to.deep.equal({
      value: { instrument: 'weekly-company' },
    });
    expect(resolver.hostValue('text', check)).to.deep.equal({
      setup: undefined,
      issues: [{ path: ['value'], message: 'Not a record.' }],
    });
    expect(resolver.hostValue({ instrument: 'monthly-determination' }, check)).to.deep.equal({
      setup: undefined,
      issues: [{ path: ['value', 'instrument'], message: 'A record of monthly-determination.' }],
    });
  });

  it('reads the first date given as a local day in the time zone, and hands back what it could not read', () => {
    const resolver = new InputResolver<string>(() => 'unreadable');
    // 23:30 UTC on 1 March is 00:30 on 2 March in Copenhagen (UTC+1); an empty property is not given.
    expect(resolver.dateOf(['', '2026-03-01T23:30:00Z', '2026-05-05'], 'Europe/Copenhagen')).to.deep.equal({
      date: '2026-03-02',
      input: '2026-03-01T23:30:00Z',
    });
    expect(resolver.dateOf([undefined, '2026-05-05'], 'Europe/Copenhagen')).to.deep.equal({
      date: '2026-05-05',
      input: '2026-05-05',
    });
    expect(resolver.dateOf([42], 'Europe/Copenhagen')).to.deep.equal({ date: undefined, input: 42 });
  });
});
