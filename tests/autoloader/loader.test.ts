import { expect } from '@open-wc/testing';
import { createLoader, undefinedTagsIn, type LoaderHost } from '../../src/autoloader/loader.js';

const base = 'https://portal.example/spor/spor-autoloader.js';

/** A stand-in page: imports are recorded and settle when the test says so. */
function fakeHost(defined: string[] = []) {
  const imported: string[] = [];
  const errors: string[] = [];
  const settle: Array<(ok: boolean) => void> = [];
  const host: LoaderHost = {
    base,
    isDefined: (tag) => defined.includes(tag),
    importModule: (url) => {
      imported.push(url);
      return new Promise((resolve, reject) =>
        settle.push((ok) => (ok ? resolve(undefined) : reject(new Error('404')))),
      );
    },
    onError: (tag) => errors.push(tag),
  };
  const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
  return { host, imported, errors, settle, tick };
}

describe('createLoader: each tag’s module imported once', () => {
  it('imports a known tag once while it is on its way, however often it is asked for', async () => {
    const { host, imported, settle, tick } = fakeHost();
    const loader = createLoader(host);
    const first = loader.load('spor-trend-chart');
    const second = loader.load('spor-trend-chart');
    const third = loader.load('SPOR-TREND-CHART');
    expect(first).to.be.instanceOf(Promise);
    expect(second).to.equal(first);
    expect(third).to.equal(first);
    expect([...loader.inFlight]).to.deep.equal(['spor-trend-chart']);
    await tick();
    expect(imported).to.deep.equal(['https://portal.example/spor/auto/spor-trend-chart.js']);
    expect(settle.length).to.equal(1);
    settle[0]?.(true);
    await first;
    expect(loader.inFlight.size).to.equal(0);
  });

  it('imports nothing for a tag that is defined already or that the kit does not have', async () => {
    const { host, imported, tick } = fakeHost(['spor-sparkline']);
    const loader = createLoader(host);
    expect(loader.load('spor-sparkline')).to.equal(undefined);
    expect(loader.load('spor-foo')).to.equal(undefined);
    expect(loader.load('div')).to.equal(undefined);
    await tick();
    expect(imported).to.deep.equal([]);
    expect(loader.inFlight.size).to.equal(0);
  });

  it('does not import again once the module has defined its tag', async () => {
    const defined: string[] = [];
    const { host, imported, settle, tick } = fakeHost(defined);
    const loader = createLoader(host);
    const loading = loader.load('spor-my-progress');
    await tick();
    defined.push('spor-my-progress');
    settle[0]?.(true);
    await loading;
    expect(loader.load('spor-my-progress')).to.equal(undefined);
    expect(imported.length).to.equal(1);
  });

  it('tells the host of a failed load without rejecting, and tries again on the next ask', async () => {
    const { host, imported, errors, settle, tick } = fakeHost();
    const loader = createLoader(host);
    const failing = loader.load('spor-week-hours');
    await tick();
    settle[0]?.(false);
    // Resolves (never rejects) to undefined.
    expect(await failing).to.equal(undefined);
    expect(errors).to.deep.equal(['spor-week-hours']);
    expect(loader.inFlight.size).to.equal(0);
    const again = loader.load('spor-week-hours');
    await tick();
    expect(imported.length).to.equal(2);
    settle[1]?.(true);
    await again;
    expect(errors.length).to.equal(1);
  });

  it('imports the chunks the table names for the tag at the same time as its module, once', async () => {
    const { host, imported, settle, tick } = fakeHost();
    const loader = createLoader({
      ...host,
      chunksOf: (tag) =>
        tag === 'spor-trend-chart' ? ['auto/chunks/lit-1.js', 'auto/chunks/parse-2.js'] : [],
    });
    const loading = loader.load('spor-trend-chart');
    loader.load('spor-trend-chart');
    await tick();
    expect(imported).to.deep.equal([
      'https://portal.example/spor/auto/spor-trend-chart.js',
      'https://portal.example/spor/auto/chunks/lit-1.js',
      'https://portal.example/spor/auto/chunks/parse-2.js',
    ]);
    // Settled only when every import has: the module and both chunks.
    let done = false;
    void loading?.then(() => (done = true));
    settle[0]?.(true);
    settle[1]?.(true);
    await tick();
    expect(done).to.equal(false);
    settle[2]?.(true);
    await loading;
    expect(done).to.equal(true);
  });

  it('keeps a throwing import from reaching the caller', async () => {
    const errors: unknown[] = [];
    const loader = createLoader({
      base,
      isDefined: () => false,
      importModule: () => {
        throw new Error('blocked');
      },
      onError: (_tag, error) => errors.push(error),
    });
    await loader.load('spor-sparkline');
    expect(errors.length).to.equal(1);
    expect((errors[0] as Error).message).to.equal('blocked');
  });
});

describe('undefinedTagsIn: the spor-* elements still to be defined', () => {
  it('names each undefined spor-* tag once, the root itself too, and leaves defined and other tags', () => {
    customElements.define('spor-test-defined-already', class extends HTMLElement {});
    const root = document.createElement('spor-sparkline');
    root.innerHTML =
      '<spor-trend-chart></spor-trend-chart><div><spor-trend-chart></spor-trend-chart>' +
      '<spor-foo></spor-foo><other-thing></other-thing><spor-test-defined-already></spor-test-defined-already></div>';
    expect(root.querySelectorAll('*').length).to.equal(6);
    expect(undefinedTagsIn(root).sort()).to.deep.equal(['spor-foo', 'spor-sparkline', 'spor-trend-chart']);
  });

  it('looks into a shadow root and a fragment, and finds nothing in a text node', () => {
    const host = document.createElement('div');
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p><spor-my-progress></spor-my-progress></p>';
    expect(undefinedTagsIn(shadow)).to.deep.equal(['spor-my-progress']);
    const fragment = document.createDocumentFragment();
    fragment.append(document.createElement('spor-week-hours'));
    expect(undefinedTagsIn(fragment)).to.deep.equal(['spor-week-hours']);
    expect(undefinedTagsIn(document.createTextNode('spor-trend-chart'))).to.deep.equal([]);
  });
});
