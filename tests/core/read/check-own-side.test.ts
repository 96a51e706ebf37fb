import { expect } from '@open-wc/testing';
import {
  limits,
  nextworkFramework,
  nextworkPromptSet,
  type ProgressDataInput,
  type ValidationIssue,
} from '../../../src/core/index.js';
import { parseConversationRecord, parseProgressData } from '../checked-core.js';

const selfRating = (id: string, date: string) => ({
  id,
  instrument: 'self-weekly',
  date,
  rater: { role: 'self', id: 'liv' },
  ratings: { initiative: 3, persistence: 4, curiosity: null, cooperation: 4, social: 2, responsibility: 5 },
});

const valid = () => ({
  schemaVersion: 1 as const,
  participant: { id: 'liv', displayName: 'Liv' },
  assessments: [selfRating('s1', '2026-03-05'), selfRating('s2', '2026-03-12')],
  conversations: [
    {
      id: 'c1',
      date: '2026-03-20',
      promptSet: 'nextwork',
      answers: { focus: 'Sociale egenskaber.' },
      focus: 'social',
      nextStep: 'Jeg siger noget på morgenmødet én gang om ugen.',
      target: 4,
    },
  ],
  experiences: [
    { id: 'x1', date: '2026-03-03', kind: 'work', text: 'Hjalp en låner med at finde en bog.', shared: true },
    { id: 'x2', date: '2026-03-04', kind: 'social', text: 'Spiste frokost med de andre.' },
  ],
});

type Input = ReturnType<typeof valid> & ProgressDataInput;

function issuesOf(change: (input: Input) => void, locale?: string): ValidationIssue[] {
  const input = valid() as Input;
  change(input);
  const result = parseProgressData(input, locale ? { locale } : {});
  return result.ok ? [] : [...result.issues];
}

const said = (issues: ValidationIssue[]) =>
  issues.map((issue) => [issue.path.join('.'), issue.code, issue.message]);

