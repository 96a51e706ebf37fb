import { expect } from '@open-wc/testing';
import {
  currentFocus,
  lastConversation,
  notesBetween,
  type ConversationRecord,
} from '../../../src/core/index.js';
import { progress, weekly } from '../fixtures.js';

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

describe('notesBetween(data, { item, from, to })', () => {
  it('gives the "done well" notes in a range, newest first, leaving out empty ones', () => {
    const data = progress([
      weekly('2026-03-06', {}, 'a', { 'done-well': 'Mødte til tiden.' }),
      weekly('2026-03-13', {}, 'a', { 'done-well': '  ', concerns: 'Træt.' }),
      weekly('2026-03-20', {}, 'b', { 'done-well': 'Hjalp en kollega.' }),
      weekly('2026-04-03', {}, 'a', { 'done-well': 'Ryddede op.' }),
    ]);
    expect(
      notesBetween(data, { from: '2026-03-01', to: '2026-03-31' }).map((n) => [n.date, n.text, n.rater.id]),
    ).to.deep.equal([
      ['2026-03-20', 'Hjalp en kollega.', 'b'],
      ['2026-03-06', 'Mødte til tiden.', 'a'],
    ]);
    expect(notesBetween(data, { item: 'concerns' }).map((n) => n.text)).to.deep.equal(['Træt.']);
  });
});
