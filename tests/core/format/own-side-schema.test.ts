import { expect } from '@open-wc/testing';
import { ExperienceSchema, experienceKinds, limits } from '../../../src/core/index.js';

const entry = { id: 'x1', date: '2026-03-03', kind: 'work', text: 'Hjalp en kunde.' };

describe('ExperienceSchema: one entry of the young person’s log', () => {
  it('is private unless it says shared', () => {
    expect(ExperienceSchema.parse(entry)).to.deep.equal({ ...entry, shared: false });
    expect(ExperienceSchema.parse({ ...entry, shared: true }).shared).to.equal(true);
  });

  it('is about work, social life or something else, nothing more', () => {
    expect(experienceKinds).to.deep.equal(['work', 'social', 'other']);
    for (const kind of experienceKinds)
      expect(ExperienceSchema.safeParse({ ...entry, kind }).success, kind).to.equal(true);
    for (const kind of ['school', 'Work', '', 1]) {
      expect(ExperienceSchema.safeParse({ ...entry, kind }).success, String(kind)).to.equal(false);
    }
  });

  it('holds a text as long as a note, an id and a date as everywhere', () => {
    expect(ExperienceSchema.safeParse({ ...entry, text: 'x'.repeat(limits.note) }).success).to.equal(true);
    expect(ExperienceSchema.safeParse({ ...entry, text: 'x'.repeat(limits.note + 1) }).success).to.equal(
      false,
    );
    expect(ExperienceSchema.safeParse({ ...entry, id: '' }).success).to.equal(false);
    expect(ExperienceSchema.safeParse({ ...entry, date: '3/3/2026' }).success).to.equal(false);
    expect(ExperienceSchema.safeParse({ ...entry, date: '2026-03-03T09:00:00+01:00' }).success).to.equal(
      true,
    );
    expect(ExperienceSchema.safeParse({ ...entry, shared: 'yes' }).success).to.equal(false);
  });
});
