// What every host must prove, driven in Chromium through puppeteer-core. Each host's index page
// keeps one contract (the same ids in every framework), so the same checks run against all four:
//
//   spor-trend-chart#trend       `data` bound as a property; `heading-level="2"` and `series="traits"` as attributes
//   button#toggle-trend          removes the chart, and a second click adds it again (the framework's own if)
//   spor-trait-star#broken       given `{ schemaVersion: 2 }`; the framework's binding for `spor-invalid-data`
//                                writes `invalid: <detail.issues.length>` into #invalid-heard
//   spor-dimension-summary#late  `data` set by the framework before the tag is defined; the host then
//                                imports `spor/elements/spor-dimension-summary` and records, just before,
//                                `window.sporBeforeDefine = { defined, hasData }`
//   form#host-form               the framework's form around spor-assessment-form#report (name="report");
//                                its `spor-assessment-submit` binding writes `submitted: <n ratings>` into
//                                #submit-heard, its submit handler writes what the form read,
//                                `form: <instrument> <n ratings>`, into #form-value
//
// A check is one JUnit test case; it passes only on what a person or the host's code can see.

/** Waits for a predicate in the page, or fails with `what` after `timeout` ms. */
async function until(page, what, predicate, arg, timeout = 10000) {
  try {
    await page.waitForFunction(predicate, { timeout, polling: 50 }, arg);
  } catch {
    throw new Error(`timed out waiting for ${what}`);
  }
}

/** True when the element's shadow root shows a drawing (an svg path, a card or a table) and no error state. */
const drawnIn = (selector) => {
  const root = document.querySelector(selector)?.shadowRoot;
  if (!root || root.querySelector('[part~="error"]')) return false;
  return root.querySelectorAll('svg path, [part~="card"], table td').length > 0;
};

export const indexChecks = [
  [
    'data passed as a property draws the trend chart',
    async (page) => {
      await until(page, '#trend to draw', drawnIn, '#trend');
      const seen = await page.$eval('#trend', (el) => ({
        isObject: typeof el.data === 'object' && el.data !== null,
        hasAttribute: el.hasAttribute('data'),
      }));
      if (!seen.isObject || seen.hasAttribute)
        throw new Error(`data reached the chart as ${JSON.stringify(seen)}`);
    },
  ],
  [
    'attributes reach the element (heading-level, series)',
    async (page) => {
      await until(page, '#trend to draw', drawnIn, '#trend');
      const seen = await page.$eval('#trend', (el) => ({
        attribute: el.getAttribute('heading-level'),
        headingLevel: el.headingLevel,
        series: el.series,
        h2: el.shadowRoot.querySelectorAll('h2').length,
      }));
      if (seen.attribute !== '2' || seen.headingLevel !== 2 || seen.series !== 'traits' || seen.h2 < 1)
        throw new Error(`the chart saw ${JSON.stringify(seen)}`);
    },
  ],
  [
    "spor-invalid-data is heard through the framework's binding, with its detail",
    async (page) => {
      await until(page, '#invalid-heard to say invalid: N', () =>
        /^invalid: [1-9]\d*$/.test(document.querySelector('#invalid-heard')?.textContent?.trim() ?? ''),
      );
      await until(page, '#broken to show its error state', () =>
        Boolean(document.querySelector('#broken')?.shadowRoot?.querySelector('[part~="error"]')),
      );
    },
  ],
  [
    'properties set before the element is defined are kept',
    async (page) => {
      await until(
        page,
        'the host to define spor-dimension-summary',
        () => window.sporBeforeDefine !== undefined,
      );
      const before = await page.evaluate(() => window.sporBeforeDefine);
      if (before.defined !== false || before.hasData !== true)
        throw new Error(`before the import: ${JSON.stringify(before)} (want defined false, hasData true)`);
      await until(page, '#late to draw its cards', drawnIn, '#late');
    },
  ],
  [
    'the element is removed and added again',
    async (page) => {
      await until(page, '#trend to draw', drawnIn, '#trend');
      await page.$eval('#trend', (el) => (el.wasHere = true));
      await page.click('#toggle-trend');
      await until(page, '#trend to be removed', () => document.querySelector('#trend') === null);
      await page.click('#toggle-trend');
      await until(page, 'a new #trend to draw', drawnIn, '#trend');
      if (await page.$eval('#trend', (el) => el.wasHere === true))
        throw new Error('the framework kept the old element instead of adding it again');
    },
  ],
  [
    "the assessment form takes part in the framework's form and its value is read",
    async (page) => {
      await until(page, '#report to show its scales', () =>
        Boolean(document.querySelector('#report')?.shadowRoot?.querySelector('[role="radiogroup"]')),
      );
      const isValidEmpty = await page.$eval('#host-form', (form) => form.checkValidity());
      if (isValidEmpty) throw new Error('the host form was valid with no answer given');
      // A person's clicks and keys: the third value of every scale, a note, then the element's own send button.
      const groups = await page.$$('#report >>> [role="radiogroup"]');
      for (const group of groups) {
        const [, , third] = await group.$$('[role="radio"]');
        await third.click();
      }
      // The weekly report's first text item ("Something done well this week") is required.
      await (await page.$('#report >>> textarea')).type('Tog selv initiativ til truckcertifikatet.');
      await (await page.$('#report >>> [part~="submit"]')).click();
      await until(page, '#submit-heard to say submitted: N', () =>
        /^submitted: [1-9]\d*$/.test(document.querySelector('#submit-heard')?.textContent?.trim() ?? ''),
      );
      await until(page, '#form-value to say form: weekly-company N', () =>
        /^form: weekly-company [1-9]\d*$/.test(
          document.querySelector('#form-value')?.textContent?.trim() ?? '',
        ),
      );
      const heard = await page.$eval('#submit-heard', (el) => el.textContent.trim().split(' ')[1]);
      const read = await page.$eval('#form-value', (el) => el.textContent.trim().split(' ')[2]);
      if (heard !== String(groups.length) || read !== String(groups.length))
        throw new Error(`${groups.length} scales answered; the event had ${heard}, the form read ${read}`);
    },
  ],
];

/** Two copies of the kit on one page: one warning, no error, elements still drawn. */
export const doubleLoadChecks = [
  [
    'loading the kit twice warns once and throws nothing',
    async (page, log) => {
      await until(page, 'the sparkline to draw', drawnIn, 'spor-sparkline');
      await until(page, 'both copies to load', () => window.sporCopiesLoaded === 2);
      const warnings = log.warnings.filter((text) => text.includes('second copy'));
      if (warnings.length !== 1) throw new Error(`${warnings.length} warnings about a second copy, want 1`);
    },
  ],
];

/** `spor/react`: the @lit/react wrappers, in a React 18 host. */
export const wrapperChecks = [
  [
    'the @lit/react wrappers (spor/react) set properties and hear events',
    async (page) => {
      await until(page, '#wrapped-table to draw', drawnIn, '#wrapped-table');
      await until(page, '#wrapped-invalid-heard to say invalid: N', () =>
        /^invalid: [1-9]\d*$/.test(
          document.querySelector('#wrapped-invalid-heard')?.textContent?.trim() ?? '',
        ),
      );
    },
  ],
];
