import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { DraftController } from '../../src/controllers/draft-controller.js';
import { InputResolver, unusable } from '../../src/controllers/input-resolution.js';

interface Note {
  readonly text: string;
}

/** A throwaway host: a draft of one text, persisted as the test says, counting hand-overs. */
class DraftHost extends LitElement {
  persist = 'local';
  handed: string[] = [];
  readonly drafts = new DraftController<Note>(this, {
    persist: () => this.persist,
    empty: () => ({ text: '' }),
    isEmpty: (note) => note.text === '',
    notices: () => ({ draftRestored: 'back', storageFailed: 'not saved' }),
    onChange: () => this.handed.push(this.drafts.draft.text),
    changeInterval: 100,
  });
}
customElements.define('draft-host', DraftHost);

const source = { restore: (stored: unknown) => stored as Note };

async function host(): Promise<DraftHost> {
  return fixture<DraftHost>(html`<draft-host></draft-host>`);
}

describe('DraftController', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  it('stores every edit at once and hands edits over at most every changeInterval', async () => {
    const el = await host();
    el.drafts.open('k:p1', false, source);
    el.drafts.edit({ text: 'a' });
    el.drafts.edit({ text: 'ab' });
    expect(localStorage.getItem('k:p1')).to.equal('{"text":"ab"}');
    expect(el.handed).to.deep.equal([]);
    await aTimeout(150);
    expect(el.handed).to.deep.equal(['ab']);
    el.drafts.commit({ text: 'abc' });
    expect(el.handed).to.deep.equal(['ab', 'abc']);
  });

  it('hands a pending edit over when the page is hidden, and when the host leaves', async () => {
    const el = await host();
    el.drafts.open('k:p1', false, source);
    el.drafts.edit({ text: 'a' });
    globalThis.dispatchEvent(new Event('pagehide'));
    expect(el.handed).to.deep.equal(['a']);
    el.drafts.edit({ text: 'ab' });
    el.remove();
    expect(el.handed).to.deep.equal(['a', 'ab']);
  });

  it('restores a stored draft with a notice, and says so when storage refuses', async () => {
    localStorage.setItem('k:p1', '{"text":"kept"}');
    const el = await host();
    el.drafts.open('k:p1', false, source);
    expect(el.drafts.draft.text).to.equal('kept');
    expect(el.drafts.notice).to.equal('back');
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      el.drafts.edit({ text: 'kept!' });
    } finally {
      Storage.prototype.setItem = setItem;
    }
    expect(el.drafts.draft.text).to.equal('kept!');
    expect(el.drafts.notice).to.equal('not saved');
  });

  it('never moves a person’s draft in progress to a key without a person, and carries an anonymous one to a person', async () => {
    const el = await host();
    el.drafts.open('k:', true, source);
    el.drafts.edit({ text: 'typed before the data came' });
    expect(el.drafts.open('k:p1', false, source)).to.equal(true);
    expect(el.drafts.draft.text).to.equal('typed before the data came');
    expect(localStorage.getItem('k:p1')).to.contain('typed before');
    expect(el.drafts.open('k:', true, source), 'refused').to.equal(false);
    expect(el.drafts.key).to.equal('k:p1');
    el.drafts.clear();
    expect(localStorage.getItem('k:p1')).to.equal(null);
    expect(el.drafts.open('k:', true, source), 'nothing in progress').to.equal(true);
  });
});

describe('InputResolver', () => {
  it('keeps the last good setup only while asked, and hands each new set of issues over once', () => {
    const inputs = new InputResolver<string>(() => 'unreadable');
    inputs.resolve(() => ({ setup: 'good', issues: [] }), false);
    expect(inputs.setup).to.equal('good');
    inputs.resolve(() => unusable(['data'], 'bad'), true);
    expect([inputs.setup, inputs.isStale]).to.deep.equal(['good', true]);
    expect(inputs.takeNewIssues()).to.deep.equal([{ path: ['data'], message: 'bad' }]);
    expect(inputs.takeNewIssues()).to.equal(undefined);
    inputs.resolve(() => {
      throw new Error('a revoked proxy');
    }, false);
    expect([inputs.setup, inputs.isStale]).to.deep.equal([undefined, false]);
    expect(inputs.issues).to.deep.equal([{ path: [], message: 'unreadable' }]);
  });

  it('reads a date like `a || b || today`, in the time zone', () => {
    const inputs = new InputResolver<string>(() => '');
    expect(inputs.dateOf(['', '2026-03-01T23:30:00Z'], 'Europe/Copenhagen').date).to.equal('2026-03-02');
    expect(inputs.dateOf(['2026-02-30'], 'Europe/Copenhagen')).to.deep.equal({
      date: undefined,
      input: '2026-02-30',
    });
  });
});
