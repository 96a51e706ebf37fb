import { expect } from '@open-wc/testing';
import {
  conversationRecordOf,
  isConsentAsked,
  nowValueOf,
  recordOf,
  shownChangesOf,
} from '../../../src/core/progress/conversation-rules.js';
import { resolveFramework, resolvePromptSet, type Change } from '../../../src/core/index.js';

/** A change by hand: only what the rules read (id, direction, delta, after). */
const change = (id: string, direction: Change['direction'], delta: number | null, after = 3): Change => ({
  id,
  kind: 'trait',
  before: delta === null ? null : after - delta,
  after,
  delta,
  direction,
  beforePeriod: null,
  afterPeriod: null,
  beforeWindow: null,
  afterWindow: null,
});

describe('core/conversation-rules: what a conversation shows, by hand', () => {
  it('shownChangesOf: the 3 largest rises and the 2 largest dips first, the rest (rises, dips, steady) behind "Show all"', () => {
    const changes = [
      change('a', 'rose', 0.2),
      change('b', 'dipped', -0.5),
      change('c', 'steady', 0),
      change('d', 'rose', 1.0),
      change('e', 'rose', 0.4),
      change('f', 'dipped', -1.5),
      change('g', 'new', null),
      change('h', 'dipped', -0.2),
      change('i', 'rose', 0.3),
      change('j', 'dipped', -0.1),
      change('k', 'steady', 0.05),
      change('l', 'none', null),
    ];
    const shown = shownChangesOf(changes);
    // Rises d 1.0, e 0.4, i 0.3 (a 0.2 left out); dips f -1.5, b -0.5 (h -0.2, j -0.1 left out): 3 more.
    expect(shown.rises.map((c) => c.id)).to.deep.equal(['d', 'e', 'i']);
    expect(shown.dips.map((c) => c.id)).to.deep.equal(['f', 'b']);
    expect(shown.steady.map((c) => c.id)).to.deep.equal(['c', 'k']);
    expect(shown.more).to.equal(3);
    // Behind "Show all": the rise left out, the dips left out (largest first), then the steady
    // ones; g (new) and l (none) are not listed at all: 5 first + 5 behind = 10 of the 12.
    expect(shown.rest.map((c) => c.id)).to.deep.equal(['a', 'h', 'j', 'c', 'k']);
    expect(shown.rises.length + shown.dips.length + shown.rest.length).to.equal(10);
    expect(shownChangesOf([])).to.deep.equal({ rises: [], dips: [], steady: [], more: 0, rest: [] });
  });

  it('nowValueOf: the change’s newer side, else the rolling mean at the latest point, else nothing', () => {
    expect(nowValueOf(change('a', 'rose', 1, 4), { value: 3.5 })).to.equal(4);
    expect(nowValueOf({ after: null }, { value: 3.5 })).to.equal(3.5);
    expect(nowValueOf(undefined, { value: 2.25 })).to.equal(2.25);
    expect(nowValueOf(undefined, undefined)).to.equal(undefined);
  });

  it('isConsentAsked: only in a conversation, and only where the framework has a self-reported dimension', () => {
    const nextwork = resolveFramework('nextwork');
    expect(nextwork).not.to.equal(undefined);
    expect(isConsentAsked(nextwork, { audience: 'conversation' })).to.equal(true);
    expect(isConsentAsked(nextwork, { audience: 'conversation', resilienceConsent: true })).to.equal(true);
    expect(isConsentAsked(nextwork, { audience: 'company' })).to.equal(false);
    expect(isConsentAsked(nextwork, { audience: 'counsellor' })).to.equal(false);
    expect(isConsentAsked(undefined, { audience: 'conversation' })).to.equal(false);
    const withoutSelfReport = {
      ...nextwork!,
      dimensions: nextwork!.dimensions.filter((d) => d.id !== 'resilience'),
    };
    expect(withoutSelfReport.dimensions.length).to.equal(nextwork!.dimensions.length - 1);
    expect(isConsentAsked(withoutSelfReport, { audience: 'conversation' })).to.equal(false);
  });

  it('recordOf and conversationRecordOf: answers trimmed, empty ones out, a focus only when shown, consent only when asked and given', () => {
    const promptSet = resolvePromptSet('nextwork')!;
    const draft = {
      id: 'c-1',
      answers: { changes: '  Mere stabil. ', examples: '   ', focus: 'Ansvar' },
      focus: 'responsibility',
      isResilienceShown: true,
    };
    expect(recordOf(draft, promptSet, '2026-03-20')).to.deep.equal({
      id: 'c-1',
      date: '2026-03-20',
      promptSet: 'nextwork',
      answers: { changes: 'Mere stabil.', focus: 'Ansvar' },
      focus: 'responsibility',
    });
    expect(recordOf(draft, promptSet, '2026-03-20', { trim: false }).answers).to.deep.equal({
      changes: '  Mere stabil. ',
      examples: '   ',
      focus: 'Ansvar',
    });
    const shown = conversationRecordOf(draft, promptSet, '2026-03-20', {
      isShown: () => true,
      isConsentAsked: true,
    });
    expect(shown.focus).to.equal('responsibility');
    expect(shown.resilienceConsent).to.equal(true);
    const hidden = conversationRecordOf(draft, promptSet, '2026-03-20', {
      isShown: (id) => id !== 'responsibility',
      isConsentAsked: false,
    });
    expect(hidden).to.deep.equal({
      id: 'c-1',
      date: '2026-03-20',
      promptSet: 'nextwork',
      answers: { changes: 'Mere stabil.', focus: 'Ansvar' },
    });
    // Without a focus prompt, no focus is recorded at all.
    const open = resolvePromptSet('next-level')!;
    expect(recordOf(draft, open, '2026-03-20')).not.to.have.property('focus');
  });

  it('recordOf and conversationRecordOf: the next step trimmed and the target with a focus, on its scale, where a focus is asked', () => {
    const promptSet = resolvePromptSet('nextwork')!;
    const framework = resolveFramework('nextwork')!;
    const draft = {
      id: 'c-2',
      answers: {},
      focus: 'cooperation',
      isResilienceShown: false,
      nextStep: '  Jeg spørger Peter, før jeg går i gang. ',
      target: 4,
    };
    const options = { isShown: () => true, isConsentAsked: true, framework };
    expect(conversationRecordOf(draft, promptSet, '2026-11-13', options)).to.deep.equal({
      id: 'c-2',
      date: '2026-11-13',
      promptSet: 'nextwork',
      answers: {},
      focus: 'cooperation',
      nextStep: 'Jeg spørger Peter, før jeg går i gang.',
      target: 4,
    });
    // While typing (trim false) the words are kept as they are, spaces and all.
    expect(
      conversationRecordOf(draft, promptSet, '2026-11-13', { ...options, trim: false }).nextStep,
    ).to.equal('  Jeg spørger Peter, før jeg går i gang. ');
    // A next step of spaces is none.
    expect(recordOf({ ...draft, nextStep: '   ' }, promptSet, '2026-11-13')).not.to.have.property('nextStep');
    // No focus: the next step stays, the target goes (a target needs a focus).
    const noFocus = conversationRecordOf({ ...draft, focus: undefined }, promptSet, '2026-11-13', options);
    expect(noFocus.nextStep).to.equal('Jeg spørger Peter, før jeg går i gang.');
    expect(noFocus).not.to.have.property('target');
    // A focus this viewer may not see goes, and its target with it; the next step is the young person's.
    const hidden = conversationRecordOf(draft, promptSet, '2026-11-13', { ...options, isShown: () => false });
    expect(hidden).not.to.have.property('focus');
    expect(hidden).not.to.have.property('target');
    expect(hidden.nextStep).to.equal('Jeg spørger Peter, før jeg går i gang.');
    // Off the focus' scale (frequency-5: 1 to 5), or with no framework to read the scale in: no target.
    for (const target of [0, 5.5, 6]) {
      expect(
        conversationRecordOf({ ...draft, target }, promptSet, '2026-11-13', options),
        String(target),
      ).not.to.have.property('target');
    }
    expect(conversationRecordOf({ ...draft, target: 5 }, promptSet, '2026-11-13', options).target).to.equal(
      5,
    );
    expect(conversationRecordOf({ ...draft, target: 1 }, promptSet, '2026-11-13', options).target).to.equal(
      1,
    );
    expect(
      conversationRecordOf(draft, promptSet, '2026-11-13', { isShown: () => true, isConsentAsked: true }),
    ).not.to.have.property('target');
    // A prompt set that asks for no focus asks for no next step or target either.
    const open = recordOf(draft, resolvePromptSet('next-level')!, '2026-11-13');
    expect(open).not.to.have.property('nextStep');
    expect(open).not.to.have.property('target');
  });
});
