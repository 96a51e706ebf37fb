import { expect } from '@open-wc/testing';
import { notesBetween } from '../../../src/core/index.js';
import { monthly, progress, weekly } from '../fixtures.js';

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

describe('notesBetween: the same words once', () => {
  it('leaves out a note whose words a newer one already says, letter case and spacing aside', () => {
    // Rasmus's two mentors both wrote the brake pads on 30 October, and a copy of a week before:
    // three notes that say one thing. The newest is kept (30 October, the first in the data's
    // order that day), then the other note.
    const data = progress([
      weekly('2026-10-23', {}, 'a', { 'done-well': 'skiftede  bremseklodser selv.' }),
      weekly('2026-10-30', {}, 'a', { 'done-well': 'Skiftede bremseklodser selv.' }),
      weekly('2026-10-30', {}, 'b', { 'done-well': 'Skiftede bremseklodser selv.' }),
      weekly('2026-11-06', {}, 'a', { 'done-well': 'Hjalp den nye lærling i gang.' }),
      weekly('2026-11-06', {}, 'b', { 'done-well': 'Skiftede bremseklodser selv, og de sad perfekt.' }),
    ]);
    expect(notesBetween(data).map((n) => [n.date, n.text, n.rater.id])).to.deep.equal([
      ['2026-11-06', 'Hjalp den nye lærling i gang.', 'a'],
      ['2026-11-06', 'Skiftede bremseklodser selv, og de sad perfekt.', 'b'],
      ['2026-10-30', 'Skiftede bremseklodser selv.', 'a'],
    ]);
    // Within a range the rule holds among the notes of that range: the copy of 23 October is
    // given when the newer ones are outside it.
    expect(notesBetween(data, { to: '2026-10-23' }).map((n) => n.text)).to.deep.equal([
      'skiftede  bremseklodser selv.',
    ]);
  });
});

describe('notesBetween: the edges of the range, the order and the fields', () => {
  // Copenhagen is on summer time (UTC+2) from 29 March 2026: 21:30 UTC on 31 March is 23:30 on
  // 31 March there, and 22:30 UTC is 00:30 on 1 April.
  const data = progress([
    weekly('2026-02-28', {}, 'a', { 'done-well': 'Før marts.' }),
    weekly('2026-03-01', {}, 'a', { 'done-well': 'Første dag.' }),
    weekly('2026-03-13', {}, 'a', { 'done-well': '  Mødte tidligt.  ' }),
    weekly('2026-03-13', {}, 'b', { 'done-well': 'Samme dag, anden mentor.' }),
    weekly('2026-03-20', {}, 'a'),
    monthly('2026-03-25', {}),
    weekly('2026-03-31T21:30:00Z', {}, 'a', { 'done-well': 'Sent den 31.' }),
    weekly('2026-03-31T22:30:00Z', {}, 'b', { 'done-well': 'Lige efter midnat.' }),
  ]);
  const march = { from: '2026-03-01', to: '2026-03-31' };

  it('includes both edge days, by the date in Copenhagen, newest first, a tie in the data’s order', () => {
    expect(notesBetween(data, march).map((n) => [n.date, n.text])).to.deep.equal([
      ['2026-03-31', 'Sent den 31.'],
      ['2026-03-13', 'Mødte tidligt.'],
      ['2026-03-13', 'Samme dag, anden mentor.'],
      ['2026-03-01', 'Første dag.'],
    ]);
    expect(notesBetween(data, { from: '2026-04-01' }).map((n) => [n.date, n.text])).to.deep.equal([
      ['2026-04-01', 'Lige efter midnat.'],
    ]);
    expect(notesBetween(data, { to: '2026-02-28' }).map((n) => n.text)).to.deep.equal(['Før marts.']);
    // No range: all six notes; the weekly rating without notes and the monthly one are left out.
    expect(notesBetween(data).length).to.equal(6);
    expect(notesBetween(data, { from: '2026-03-02', to: '2026-03-12' })).to.deep.equal([]);
  });

  it('gives each note its date, trimmed text, instrument, item, assessment and rater', () => {
    const [latest] = notesBetween(data, { from: '2026-04-01' });
    const source = data.assessments.at(-1)!;
    expect(latest).to.deep.equal({
      date: '2026-04-01',
      text: 'Lige efter midnat.',
      instrument: 'weekly-company',
      item: 'done-well',
      assessmentId: source.id,
      rater: { role: 'company', id: 'b' },
    });
    expect(notesBetween(data, { item: 'concerns' })).to.deep.equal([]);
  });

  it('leaves out an assessment whose date does not exist', () => {
    const odd = progress([
      weekly('2026-02-30', {}, 'a', { 'done-well': 'Ingen dag.' }),
      weekly('2026-03-02', {}, 'a', { 'done-well': 'En dag.' }),
    ]);
    expect(notesBetween(odd).map((n) => n.text)).to.deep.equal(['En dag.']);
  });
});

describe('notesBetween: only the notes of some raters (roles)', () => {
  it("keeps the companies' notes and leaves out a counsellor's and the young person's", () => {
    const counsellor = {
      ...weekly('2026-03-10', {}, 'uv', { 'done-well': 'Rådgiverens note.' }),
      rater: { role: 'counsellor', id: 'uv' },
    };
    const own = {
      ...weekly('2026-03-12', {}, 'me', { 'done-well': 'Min egen note.' }),
      rater: { role: 'self', id: 'me' },
    };
    const data = progress([
      weekly('2026-03-06', {}, 'a', { 'done-well': 'Mødte til tiden.' }),
      counsellor,
      own,
      weekly('2026-03-20', {}, 'b', { 'done-well': 'Hjalp en kollega.' }),
    ]);
    // Four notes; the company's two are 6 and 20 March, newest first.
    expect(notesBetween(data).length).to.equal(4);
    expect(notesBetween(data, { roles: ['company'] }).map((n) => n.text)).to.deep.equal([
      'Hjalp en kollega.',
      'Mødte til tiden.',
    ]);
    expect(notesBetween(data, { roles: [] })).to.deep.equal([]);
  });
});
