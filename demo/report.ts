import { addDays, periodKey, samplePersonas, type Assessment, type ProgressData } from '../src/index.js';
import { fillPickers } from './persona-picker.js';

type Locale = 'da' | 'en';

const texts: Record<Locale, Record<string, string>> = {
  da: {
    tagline: 'Ugerapporten fra virksomheden',
    overview: 'Samtale',
    persona: 'Ung',
    language: 'Sprog',
    form: 'Ugens vurdering',
    now: 'Sådan står det til nu',
    traits: 'De seks egenskaber uge for uge',
  },
  en: {
    tagline: 'The weekly report from the company',
    overview: 'Conversation',
    persona: 'Young person',
    language: 'Language',
    form: "This week's rating",
    now: 'Where things stand',
    traits: 'The six traits week by week',
  },
};

const leads: Record<Locale, (company: string, person: string, rater: string) => string> = {
  da: (company, person, rater) =>
    `${rater} fra ${company} vurderer ${person} én gang om ugen. Når rapporten er sendt, står den i graferne på siden med det samme.`,
  en: (company, person, rater) =>
    `${rater} from ${company} rates ${person} once a week. Once the report is sent, it shows in the charts at once.`,
};

const logLine: Record<Locale, (week: string, person: string) => string> = {
  da: (week, person) => `Ugerapporten for uge ${week} er lagt ind i ${person}s forløb.`,
  en: (week, person) => `The report for week ${week} is now part of ${person}'s progress.`,
};

/** What has been filed on this page, by participant id: the demo's stand-in for the host's database. */
const filed = new Map<string, ProgressData>(
  samplePersonas.map((persona) => [persona.participant.id, persona]),
);

fillPickers(document.getElementById('controls') as HTMLFormElement);

const form = document.getElementById('form') as HTMLElementTagNameMap['spor-assessment-form'];
const charts = ['summary', 'traits'].map(
  (id) => document.getElementById(id) as HTMLElement & { data: unknown },
);
const log = document.getElementById('log') as HTMLElement;

const controls = () => {
  const data = new FormData(document.getElementById('controls') as HTMLFormElement);
  const locale: Locale = data.get('lang') === 'en' ? 'en' : 'da';
  return { locale, id: String(data.get('persona') ?? samplePersonas[0]?.participant.id) };
};

/** The latest weekly report, whose company representative files the next one, a week later. */
const latestWeekly = (data: ProgressData): Assessment | undefined =>
  data.assessments
    .filter((a) => a.instrument === 'weekly-company')
    .sort((a, b) => (a.date < b.date ? -1 : 1))
    .at(-1);

function show(): void {
  const { locale, id } = controls();
  const persona = filed.get(id);
  if (!persona) return;
  document.documentElement.lang = locale;
  for (const node of document.querySelectorAll<HTMLElement>('[data-text]')) {
    node.textContent = texts[locale][node.dataset['text'] ?? ''] ?? node.textContent;
  }
  document.getElementById('form-section')?.setAttribute('aria-label', texts[locale]['form'] ?? '');
  const name = persona.participant.displayName;
  const last = latestWeekly(persona);
  const placement = persona.placements.find((p) => p.id === last?.rater.placementId);
  const rater = last?.rater ?? { role: 'company' };
  (document.getElementById('heading') as HTMLElement).textContent =
    locale === 'da' ? `Ugerapport for ${name}` : `Weekly report for ${name}`;
  (document.getElementById('lead') as HTMLElement).textContent = leads[locale](
    placement?.company ?? '',
    name,
    rater.name?.split(' ')[0] ?? '',
  );
  form.participant = persona.participant;
  form.rater = rater;
  form.date = last ? addDays(last.date, 7) : '';
  for (const chart of charts) chart.data = persona;
}

form.addEventListener('spor-assessment-submit', (event) => {
  const { id, locale } = controls();
  const persona = filed.get(id);
  if (!persona) return;
  const { assessment } = event.detail;
  // A new object, so every chart sees new data and redraws.
  const updated: ProgressData = { ...persona, assessments: [...persona.assessments, assessment] };
  filed.set(id, updated);
  for (const chart of charts) chart.data = updated;
  log.textContent = logLine[locale](
    String(Number(periodKey(assessment.date, 'week').slice(6))),
    persona.participant.displayName,
  );
  // The next report is next week's.
  form.date = addDays(assessment.date, 7);
});

document.getElementById('controls')?.addEventListener('change', () => {
  log.textContent = '';
  show();
});
show();
