// The change sentences of the three sample young people, worked out by hand from their raw weekly
// ratings and written out in full, in Danish and in English.
//
// The rule: a weekly series reads as the rolling mean of the 4 calendar weeks that end with a
// point (weeks without a rating are skipped, a week with two raters counts once, as the mean of
// its ratings); "then" is that mean at the latest point whose week ends on or before the previous
// conversation; "now" is that mean at the latest point; change = now − then, and |change| < 0.25
// is steady (0.25 itself is a change). Values are written with one decimal, halves rounded up.
// The ratings are the company's weekly ratings (Fridays) of each trait, as samplePersonas holds them.
import { expect } from '@open-wc/testing';
import { changeSentenceIn, changeSentenceOf } from '../../src/controllers/change-words.js';
import { ProgressModel } from '../../src/controllers/progress-model.js';
import { rollingNow, samplePersonas, type ProgressData } from '../../src/core/index.js';
import { chartsWords } from '../../src/i18n/charts/words.js';

const { da: daWords, en: enWords } = chartsWords;

const [simon, liv, rasmus] = samplePersonas as [ProgressData, ProgressData, ProgressData];

interface Said {
  readonly since: string | undefined;
  /** Core's then, now and change for the series, as numbers. */
  readonly numbers: [number | null, number | null, number | null];
  readonly sentence: string;
}

/** What the model says about series `id` since the previous conversation, in `locale`. */
function said(persona: ProgressData, locale: string, id: string): Said {
  const model = new ProgressModel(persona, locale, 'counsellor', false);
  const since = model.latestConversationDate;
  const change = model.changesSince(since ?? '').find((c) => c.id === id);
  expect(change, `${persona.participant.id} ${id}: a change`).to.exist;
  return {
    since,
    numbers: [change!.before, change!.after, change!.delta],
    sentence: changeSentenceIn(model, model.labelOf(id), change, since ?? '', id),
  };
}

/** The same sentence through `changeSentenceOf` itself, "now" being core's rolling mean at the latest point. */
function sentenceOf(persona: ProgressData, locale: string, id: string): string {
  const model = new ProgressModel(persona, locale, 'counsellor', false);
  const since = model.latestConversationDate ?? '';
  const series = model.seriesById(id)!;
  const change = model.changesSince(since).find((c) => c.id === id);
  return changeSentenceOf(model, model.labelOf(id), change, since, { ...series, now: rollingNow(series) });
}

