// ProgressModel: one young person's data for one audience and language; "last time" and the focus
// chosen are read from the conversations, and what an audience may not see is never in the model.
import { expect } from '@open-wc/testing';
import { ProgressModel } from '../../src/controllers/progress-model.js';
import { samplePersonas, type ProgressData } from '../../src/core/index.js';

const [simon] = samplePersonas as [ProgressData];

describe('ProgressModel', () => {
  // Simon's conversations: 14 January (focus punctuality), 15 April and 24 June (persistence),
  // 30 September 2026 (determination).
  it('finds the previous conversation, before a day or of all, and the focus chosen then', () => {
    const model = new ProgressModel(simon, 'da', 'counsellor', false);
    expect(model.latestConversationDate).to.equal('2026-09-30');
    expect(model.previousConversationDate('2026-09-30'), 'the day itself is not before it').to.equal(
      '2026-06-24',
    );
    expect(model.previousConversationDate('2026-01-14')).to.equal(undefined);
    expect(model.latestFocus).to.equal('determination');
    expect(model.previousFocus('2026-09-30')).to.deep.equal({ id: 'persistence', date: '2026-06-24' });
    expect(model.previousFocus('2026-04-15')).to.deep.equal({
      id: 'weekly-company.punctuality',
      date: '2026-01-14',
    });
  });

  it('shows self-reported resilience to a counsellor, and in a conversation only with the young person’s consent', () => {
    const ids = (audience: 'counsellor' | 'conversation' | 'company', consent: boolean) =>
      new ProgressModel(simon, 'en', audience, consent).selection('dimensions');
    expect(ids('counsellor', false)).to.deep.equal(['work-readiness', 'determination', 'resilience']);
    expect(ids('conversation', false)).to.deep.equal(['work-readiness', 'determination']);
    expect(ids('conversation', true)).to.deep.equal(['work-readiness', 'determination', 'resilience']);
    expect(ids('company', true)).to.deep.equal(['work-readiness', 'determination']);
  });

  it('without data: no aggregation, no conversations, no name, and nothing changed', () => {
    const model = ProgressModel.empty('da');
    expect([model.aggregation, model.latestConversationDate, model.participantName]).to.deep.equal([
      undefined,
      undefined,
      '',
    ]);
    expect(model.changesSince('2026-09-30')).to.deep.equal([]);
    expect(model.selection('traits')).to.deep.equal([]);
  });
});
