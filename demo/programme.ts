import { cohortReport, syntheticCohort } from '../src/index.js';

type Locale = 'da' | 'en';

/** The demo's day, the same as the personas' sample date's month's end. */
const today = '2026-11-30';

const texts: Record<Locale, Record<string, string>> = {
  da: {
    mine: 'Min side',
    tagline: 'Forløbet for alle de unge',
    conversation: 'Samtale',
    charts: 'Alle grafer',
    pages: 'Sider',
    period: 'Periode',
    h1: '1. halvår 2026',
    h2: '2. halvår 2025',
    h3: '1. halvår 2025',
    size: 'Forløb',
    large: '300 unge',
    small: '40 unge (en lille kommune)',
    language: 'Sprog',
    heading: 'Netværksmøde: forløbet i tal',
    lead: 'Tal for et opdigtet forløb, i faste halvår: hvert halvår er talt pr. sin sidste dag plus 3 måneder. Kun antal, aldrig navne. Tal under 5 er skjult, og det samme er tal og ændringer, der kunne afsløre dem.',
  },
  en: {
    mine: 'My page',
    tagline: 'The programme for all the young people',
    conversation: 'Conversation',
    charts: 'All charts',
    pages: 'Pages',
    period: 'Period',
    h1: 'First half of 2026',
    h2: 'Second half of 2025',
    h3: 'First half of 2025',
    size: 'Programme',
    large: '300 young people',
    small: '40 young people (a small municipality)',
    language: 'Language',
    heading: 'Network meeting: the programme in numbers',
    lead: 'Numbers for a made-up programme, in fixed half-years: each half-year is counted as of its last day plus 3 months. Counts only, never names: numbers below 5, and numbers that could give them away, are hidden, and so is a change that could.',
  },
};

// Generated cohorts (seeded, so every visit shows the same numbers); a host passes its own records.
const cohorts = new Map(
  [300, 40].map((size) => [
    size,
    syntheticCohort({ size, seed: 12, from: '2024-06-01', to: '2026-10-31', asOf: today }),
  ]),
);
const element = document.getElementById('outcomes') as HTMLElementTagNameMap['spor-cohort-outcomes'];

function show(): void {
  const form = new FormData(document.getElementById('controls') as HTMLFormElement);
  const locale: Locale = form.get('lang') === 'en' ? 'en' : 'da';
  const period = String(form.get('period') ?? '2026-H1');
  const cohort = cohorts.get(Number(form.get('size'))) ?? [];
  document.documentElement.lang = locale;
  for (const node of document.querySelectorAll<HTMLElement>('[data-text]')) {
    node.textContent = texts[locale][node.dataset['text'] ?? ''] ?? node.textContent;
  }
  document.querySelector('[data-label]')?.setAttribute('aria-label', texts[locale]['pages'] ?? '');
  (document.getElementById('lead') as HTMLElement).textContent = texts[locale]['lead'] ?? '';
  element.locale = locale;
  element.outcomes = cohortReport(cohort, { period, today });
}

document.getElementById('controls')?.addEventListener('change', show);
show();
