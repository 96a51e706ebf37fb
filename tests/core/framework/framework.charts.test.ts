// The rules the data controller used to hold, now pure functions in core, with hand-computed cases.
import { expect } from '@open-wc/testing';
import {
  chartScaleOf,
  frameworkIndex,
  nextworkFramework,
  parseFramework,
  selectedSeriesIds,
  seriesScaleOf,
} from '../../../src/core/index.js';
import { craftFramework } from '../other-framework.js';

describe('selectedSeriesIds(framework, selection)', () => {
  it('turns the series attribute into a list of ids once', () => {
    expect(selectedSeriesIds(nextworkFramework, 'dimensions')).to.deep.equal([
      'work-readiness',
      'determination',
      'resilience',
    ]);
    expect(selectedSeriesIds(nextworkFramework, '  ')).to.deep.equal(
      selectedSeriesIds(nextworkFramework, 'dimensions'),
    );
    expect(selectedSeriesIds(nextworkFramework, 'traits')).to.deep.equal([
      'initiative',
      'persistence',
      'curiosity',
      'cooperation',
      'social',
      'responsibility',
    ]);
    expect(
      selectedSeriesIds(nextworkFramework, ' initiative, ,weekly-company.punctuality,nope,determination'),
    ).to.deep.equal(['initiative', 'weekly-company.punctuality', 'determination']);
  });
});

describe('seriesScaleOf(framework, id) and chartScaleOf(framework, ids)', () => {
  it('finds the scale of an item, a trait, a dimension and a score', () => {
    const parsed = parseFramework(craftFramework);
    if (!parsed.ok) throw new Error('fixture');
    const craft = parsed.data;
    expect(seriesScaleOf(craft, 'site-log.craft')?.id).to.equal('ten');
    expect(seriesScaleOf(craft, 'teamwork')?.id).to.equal('ten');
    expect(seriesScaleOf(craft, 'readiness')?.id).to.equal('ten');
    expect(seriesScaleOf(craft, 'nope')).to.equal(undefined);
    const nextworkScale = (id: string) => seriesScaleOf(nextworkFramework, id)?.id;
    const first = nextworkFramework.scales[0]?.id;
    expect(nextworkScale('resilience')).to.equal(
      nextworkFramework.instruments.find((i) => i.id === 'resilience-self-report')?.scale,
    );
    expect(chartScaleOf(craft, ['nope', 'teamwork'])?.id).to.equal('ten');
    expect(chartScaleOf(nextworkFramework, ['nope'])?.id).to.equal(first);
  });
});

describe('frameworkIndex(framework)', () => {
  it('finds traits, dimensions, instruments, scales and items by id, the first of duplicates, once', () => {
    const index = frameworkIndex(nextworkFramework);
    expect(index).to.equal(frameworkIndex(nextworkFramework));
    expect(index.traits.get('initiative')?.items).to.deep.equal(['weekly-company.initiative']);
    expect(index.dimensions.get('determination')?.cadence).to.equal('month');
    expect(index.items.get('weekly-company.done-well')?.item.kind).to.equal('text');
    expect(index.items.get('weekly-company.nope')).to.equal(undefined);
    const first = { id: 'a', label: { da: '1', en: '1' }, items: ['x.y'] };
    const second = { id: 'a', label: { da: '2', en: '2' }, items: ['x.z'] };
    const doubled = { ...nextworkFramework, traits: [first, second] };
    expect(frameworkIndex(doubled).traits.get('a')).to.equal(first);
  });
});