describe('changeSentenceOf: the change sentences of Simon, Liv and Rasmus, by hand', () => {
  describe('Simon (previous conversation Wednesday 30 September 2026)', () => {
    // "Then" ends with the week of Friday 25 September (it ends Sunday 27 September, before the
    // 30th): the weeks of 4, 11, 18 and 25 September. "Now" ends with his latest rating of the trait.

    it('cooperation rose: 3, 3, 3, 3 then; 4, 4, 4, 3 now', () => {
      // Then: (3 + 3 + 3 + 3) / 4 = 3.0. Now, the weeks of 16, 23, 30 October and 6 November:
      // (4 + 4 + 4 + 3) / 4 = 3.75, written 3.8. Change 0.75: rose.
      const en = said(simon, 'en', 'cooperation');
      expect(en.since).to.equal('2026-09-30');
      expect(en.numbers).to.deep.equal([3, 3.75, 0.75]);
      expect(en.sentence).to.equal(
        // Shown 3.0 → 3.8: 0.8, from 0.5 not "a little".
        'Cooperation: higher, from 3.0 before 30 September to 3.8 now (average of 4 weeks).',
      );
      expect(said(simon, 'da', 'cooperation').sentence).to.equal(
        'Samarbejdsevner: højere, fra 3,0 før 30. september til 3,8 nu (i snit over 4 uger).',
      );
    });

    it('initiative held steady, now read at the last week he was rated for it', () => {
      // Then: (3 + 3 + 3 + 3) / 4 = 3.0. Not rated on 6 November, nor on 9 or 16 October: the
      // latest point is the week of 30 October, whose 4 weeks (9, 16, 23, 30 October) hold two
      // ratings, 3 and 3: 3.0. Two points of four is half the window: no "only … reports".
      const en = said(simon, 'en', 'initiative');
      expect(en.numbers).to.deep.equal([3, 3, 0]);
      expect(en.sentence).to.equal(
        // Steady says its value now alone.
        'Initiative: steady since 30 September, 3.0 now (average of 4 weeks).',
      );
      expect(said(simon, 'da', 'initiative').sentence).to.equal(
        'Initiativ: stabil siden 30. september, 3,0 nu (i snit over 4 uger).',
      );
    });

    it('social skills dipped by exactly 0.25, which is a change, not steady', () => {
      // Then: (4 + 3 + 4 + 4) / 4 = 3.75, written 3.8. Now: (3 + 4 + 3 + 4) / 4 = 3.5.
      // Change −0.25: |−0.25| is not below 0.25, so it dipped.
      const en = said(simon, 'en', 'social');
      expect(en.numbers).to.deep.equal([3.75, 3.5, -0.25]);
      expect(en.sentence).to.equal(
        // Shown 3.8 → 3.5: 0.3, below 0.5: "a little".
        'Social skills: a little lower, from 3.8 before 30 September to 3.5 now (average of 4 weeks).',
      );
      expect(said(simon, 'da', 'social').sentence).to.equal(
        'Sociale egenskaber: lidt lavere, fra 3,8 før 30. september til 3,5 nu (i snit over 4 uger).',
      );
    });
  });

  describe('Liv (previous conversation Wednesday 21 October 2026; two raters in some weeks)', () => {
    // "Then" ends with the week of Friday 16 October: the weeks of 25 September, 2, 9 and 16
    // October. "Now" ends with the week of 6 November: 16, 23, 30 October and 6 November (the
    // week of 16 October lies in both).

    it('social skills held steady, a week with two raters counting once', () => {
      // Then: 3, (4 + 4) / 2 = 4, 4, 4 → 15 / 4 = 3.75. Now: 4, (4 + 4) / 2 = 4, 3, 4 → 3.75.
      // Both written 3.8; change 0.
      const en = said(liv, 'en', 'social');
      expect(en.since).to.equal('2026-10-21');
      expect(en.numbers).to.deep.equal([3.75, 3.75, 0]);
      expect(en.sentence).to.equal('Social skills: steady since 21 October, 3.8 now (average of 4 weeks).');
      expect(said(liv, 'da', 'social').sentence).to.equal(
        'Sociale egenskaber: stabil siden 21. oktober, 3,8 nu (i snit over 4 uger).',
      );
    });

    it('initiative dipped by 0.25', () => {
      // Then: 3, (3 + 3) / 2 = 3, 4, 3 → 13 / 4 = 3.25, written 3.3. Now: 3; on 23 October only
      // the second rater rated it, 3; then 3 and 3 → 3.0. Change −0.25: dipped.
      const en = said(liv, 'en', 'initiative');
      expect(en.numbers).to.deep.equal([3.25, 3, -0.25]);
      expect(en.sentence).to.equal(
        // Shown 3.3 → 3.0: 0.3, a little.
        'Initiative: a little lower, from 3.3 before 21 October to 3.0 now (average of 4 weeks).',
      );
      expect(said(liv, 'da', 'initiative').sentence).to.equal(
        'Initiativ: lidt lavere, fra 3,3 før 21. oktober til 3,0 nu (i snit over 4 uger).',
      );
    });
  });

  describe('Rasmus (previous conversation Wednesday 14 October 2026; two raters in some weeks)', () => {
    // "Then" ends with the week of Friday 9 October: the weeks of 18, 25 September, 2 and 9
    // October. "Now": the weeks of 16, 23, 30 October and 6 November.

    it('cooperation rose', () => {
      // Then: (4 + 5) / 2 = 4.5, 4, 4, (4 + 5) / 2 = 4.5 → 17 / 4 = 4.25, written 4.3.
      // Now: 4, 5, (4 + 5) / 2 = 4.5, 5 → 18.5 / 4 = 4.625, written 4.6. Change 0.375: rose.
      const en = said(rasmus, 'en', 'cooperation');
      expect(en.since).to.equal('2026-10-14');
      expect(en.numbers).to.deep.equal([4.25, 4.625, 0.375]);
      expect(en.sentence).to.equal(
        // Shown 4.3 → 4.6: 0.3, a little.
        'Cooperation: a little higher, from 4.3 before 14 October to 4.6 now (average of 4 weeks).',
      );
      expect(said(rasmus, 'da', 'cooperation').sentence).to.equal(
        'Samarbejdsevner: lidt højere, fra 4,3 før 14. oktober til 4,6 nu (i snit over 4 uger).',
      );
    });

    it('curiosity held steady although the written values differ by 0.2', () => {
      // Then: (4 + 5) / 2 = 4.5, 4, 4, (4 + 4) / 2 = 4 → 16.5 / 4 = 4.125, written 4.1.
      // Now: 4, 4, (4 + 4) / 2 = 4, 5 → 17 / 4 = 4.25, written 4.3. Change 0.125: steady
      // (the direction is read from the exact means, not from the written ones).
      const en = said(rasmus, 'en', 'curiosity');
      expect(en.numbers).to.deep.equal([4.125, 4.25, 0.125]);
      expect(en.sentence).to.equal(
        // Steady: its value now alone, 4.3 (not "from 4.1 to 4.3", which reads as a rise).
        'Curiosity: steady since 14 October, 4.3 now (average of 4 weeks).',
      );
      expect(said(rasmus, 'da', 'curiosity').sentence).to.equal(
        'Nysgerrighed: stabil siden 14. oktober, 4,3 nu (i snit over 4 uger).',
      );
    });
  });

  it('says the same sentence through the model and through changeSentenceOf with core’s "now"', () => {
    const cases: Array<[ProgressData, string]> = [
      [simon, 'cooperation'],
      [liv, 'initiative'],
      [rasmus, 'curiosity'],
    ];
    for (const [persona, id] of cases)
      for (const locale of ['da', 'en'])
        expect(sentenceOf(persona, locale, id), `${persona.participant.id} ${id} ${locale}`).to.equal(
          said(persona, locale, id).sentence,
        );
  });

  it('calls a fall of 0.8 "lower", not "a little" (issue 22: "Initiative dipped a little, from 4.7 to 3.9")', () => {
    // By hand: one week's point each side (a window of 1), 4.7 then and 3.9 now: shown 0.8, which
    // is not below 0.5. A fall of 0.4 (4.3 → 3.9) is "a little lower"; a rise of 0.5, "higher".
    const point = {
      period: '2026-W45',
      start: '2026-11-02',
      end: '2026-11-08',
      value: 3.9,
      count: 1,
      raters: 1,
      coverage: 1,
      values: [3.9],
    };
    const now = {
      period: point.period,
      start: point.start,
      end: point.end,
      value: 3.9,
      points: 1,
      ratings: 1,
      first: point.period,
      windowStart: point.start,
      window: 1,
    };
    const series = { cadence: 'week' as const, points: [point], now };
    const change = (before: number, after: number) => ({
      id: 'initiative',
      kind: 'trait' as const,
      before,
      after,
      delta: Math.round((after - before) * 10) / 10,
      direction: after > before ? ('rose' as const) : ('dipped' as const),
      beforePeriod: '2026-W39',
      afterPeriod: '2026-W45',
      beforeWindow: null,
      afterWindow: null,
    });
    const en = { locale: 'en', t: enWords };
    const da = { locale: 'da', t: daWords };
    expect(changeSentenceOf(en, 'Initiative', change(4.7, 3.9), '2026-09-30', series)).to.equal(
      'Initiative: lower, from 4.7 before 30 September to 3.9 now.',
    );
    expect(changeSentenceOf(da, 'Initiativ', change(4.7, 3.9), '2026-09-30', series)).to.equal(
      'Initiativ: lavere, fra 4,7 før 30. september til 3,9 nu.',
    );
    expect(changeSentenceOf(en, 'Initiative', change(4.3, 3.9), '2026-09-30', series)).to.equal(
      'Initiative: a little lower, from 4.3 before 30 September to 3.9 now.',
    );
    expect(changeSentenceOf(en, 'Initiative', change(3.4, 3.9), '2026-09-30', series)).to.equal(
      'Initiative: higher, from 3.4 before 30 September to 3.9 now.',
    );
  });
});
