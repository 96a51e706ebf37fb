import { expect } from '@open-wc/testing';
import { autoloadTags, isAutoloadTag, moduleUrlOf } from '../../src/autoloader/tags.js';

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
