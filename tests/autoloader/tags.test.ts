import { expect } from '@open-wc/testing';
import {
  autoloadTags,
  builtChunkTable,
  chunkTableOf,
  isAutoloadTag,
  moduleUrlOf,
} from '../../src/autoloader/tags.js';

describe('the autoloader’s tags and where their modules are', () => {
  it('lists the fourteen elements once each, every one a spor-* tag', () => {
    expect(autoloadTags.length).to.equal(14);
    expect(new Set(autoloadTags).size).to.equal(14);
    for (const tag of autoloadTags) expect(tag).to.match(/^spor-[a-z]+(-[a-z]+)*$/);
    expect(autoloadTags).to.include('spor-trend-chart');
    expect(autoloadTags).to.include('spor-my-progress');
  });

  it('finds a module beside the autoloader: auto/<tag>.js in its folder', () => {
    const base = 'https://portal.example/assets/spor/spor-autoloader.js';
    expect(moduleUrlOf('spor-trend-chart', base)?.href).to.equal(
      'https://portal.example/assets/spor/auto/spor-trend-chart.js',
    );
    expect(moduleUrlOf('spor-progress-conversation', new URL(base))?.href).to.equal(
      'https://portal.example/assets/spor/auto/spor-progress-conversation.js',
    );
    // The autoloader's own query string does not follow the module (URL resolution drops it).
    expect(moduleUrlOf('spor-sparkline', `${base}?v=3`)?.href).to.equal(
      'https://portal.example/assets/spor/auto/spor-sparkline.js',
    );
  });

  it('has no URL for a tag the kit does not have, so nothing is fetched for it', () => {
    const base = 'https://portal.example/spor-autoloader.js';
    for (const tag of ['spor-foo', 'spor-trend-charts', 'spor-', 'div', 'SPOR-TREND-CHART', '']) {
      expect(isAutoloadTag(tag), tag).to.equal(false);
      expect(moduleUrlOf(tag, base), tag).to.equal(undefined);
    }
  });
});

describe('chunkTableOf: the chunks each tag’s module imports, as the build writes them in', () => {
  it('reads names and each tag’s indices, in the order of autoloadTags', () => {
    // autoloadTags[0] is spor-assessment-form, [1] spor-cohort-outcomes, [2] spor-conversation-guide.
    expect(autoloadTags.slice(0, 3)).to.deep.equal([
      'spor-assessment-form',
      'spor-cohort-outcomes',
      'spor-conversation-guide',
    ]);
    const table = chunkTableOf('lit-AB12,parse-CD34,words-EF56|0.1,,2.0');
    expect([...table.keys()]).to.deep.equal(['spor-assessment-form', 'spor-conversation-guide']);
    expect(table.get('spor-assessment-form')).to.deep.equal([
      'auto/chunks/lit-AB12.js',
      'auto/chunks/parse-CD34.js',
    ]);
    expect(table.get('spor-conversation-guide')).to.deep.equal([
      'auto/chunks/words-EF56.js',
      'auto/chunks/lit-AB12.js',
    ]);
    // The cohort's list is empty: no entry, nothing extra to fetch.
    expect(table.has('spor-cohort-outcomes')).to.equal(false);
  });

  it('leaves out an index with no chunk and a list past the last tag', () => {
    const lists = [...autoloadTags.map(() => '0'), '0'].join(',');
    const table = chunkTableOf(`only-1|${lists.replace(/^0/, '0.7.x')}`);
    expect(table.size).to.equal(autoloadTags.length);
    expect(table.get('spor-assessment-form')).to.deep.equal(['auto/chunks/only-1.js']);
  });

  it('is empty before the build has written the table in (tests, dev) and for text that is no table', () => {
    expect(builtChunkTable).to.equal('__SPOR_AUTOLOAD_CHUNKS__');
    expect(chunkTableOf(builtChunkTable).size).to.equal(0);
    expect(chunkTableOf('').size).to.equal(0);
  });
});