describe('the young person’s own side in ProgressData (log, next step, target, self-ratings)', () => {
  it('accepts it; a log entry is private unless it says shared, and its date-time becomes a local date', () => {
    const input = valid();
    // 23:30 UTC on 1 March is 00:30 on 2 March in Copenhagen (UTC+1 in winter).
    input.experiences[0]!.date = '2026-03-01T23:30:00Z';
    const result = parseProgressData(input);
    expect(result.ok, result.ok ? '' : JSON.stringify(result.issues)).to.equal(true);
    if (!result.ok) return;
    expect(result.data.experiences).to.deep.equal([
      {
        id: 'x1',
        date: '2026-03-02',
        kind: 'work',
        text: 'Hjalp en låner med at finde en bog.',
        shared: true,
      },
      { id: 'x2', date: '2026-03-04', kind: 'social', text: 'Spiste frokost med de andre.', shared: false },
    ]);
    expect(result.data.conversations[0]?.nextStep).to.equal(
      'Jeg siger noget på morgenmødet én gang om ugen.',
    );
    expect(result.data.conversations[0]?.target).to.equal(4);
  });

  it('is optional: data without a log has none, and the host’s input is not changed', () => {
    const result = parseProgressData({ schemaVersion: 1, participant: { id: 'p', displayName: 'P' } });
    expect(result.ok && result.data.experiences).to.equal(undefined);
    const input = valid();
    input.experiences[0]!.date = '2026-03-01T23:30:00Z';
    parseProgressData(input);
    expect(input.experiences[0]!.date).to.equal('2026-03-01T23:30:00Z');
  });

  it('refuses an unknown kind of entry, in Danish and English', () => {
    const change = (input: Input) => {
      (input.experiences[1] as { kind: string }).kind = 'school';
    };
    expect(said(issuesOf(change))).to.deep.equal([
      ['experiences.1.kind', 'value', 'Skal være en af: "work", "social", "other".'],
    ]);
    expect(said(issuesOf(change, 'en'))).to.deep.equal([
      ['experiences.1.kind', 'value', 'Should be one of: "work", "social", "other".'],
    ]);
  });

  it('refuses an entry’s date that is no date, does not exist or lies outside the calendar', () => {
    expect(
      said(
        issuesOf((input) => {
          input.experiences[0]!.date = '3. marts';
        }),
      ),
    ).to.deep.equal([
      [
        'experiences.0.date',
        'dateFormat',
        'Skal være en dato som 2026-03-01 eller et tidspunkt med tidszone som 2026-03-01T09:00:00+01:00.',
      ],
    ]);
    expect(
      said(
        issuesOf((input) => {
          input.experiences[0]!.date = '2026-02-30';
          input.experiences[1]!.date = '0000-06-01';
        }, 'en'),
      ),
    ).to.deep.equal([
      ['experiences.0.date', 'impossibleDate', 'The date 2026-02-30 does not exist.'],
      [
        'experiences.1.date',
        'dateOutOfRange',
        'The date 0000-06-01 is outside the calendar (0001-01-01 to 9999-12-31).',
      ],
    ]);
  });

  it('refuses an entry or a next step longer than a note may be, and a second entry with one id', () => {
    const tooLong = 'x'.repeat(limits.note + 1); // 5001 characters
    expect(
      said(
        issuesOf((input) => {
          input.experiences[0]!.text = tooLong;
          input.conversations[0]!.nextStep = tooLong;
        }),
      ),
    ).to.deep.equal([
      ['conversations.0.nextStep', 'tooLong', 'Teksten er for lang (højst 5000 tegn).'],
      ['experiences.0.text', 'tooLong', 'Teksten er for lang (højst 5000 tegn).'],
    ]);
    // Exactly 5000 is allowed.
    expect(
      issuesOf((input) => {
        input.experiences[0]!.text = 'x'.repeat(limits.note);
      }),
    ).to.deep.equal([]);
    expect(
      said(
        issuesOf((input) => {
          input.experiences[1]!.id = 'x1';
        }),
      ),
    ).to.deep.equal([['experiences.1.id', 'duplicateId', "Id'et x1 er allerede brugt."]]);
  });

  it('refuses more log entries than the limit, before reading them', () => {
    const issues = issuesOf((input) => {
      const entry = input.experiences[0]!;
      input.experiences = Array.from({ length: limits.experiences + 1 }, (_, i) => ({
        ...entry,
        id: `x${i}`,
      }));
    });
    expect(said(issues)).to.deep.equal([['experiences', 'tooMany', 'Listen er for lang (højst 2000).']]);
  });

  it('refuses a target off the focus area’s scale, or without a focus, in Danish and English', () => {
    // `social` is rated on frequency-5, 1–5: 6 and 0.5 lie outside it, 1 and 5 on its ends.
    expect(
      said(
        issuesOf((input) => {
          input.conversations[0]!.target = 6;
        }),
      ),
    ).to.deep.equal([
      ['conversations.0.target', 'targetOffScale', 'Målet 6 ligger uden for fokusområdets skala 1–5.'],
    ]);
    expect(
      said(
        issuesOf((input) => {
          input.conversations[0]!.target = 0.5;
        }, 'en'),
      ),
    ).to.deep.equal([
      ['conversations.0.target', 'targetOffScale', "The target 0.5 is outside the focus area's scale 1–5."],
    ]);
    for (const target of [1, 3.5, 5]) {
      expect(
        issuesOf((input) => {
          input.conversations[0]!.target = target;
        }),
        String(target),
      ).to.deep.equal([]);
    }
    const change = (input: Input) => {
      delete (input.conversations[0] as { focus?: string }).focus;
    };
    expect(said(issuesOf(change))).to.deep.equal([
      [
        'conversations.0.target',
        'targetWithoutFocus',
        'Et mål skal høre til et fokusområde. Vælg først fokus.',
      ],
    ]);
    expect(said(issuesOf(change, 'en'))).to.deep.equal([
      [
        'conversations.0.target',
        'targetWithoutFocus',
        'A target belongs to a focus area. Choose the focus first.',
      ],
    ]);
    // A target is a number: a text is refused by the schema.
    expect(
      issuesOf((input) => {
        (input.conversations[0] as { target: unknown }).target = '4';
      }).map((issue) => [issue.path.join('.'), issue.code]),
    ).to.deep.equal([['conversations.0.target', 'type']]);
  });

  it('refuses a second self-rating in the same ISO week, counted in the framework’s time zone', () => {
    // s2 on Sunday 8 March 22:30 UTC is 23:30 that Sunday in Copenhagen: still week 10, as s1
    // (Thursday 5 March). The second one of the week is the one reported.
    const change = (input: Input) => {
      input.assessments[1]!.date = '2026-03-08T22:30:00Z';
    };
    expect(said(issuesOf(change))).to.deep.equal([
      [
        'assessments.1.date',
        'secondSelfRating',
        'Der er allerede en egen vurdering i 2026-W10. Den unge vurderer sig selv højst én gang pr. uge.',
      ],
    ]);
    expect(said(issuesOf(change, 'en'))).to.deep.equal([
      [
        'assessments.1.date',
        'secondSelfRating',
        'There is already a self-rating in 2026-W10. The young person rates themselves at most once a week.',
      ],
    ]);
    // 23:30 UTC that Sunday is 00:30 on Monday 9 March in Copenhagen: week 11, no issue. In UTC
    // it would still be week 10.
    expect(
      issuesOf((input) => {
        input.assessments[1]!.date = '2026-03-08T23:30:00Z';
      }),
    ).to.deep.equal([]);
    // A resilience questionnaire in the same week is another instrument: no issue.
    expect(
      issuesOf((input) => {
        input.assessments.push({
          id: 'r1',
          instrument: 'resilience-self-report',
          date: '2026-03-05',
          rater: { role: 'self', id: 'liv' },
          ratings: { r1: 4, r2: 2, r3: 4, r4: 2, r5: 3, r6: 3 } as never,
        });
      }),
    ).to.deep.equal([]);
  });

  it('self-ratings are checked as any assessment: on the scale, by the young person only', () => {
    expect(
      issuesOf((input) => {
        input.assessments[0]!.ratings.social = 6;
        input.assessments[1]!.rater.role = 'company';
      }).map((issue) => [issue.path.join('.'), issue.code]),
    ).to.deep.equal([
      ['assessments.0.ratings.social', 'offScale'],
      ['assessments.1.rater.role', 'roleNotAllowed'],
    ]);
  });
});

describe('parseConversationRecord: next step and target', () => {
  const record = {
    id: 'c9',
    date: '2026-03-20',
    promptSet: 'nextwork',
    answers: { focus: 'Vedholdenhed.' },
    focus: 'determination',
    nextStep: 'Jeg bliver ved en time, før jeg spørger.',
    target: 4,
  };

  it('keeps them', () => {
    const result = parseConversationRecord(record, {
      promptSet: nextworkPromptSet,
      framework: nextworkFramework,
    });
    expect(result.ok && [result.data.nextStep, result.data.target]).to.deep.equal([
      'Jeg bliver ved en time, før jeg spørger.',
      4,
    ]);
  });

  it('refuses a target off the focus dimension’s scale, with a path inside the record', () => {
    const result = parseConversationRecord(
      { ...record, target: 5.5 },
      { promptSet: nextworkPromptSet, framework: nextworkFramework, locale: 'en' },
    );
    expect(result.ok ? [] : result.issues.map((i) => [i.path, i.code, i.message])).to.deep.equal([
      [['target'], 'targetOffScale', "The target 5.5 is outside the focus area's scale 1–5."],
    ]);
  });
});
