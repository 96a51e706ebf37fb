import { expect } from '@open-wc/testing';
import {
  emptyExperienceDraft,
  entryOf,
  experienceDraftFrom,
  isEmptyExperienceDraft,
} from '../../../src/elements/spor-experience-log/experience-draft.js';

describe('experience drafts', () => {
  it('starts private, about work, dated today when saved, with a new id each time', () => {
    const a = emptyExperienceDraft();
    const b = emptyExperienceDraft();
    expect(a.id).not.to.equal(b.id);
    expect({ ...a, id: '' }).to.deep.equal({ id: '', date: '', kind: 'work', text: '', shared: false });
    expect(entryOf({ ...a, text: '  Hej  ' }, '2026-11-13')).to.deep.equal({
      id: a.id,
      date: '2026-11-13',
      kind: 'work',
      text: 'Hej',
      shared: false,
    });
  });

  it('keeps from stored JSON only what fits, and shares only on an explicit true', () => {
    const draft = experienceDraftFrom({
      id: 'x9',
      date: '2026-10-01',
      kind: 'social',
      text: 'Frokost',
      shared: true,
      extra: 'dropped',
    });
    expect(draft).to.deep.equal({
      id: 'x9',
      date: '2026-10-01',
      kind: 'social',
      text: 'Frokost',
      shared: true,
    });
    const odd = experienceDraftFrom({ id: '', date: '1. oktober', kind: 'school', text: 7, shared: 'true' })!;
    expect(odd.id, 'a new id for an empty one').to.be.a('string').and.not.equal('');
    expect({ ...odd, id: '' }).to.deep.equal({ id: '', date: '', kind: 'work', text: '', shared: false });
    expect(experienceDraftFrom('text')).to.equal(undefined);
    expect(experienceDraftFrom(null)).to.equal(undefined);
    expect(experienceDraftFrom([1])).to.equal(undefined);
    expect(experienceDraftFrom({ text: 'a'.repeat(6000) })!.text.length, 'cut at a note’s limit').to.equal(
      5000,
    );
  });

  it('counts a draft as empty until there is text that is not only spaces', () => {
    const draft = emptyExperienceDraft();
    expect(isEmptyExperienceDraft({ ...draft, shared: true, kind: 'other', date: '2026-01-01' })).to.equal(
      true,
    );
    expect(isEmptyExperienceDraft({ ...draft, text: ' \n ' })).to.equal(true);
    expect(isEmptyExperienceDraft({ ...draft, text: 'x' })).to.equal(false);
  });
});
