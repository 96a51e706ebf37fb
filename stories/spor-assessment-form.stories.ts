import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import { samplePersonas, type FrameworkInput, type ProgressData, type Rater } from '../src/index.js';

interface AssessmentFormArgs {
  instrument: string;
  framework?: string | FrameworkInput;
  participant?: { id: string; displayName: string };
  rater?: Rater;
  date?: string;
  mode?: '' | 'list' | 'one-per-screen';
  showScore?: boolean;
  persist?: 'none' | 'session' | 'local';
  locale?: string;
  data?: ProgressData;
  onSubmit?: (event: Event) => void;
}

const simon = { id: 'simon', displayName: 'Simon' };
const label = (da: string, en: string) => ({ da, en });

/** A programme's own weekly check-in on a 0–10 scale with labelled ends: no code, only data. */
const wellbeingFramework: FrameworkInput = {
  id: 'trivsel',
  label: label('Trivsel', 'Well-being'),
  roles: [{ id: 'mentor', label: label('Mentor', 'Mentor') }],
  scales: [
    {
      id: 'zero-ten',
      min: 0,
      max: 10,
      step: 1,
      labels: [
        { value: 0, label: label('Slet ikke', 'Not at all') },
        { value: 5, label: label('Til dels', 'Partly') },
        { value: 10, label: label('Fuldt ud', 'Fully') },
      ],
    },
  ],
  instruments: [
    {
      id: 'check-in',
      label: label('Ugentligt trivselstjek', 'Weekly well-being check-in'),
      cadence: 'week',
      scale: 'zero-ten',
      raterRoles: ['mentor'],
      items: [
        { id: 'energy', label: label('Har overskud i hverdagen', 'Has energy for everyday life') },
        { id: 'sleep', label: label('Sover godt og har faste rutiner', 'Sleeps well and keeps routines') },
        { id: 'hope', label: label('Tror på, at det lykkes', 'Believes it will work out') },
        { id: 'note', label: label('Hvad fyldte denne uge?', 'What mattered this week?'), kind: 'text' },
      ],
    },
  ],
};

const meta = {
  title: 'Forms/Assessment form',
  component: 'spor-assessment-form',
  args: {
    instrument: 'weekly-company',
    participant: simon,
    rater: { role: 'company', id: 'll-jens', name: 'Jens Mikkelsen' },
    date: '2026-11-13',
    mode: '',
    showScore: false,
    persist: 'none',
  },
  argTypes: {
    mode: {
      control: { type: 'inline-radio', labels: { '': 'automatic' } },
      options: ['', 'list', 'one-per-screen'],
    },
    persist: { control: 'inline-radio', options: ['none', 'session', 'local'] },
    onSubmit: { action: 'spor-assessment-submit' },
  },
  render: ({
    instrument,
    framework,
    participant,
    rater,
    date,
    mode,
    showScore,
    persist,
    locale,
    data,
    onSubmit,
  }) =>
    html`<spor-assessment-form
      .framework=${framework ?? 'nextwork'}
      instrument=${instrument}
      .participant=${participant}
      .rater=${rater}
      date=${date ?? ''}
      mode=${mode ?? ''}
      ?show-score=${showScore}
      persist=${persist ?? 'none'}
      locale=${locale ?? ''}
      .data=${data}
      @spor-assessment-submit=${onSubmit}
    ></spor-assessment-form>`,
} satisfies Meta<AssessmentFormArgs>;

export default meta;
type Story = StoryObj<AssessmentFormArgs>;

/** The company's weekly report: eight ratings and "one thing done well". Well under a minute by touch. */
export const WeeklyReport: Story = {};

const livData = samplePersonas.find((person) => person.participant.id === 'liv');
const liv = { id: 'liv', displayName: 'Liv' };

/**
 * Liv rates her own week on her phone: six questions in plain words, one at a time, 1–5 or "Ved
 * ikke". Her last rating was on 6 November; 13 November is a new week.
 */
export const LivRatesHerWeek: Story = {
  args: {
    instrument: 'self-weekly',
    participant: liv,
    rater: { role: 'self' },
    date: '2026-11-13',
    data: livData,
  },
};

/** The same in English. */
export const LivRatesHerWeekEnglish: Story = { args: { ...LivRatesHerWeek.args, locale: 'en' } };

/** A second rating in the week of 6 November: the form says it plainly and fires `spor-invalid-data`. */
export const LivWeekAlreadyRated: Story = { args: { ...LivRatesHerWeek.args, date: '2026-11-04' } };

/** The monthly determination rating, here by the youth counsellor. */
export const MonthlyDetermination: Story = {
  args: {
    instrument: 'monthly-determination',
    rater: { role: 'counsellor', id: 'uv-mette', name: 'Mette Dahl' },
    date: '2026-10-30',
  },
};

/** The young person's half-yearly questionnaire, one statement at a time, with the score at the end. */
export const ResilienceSelfReport: Story = {
  args: {
    instrument: 'resilience-self-report',
    rater: { role: 'self' },
    showScore: true,
    date: '2026-06-24',
  },
};

/** Every statement at once, for a counsellor who types in a paper questionnaire. */
export const ResilienceAsList: Story = {
  args: { instrument: 'resilience-self-report', rater: { role: 'self' }, mode: 'list' },
};

/** A programme's own framework with a 0–10 scale. */
export const CustomZeroToTen: Story = {
  args: {
    framework: wellbeingFramework,
    instrument: 'check-in',
    rater: { role: 'mentor', name: 'Karin Holm' },
    date: '2026-05-04',
  },
};

export const English: Story = { args: { locale: 'en' } };

export const EnglishSelfReport: Story = {
  args: { instrument: 'resilience-self-report', rater: { role: 'self' }, showScore: true, locale: 'en' },
};

/** An instrument the framework does not have: a short error state, not a broken form. */
export const UnknownInstrument: Story = {
  args: { instrument: 'daily-mood' },
  parameters: { a11y: { test: 'error' } },
};
