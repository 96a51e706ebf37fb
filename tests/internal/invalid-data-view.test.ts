import { expect } from '@open-wc/testing';
import { render } from 'lit';
import type { InvalidDataIssue } from '../../src/events/index.js';
import { daCommon } from '../../src/i18n/common/da.js';
import { enCommon } from '../../src/i18n/common/en.js';
import { renderInvalidData } from '../../src/internal/invalid-data-view.js';

function rendered(template: unknown): HTMLElement {
  const container = document.createElement('div');
  render(template, container);
  return container;
}

/** The text a person sees, one space between words. */
const seen = (node: Node) => (node.textContent ?? '').replace(/\s+/g, ' ').trim();

const five: InvalidDataIssue[] = [
  { path: ['participant', 'id'], message: 'Mangler' },
  { path: ['items', 2, 'value'], message: 'Skal være et tal' },
  { path: [], message: 'Ikke et objekt' },
  { path: ['schemaVersion'], message: 'Fjerde' },
  { path: ['framework'], message: 'Femte' },
];

describe('renderInvalidData(t, issues, { compact, part })', () => {
  it('shows a titled group: the title, the lead and the first three issues, each where it is and what is wrong', () => {
    const container = rendered(renderInvalidData(daCommon, five));
    const group = container.querySelectorAll('[part="error"]');
    expect(group).to.have.length(1);
    expect(group[0]!.getAttribute('role')).to.equal('group');
    expect(group[0]!.getAttribute('aria-label')).to.equal('Data kan ikke vises');
    expect(seen(group[0]!.querySelector('.error__title')!)).to.equal('Data kan ikke vises');
    const items = [...container.querySelectorAll('li')].map(seen);
    expect(items).to.deep.equal([
      'participant.id: Mangler',
      'items[2].value: Skal være et tal',
      'Ikke et objekt',
    ]);
    // What a person reads, block by block; five issues, three shown: "… og 2 fejl mere."
    expect([...container.querySelectorAll('p, li')].map(seen)).to.deep.equal([
      'Data kan ikke vises',
      'Der er fejl i de data, siden har givet:',
      'participant.id: Mangler',
      'items[2].value: Skal være et tal',
      'Ikke et objekt',
      '… og 2 fejl mere.',
    ]);
  });

  it('puts each path in its own <bdi> (keys can be the host’s) and none where there is no path', () => {
    const container = rendered(
      renderInvalidData(enCommon, [
        { path: [0, 'נתון'], message: 'bad' },
        { path: [], message: 'no path' },
      ]),
    );
    const paths = [...container.querySelectorAll('li bdi')].map((b) => b.textContent);
    expect(paths).to.deep.equal(['[0].נתון']);
    expect(container.querySelectorAll('li')[1]!.querySelector('bdi')).to.equal(null);
  });

  it('says nothing of more issues when three or fewer, and speaks the translation given', () => {
    const container = rendered(renderInvalidData(enCommon, five.slice(0, 3)));
    expect(container.querySelectorAll('li')).to.have.length(3);
    expect([...container.querySelectorAll('p')].map(seen), 'no "… and n more."').to.deep.equal([
      'The data cannot be shown',
      'The data given by the page has errors:',
    ]);
    const four = rendered(renderInvalidData(enCommon, five.slice(0, 4)));
    expect(four.querySelectorAll('li')).to.have.length(3);
    expect([...four.querySelectorAll('p')].map(seen).at(-1)).to.equal('… and 1 more.');
  });

  it('shows a message as text, never markup, with the isolated host text in a <bdi>', () => {
    const container = rendered(
      renderInvalidData(daCommon, [
        { path: ['x'], message: '<img src=x onerror="window.hacked=1"> er ukendt' },
        { path: ['y'], message: 'Ukendt id \u2068\u202eabc\u2069 her' },
      ]),
    );
    expect(container.querySelector('img')).to.equal(null);
    expect(seen(container.querySelectorAll('li')[0]!)).to.equal(
      'x: <img src=x onerror="window.hacked=1"> er ukendt',
    );
    const second = container.querySelectorAll('li')[1]!;
    const bdis = [...second.querySelectorAll('bdi')].map((b) => b.textContent);
    expect(bdis, 'the path and the host text').to.deep.equal(['y', '\u202eabc']);
    expect(seen(second)).to.equal('y: Ukendt id \u202eabc her');
  });

  it('is part input-notice where it stands beside a conversation kept on screen', () => {
    const container = rendered(renderInvalidData(daCommon, five, { part: 'input-notice' }));
    expect(container.querySelectorAll('[part="error"]')).to.have.length(0);
    const notice = container.querySelectorAll('[part="input-notice"]');
    expect(notice).to.have.length(1);
    expect(notice[0]!.getAttribute('role')).to.equal('group');
    expect(notice[0]!.querySelectorAll('li')).to.have.length(3);
  });

  it('compact (a sparkline): the title alone, as an image with that name, and no issue listed', () => {
    const container = rendered(renderInvalidData(daCommon, five, { compact: true, part: 'input-notice' }));
    const error = container.querySelectorAll('[part="error"]');
    expect(error).to.have.length(1);
    expect(error[0]!.localName).to.equal('span');
    expect(error[0]!.classList.contains('error--compact')).to.equal(true);
    expect(error[0]!.getAttribute('role')).to.equal('img');
    expect(error[0]!.getAttribute('aria-label')).to.equal('Data kan ikke vises');
    expect(seen(container)).to.equal('Data kan ikke vises');
    expect(container.querySelectorAll('li')).to.have.length(0);
  });
});
