import { expect } from '@open-wc/testing';
import { currentFocus, lastConversation, type ConversationRecord } from '../../../src/core/index.js';

const talk = (id: string, date: string, focus?: string): ConversationRecord => ({
  id,
  date,
  promptSet: 'nextwork',
  answers: {},
  ...(focus ? { focus } : {}),
});

describe('lastConversation(data, { before }) and currentFocus(data)', () => {
  const data = {
    conversations: [
      talk('b', '2026-05-13', 'social'),
      talk('a', '2026-03-25', 'persistence'),
      talk('c', '2026-08-19'),
    ],
  };

  it('finds the latest conversation, or the latest before a date', () => {
    expect(lastConversation(data)?.id).to.equal('c');
    expect(lastConversation(data, { before: '2026-08-19' })?.id).to.equal('b');
    expect(lastConversation(data, { before: '2026-03-25' })).to.equal(undefined);
  });

  it('takes the focus of the latest conversation that chose one', () => {
    expect(currentFocus(data)).to.equal('social');
    expect(currentFocus({ conversations: [] })).to.equal(undefined);
  });
});
