import { expect } from '@open-wc/testing';
import { ownViewOf, plainVoiceOf } from '../../src/controllers/own-view.js';
import { ProgressModel } from '../../src/controllers/progress-model.js';
import { formatNumber } from '../../src/i18n/locale.js';
import { ownWords } from '../../src/i18n/own/words.js';
import { allWeekly, monthly, progress, weekly } from '../core/fixtures.js';

const voice = plainVoiceOf('da', ownWords.da, (value) => formatNumber('da', value, 0));

describe('ownViewOf(model, voice)', () => {
  const data = progress(
    [
      weekly('2026-03-02', { ...allWeekly(null), cooperation: 2 }, 'a', { 'done-well': 'Mødte til tiden.' }),
      weekly('2026-03-09', { ...allWeekly(null), cooperation: 4 }, 'a', { 'done-well': 'Hjalp en kollega.' }),
      monthly('2026-03-10', { persistence: 1, independence: 1, direction: 1 }, 'counsellor'),
      {
        id: 'own-1',
        instrument: 'self-weekly',
        date: '2026-03-12',
        rater: { role: 'self', id: 'p1' },
        ratings: { cooperation: 5 },
      },
    ],
    {
      conversations: [
        {
          id: 'c1',
          date: '2026-03-04',
          promptSet: 'nextwork',
          focus: 'cooperation',
          answers: {},
          nextStep: 'Spørg.',
        },
      ],
    },
  );

  it('reads the young-person model: the companies’ notes newest first, focus, traits and own reading', () => {
    const view = ownViewOf(new ProgressModel(data, 'da', 'young-person', false), voice);
    expect(view.notes.map((n) => n.text)).to.deep.equal(['Hjalp en kollega.', 'Mødte til tiden.']);
    expect(view.focus?.id).to.equal('cooperation');
    expect(view.focus?.nextStep).to.equal('Spørg.');
    expect(view.focus?.target).to.equal(undefined);
    // Before 4 March: W10 (2–8 March) had not ended, so nothing before: the change is "new"; now is
    // (2 + 4) / 2 = 3 over W10–W11.
    expect(view.focus?.moved).to.equal('Samarbejdsevner er målt for første gang. Nu: 3,0\u00a0af\u00a05.');
    const cooperation = view.traits.find((t) => t.id === 'cooperation')!;
    expect(cooperation.level?.now.value).to.equal(3);
    expect(cooperation.level?.step).to.equal(3);
    expect(cooperation.line).to.deep.equal([2, 3]);
    expect(view.readings.map((r) => [r.id, r.self.now.value, r.company?.now.value])).to.deep.equal([
      ['cooperation', 5, 3],
    ]);
  });

  it('gives nothing without data', () => {
    const view = ownViewOf(ProgressModel.empty('da'), voice);
    expect(view).to.deep.equal({ notes: [], focus: undefined, traits: [], readings: [] });
  });
});
