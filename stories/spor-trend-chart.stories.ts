import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/index.js';
import { brokenData, fiveYears, liv, noRatings, rasmus, simon, singleRating } from './sample-data.js';

interface TrendArgs {
  data: unknown;
  series: string;
  focus: string;
  since: string;
  audience: 'conversation' | 'company' | 'counsellor';
  resilienceConsent: boolean;
  splitRaters: boolean;
  raw: boolean;
  layout: '' | 'panels' | 'overlay';
  exportable: boolean;
  locale: string;
  showSelf: boolean;
}

const meta = {
  title: 'Charts/Trend chart',
  component: 'spor-trend-chart',
  args: {
    data: simon,
    series: 'dimensions',
    focus: '',
    since: '',
    audience: 'conversation',
    resilienceConsent: false,
    splitRaters: false,
    raw: false,
    layout: '',
    exportable: false,
    locale: '',
    showSelf: false,
  },
  argTypes: {
    series: { control: 'text' },
    audience: { control: 'inline-radio', options: ['conversation', 'company', 'counsellor'] },
    locale: { control: { type: 'inline-radio', labels: { '': 'toolbar' } }, options: ['', 'da', 'en'] },
    layout: {
      control: { type: 'inline-radio', labels: { '': 'automatic' } },
      options: ['', 'panels', 'overlay'],
    },
  },
  render: (args) => html`<spor-trend-chart
    .data=${args.data}
    series=${args.series}
    focus=${args.focus}
    since=${args.since}
    audience=${args.audience}
    ?resilience-consent=${args.resilienceConsent}
    ?split-raters=${args.splitRaters}
    ?raw=${args.raw}
    layout=${args.layout || nothing}
    ?exportable=${args.exportable}
    ?show-self=${args.showSelf}
    locale=${args.locale}
  ></spor-trend-chart>`,
} satisfies Meta<TrendArgs>;

export default meta;
type Story = StoryObj<TrendArgs>;

/** Simon's dimensions in a conversation: resilience stays hidden until he agrees. */
export const SimonDimensions: Story = {};
/** After Simon agreed to show resilience this time: work readiness weekly, determination monthly, resilience half-yearly. */
export const WithResilienceConsent: Story = { args: { resilienceConsent: true } };
/** What the counsellor sees: everything, company and counsellor apart. */
export const CounsellorView: Story = { args: { audience: 'counsellor', splitRaters: true } };
/** Liv's six traits week by week, one panel each under its dimension; social skills grow from a low start. */
export const LivTraits: Story = { args: { data: liv, series: 'traits' } };
/** Simon's six traits as panels: the 4-week rolling mean through the single ratings. */
export const SimonTraitPanels: Story = { args: { data: simon, series: 'traits' } };
/** Rasmus' six traits as panels. */
export const RasmusTraitPanels: Story = { args: { data: rasmus, series: 'traits' } };
/** Simon's six traits on one set of axes, for comparison: the thicket the panels avoid. */
export const TraitsOverlaid: Story = { args: { data: simon, series: 'traits', layout: 'overlay' } };
/** The old per-week line (`raw`), for those who want the single weeks joined. */
export const RawWeeklyLine: Story = {
  args: { data: liv, series: 'work-readiness,weekly-company.punctuality', raw: true },
};
/** Rasmus' punctuality (an unstable home) against his work readiness. */
export const RasmusPunctuality: Story = {
  args: {
    data: rasmus,
    series: 'work-readiness,weekly-company.punctuality',
    focus: 'weekly-company.punctuality',
  },
};
/** Company and counsellor ratings of determination apart: disagreement is a talking point. */
export const SplitRaters: Story = {
  args: { series: 'determination,monthly-determination.direction', splitRaters: true },
};
/** What a company sees: no resilience, no counsellor ratings. */
export const CompanyView: Story = { args: { audience: 'company', splitRaters: true } };
export const English: Story = { args: { data: liv, locale: 'en' } };
/** Five years weekly: the last six months first, the whole history a click away. */
export const LongHistory: Story = { args: { data: fiveYears, series: 'traits' } };
export const SingleRating: Story = { args: { data: singleRating, series: 'traits' } };
export const NoRatingsYet: Story = { args: { data: noRatings } };
export const InvalidData: Story = { args: { data: brokenData } };

/** The host allows export: SVG, PNG and CSV among the chart's actions (each fires spor-export). */
export const Exportable: Story = { args: { exportable: true, audience: 'counsellor' } };

/** Simon's own reading of each trait (diamonds, dotted) in its panel beside the company's. */
export const SimonOwnReading: Story = { args: { series: 'traits', showSelf: true } };
/** Simon's target on his focus, determination: 4, set at the conversation of 30 September. */
export const SimonTarget: Story = { args: { series: 'dimensions' } };
