// `npm run new-element -- spor-name [--chart]`: makes a new element the way the others are made —
// the class, its styles, the file that registers the tag, a story and a browser test — and adds it
// to the public entry. The sixth element should look like the first. `--chart` makes a chart of
// young person's data on the shared chart frame: it implements its plot and a few hooks, and the
// frame renders the error and empty states, title, caption, actions, table and summary.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const tag = process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? '';
const isChart = process.argv.includes('--chart');
if (!/^spor-[a-z]+(-[a-z]+)*$/.test(tag)) {
  console.error('Usage: npm run new-element -- spor-name [--chart]   (lower case, starting with spor-)');
  process.exit(1);
}
const words = tag.split('-');
const className = words.map((w) => w[0].toUpperCase() + w.slice(1)).join('');
const title = words
  .slice(1)
  .map((w, i) => (i === 0 ? w[0].toUpperCase() + w.slice(1) : w))
  .join(' ');
const dir = `src/elements/${tag}`;
if (existsSync(dir)) {
  console.error(`${dir} exists already.`);
  process.exit(1);
}

const files = {
  [`${dir}/${tag}.styles.ts`]: `import { css } from 'lit';

export const styles = css\`
  :host {
    display: block;
  }
  @media (forced-colors: active) {
  }
\`;
`,
  [`${dir}/${tag}.component.ts`]: isChart ? chartComponent() : plainComponent(),
  [`${dir}/${tag}.ts`]: `import { defineElement } from '../../internal/spor-element.js';
import { ${className} } from './${tag}.component.js';

export { ${className} };

defineElement('${tag}', ${className});

declare global {
  interface HTMLElementTagNameMap {
    '${tag}': ${className};
  }
}
`,
  [`stories/${tag}.stories.ts`]: `import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';

interface Args {
  locale?: string;
}

const meta = {
  // A group of storySort (.storybook/preview.ts): Conversation, Charts, Young person, Programme, Forms.
  title: 'Charts/${title}',
  component: '${tag}',
  args: {},
  render: ({ locale }) => html\`<${tag} locale=\${locale ?? ''}></${tag}>\`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
export const English: Story = { args: { locale: 'en' } };
`,
  [`tests/elements/${tag}/${tag}.test.ts`]: `import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/elements/${tag}/${tag}.js';
import type { ${className} } from '../../../src/elements/${tag}/${tag}.component.js';

describe('<${tag}>', () => {
  it('renders and is accessible', async () => {
    const el = await fixture<${className}>(html\`<${tag}></${tag}>\`);
    expect(el.shadowRoot!.querySelector('[part~="base"]')).to.exist;
    await expect(el).to.be.accessible();
  });
});
`,
};

mkdirSync(dir, { recursive: true });
mkdirSync(`tests/elements/${tag}`, { recursive: true });
for (const [file, text] of Object.entries(files)) writeFileSync(file, text);

const entry = 'src/elements.ts';
writeFileSync(
  entry,
  `${readFileSync(entry, 'utf8').trimEnd()}\nexport { ${className} } from './elements/${tag}/${tag}.js';\n`,
);
console.log(
  `Made ${tag}:\n${Object.keys(files)
    .map((f) => `  ${f}`)
    .join('\n')}\nand exported ${className} from ${entry}.`,
);
console.log(
  "Next: strings in the area rooms of src/i18n (charts/da.ts … first, then en.ts), geometry in src/charts, real tests, the story's data.",
);

/** An element that speaks: \`locale\` and \`this.i18n\` come from the base. */
function plainComponent() {
  return `import { html } from 'lit';
import { sharedStyles } from '../../internal/shared.styles.js';
import { tokens } from '../../themes/tokens.js';
import { chartsWords } from '../../i18n/charts/words.js';
import type { ChartsTranslation } from '../../i18n/translation.js';
import { SporLocalizedElement } from '../shared/spor-localized-element.js';
import { styles } from './${tag}.styles.js';

/**
 * TODO: one sentence on what a person sees.
 *
 * @tagname ${tag}
 * @summary TODO
 *
 * @csspart base - The element's outer box.
 */
export class ${className} extends SporLocalizedElement<ChartsTranslation> {
  static override styles = [tokens, sharedStyles, styles];
  // The elements this one renders, by default tag (e.g. { 'spor-sparkline': SporSparkline }),
  // rendered under this.tagOf('spor-sparkline'); importing this file registers none of them.
  static override dependencies = {};

  // The words of the areas this element shows (src/i18n: charts, form, conversation, programme).
  protected readonly words = chartsWords;

  protected override render() {
    return html\`<div part="base">\${this.i18n.t.language}</div>\`;
  }
}
`;
}

/** A chart on the frame: the data, the table, the error and empty states come from the base. */
function chartComponent() {
  return `import { html, svg } from 'lit';
import { property } from 'lit/decorators.js';
import type { ProgressModel } from '../../controllers/progress-data-controller.js';
import { chartsWords } from '../../i18n/charts/words.js';
import { chartStyles } from '../../internal/chart.styles.js';
import { sharedStyles } from '../../internal/shared.styles.js';
import { tokens } from '../../themes/tokens.js';
import { SporChartElement } from '../shared/spor-data-element.js';
import { SporDataTable } from '../spor-data-table/spor-data-table.component.js';
import { styles } from './${tag}.styles.js';

/** What the chart works out from the model once per render, for every hook. */
interface View {
  readonly model: ProgressModel;
}

/**
 * TODO: one sentence on what a person sees.
 *
 * @tagname ${tag}
 * @summary TODO
 *
 * @fires spor-invalid-data - When \`data\` cannot be drawn; \`detail.issues\` lists what is wrong.
 *
 * @csspart base - The whole chart.
 * @csspart title - The chart's title.
 * @csspart caption - The line that says how to read the chart.
 * @csspart plot - The drawing.
 * @csspart summary - The text summary.
 * @csspart error - The error state shown instead of the chart.
 */
export class ${className} extends SporChartElement<View> {
  static override styles = [tokens, sharedStyles, chartStyles, styles];
  static override dependencies = { 'spor-data-table': SporDataTable };
  // The words of the areas this element shows (src/i18n: charts, form, conversation, programme).
  protected readonly words = chartsWords;

  /** What is drawn: \`dimensions\` (default), \`traits\`, or a comma-separated list of series ids. */
  @property() series = 'dimensions';

  protected override chartView(model: ProgressModel): View {
    return { model };
  }

  protected override renderTitle({ model }: View) {
    return model.titleFor(model.selection(this.series));
  }

  protected override renderCaption() {
    return 'TODO: how to read the chart (scale, cadence).';
  }

  protected override hasData(): boolean {
    return true;
  }

  protected override renderPlot() {
    // Geometry comes from a pure function in src/charts; this only turns it into SVG.
    return html\`<svg class="drawing" viewBox="0 0 100 50" aria-hidden="true">\${svg\`<path d="M0,50L100,0"></path>\`}</svg>\`;
  }

  protected override summarySentences(): string[] {
    return [];
  }

  protected override tableSeries(): string {
    return this.series;
  }

  protected override hasCursor(): boolean {
    return false;
  }
}
`;
}
