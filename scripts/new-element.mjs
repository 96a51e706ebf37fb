// `npm run new-element -- spor-name`: makes a new element the way the others are made — the class,
// its styles, the file that registers the tag, a story and a browser test — and adds it to the
// public entry. The sixth element should look like the first.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const tag = process.argv[2] ?? '';
if (!/^spor-[a-z]+(-[a-z]+)*$/.test(tag)) {
  console.error('Usage: npm run new-element -- spor-name   (lower case, starting with spor-)');
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
  [`${dir}/${tag}.component.ts`]: `import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import { sharedStyles } from '../../internal/shared.styles.js';
import { SporElement } from '../../internal/spor-element.js';
import { tokens } from '../../themes/tokens.js';
import { styles } from './${tag}.styles.js';

/**
 * TODO: one sentence on what a person sees.
 *
 * @tagname ${tag}
 * @summary TODO
 *
 * @csspart base - The element's outer box.
 */
export class ${className} extends SporElement {
  static override styles = [tokens, sharedStyles, styles];

  /** The language, \`da\` or \`en\`; default: the nearest \`lang\` attribute, else Danish. */
  @property({ reflect: true }) locale = '';

  private readonly i18n = new LocaleController(this, { explicit: () => this.locale });

  protected override render() {
    return html\`<div part="base">\${this.i18n.t.language}</div>\`;
  }
}
`,
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
  title: 'Elements/${title}',
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

const entry = 'src/index.ts';
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
  "Next: strings in src/i18n/da.ts and en.ts, geometry in src/charts, real tests, the story's data.",
);
