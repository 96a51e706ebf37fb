import { expect } from '@open-wc/testing';
import { currentTarget, samplePersonas, type ConversationRecord } from '../../../src/core/index.js';

const record = (id: string, date: string, extra: Partial<ConversationRecord>): ConversationRecord => ({
  id,
  date,
  promptSet: 'nextwork',
  answers: {},
  ...extra,
});

describe('currentTarget', () => {
  it('reads the target of the latest conversation that chose a focus', () => {
    const conversations = [
      record('c1', '2026-03-01', { focus: 'initiative', target: 3 }),
      record('c2', '2026-05-01', { focus: 'persistence', target: 4 }),
      // Chose no focus: the focus and target of c2 stand.
      record('c3', '2026-06-01', {}),
    ];
    expect(currentTarget({ conversations })).to.deep.equal({
      focus: 'persistence',
      target: 4,
      date: '2026-05-01',
    });
  });

  it('does not carry an old target over to a new focus', () => {
    const conversations = [
      record('c1', '2026-03-01', { focus: 'initiative', target: 3 }),
      record('c2', '2026-05-01', { focus: 'persistence' }),
    ];
    expect(currentTarget({ conversations })).to.equal(undefined);
    expect(currentTarget({ conversations: [] })).to.equal(undefined);
  });

  it('reads Simon’s: determination, aiming for 4, set on 30 September', () => {
    const simon = samplePersonas.find((p) => p.participant.id === 'simon');
    expect(simon).to.not.equal(undefined);
    expect(currentTarget(simon!)).to.deep.equal({ focus: 'determination', target: 4, date: '2026-09-30' });
  });
});
