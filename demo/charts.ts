import { sampleAsOf, samplePersonas, type ProgressData } from '../src/index.js';
import { fillPickers } from './persona-picker.js';
import { isPortalPage, setPageLanguage } from './portal-page.js';

type Locale = 'da' | 'en';

const texts: Record<Locale, Record<string, string>> = {
  da: {
    mine: 'Min side',
    tagline: 'Udvikling, der kan ses – og tales om',
    persona: 'Ung',
    language: 'Sprog',
    now: 'Sådan står det til nu',
    star: 'Nu og sidste samtale',
    trend: 'Udviklingen over tid',
    traits: 'De seks egenskaber uge for uge',
    followUp: 'Efter jobstart',
    hours: 'Timer i forløbet',
    conversation: 'Samtale',
    report: 'Ugerapport',
  },
  en: {
    mine: 'My page',
    tagline: 'Development you can see – and talk about',
    persona: 'Young person',
    language: 'Language',
    now: 'Where things stand',
    star: 'Now and last conversation',
    trend: 'Development over time',
    traits: 'The six traits week by week',
    followUp: 'After a job starts',
    hours: 'Hours in the programme',
    conversation: 'Conversation',
    report: 'Weekly report',
  },
};

const leads: Record<string, Record<Locale, string>> = {
  simon: {
    da: 'Simon, 22 år. Mange korte praktikker bag sig. Gaming om natten går ud over søvn og rutiner. Vedholdenheden stiger langsomt.',
    en: 'Simon, 22. Many short internships behind him. Gaming at night hurts his sleep and routine. His persistence is slowly rising.',
  },
  liv: {
    da: 'Liv, 24 år. Klog og indadvendt, med lavt selvværd. Stærk ansvarsbevidsthed. De sociale egenskaber vokser fra en lav start.',
    en: 'Liv, 24. Intelligent and introverted, with low self-esteem. Strong responsibility. Her social skills grow from a low start.',
  },
  rasmus: {
    da: 'Rasmus, 19 år. Uddannet automekaniker uden fast job. Udadvendt og vellidt. Et ustabilt hjem går ud over punktligheden.',
    en: 'Rasmus, 19. Trained car mechanic without a steady job. Outgoing and well liked. An unstable home hurts his punctuality.',
  },
};

fillPickers(document.getElementById('controls') as HTMLFormElement);

// The follow-up plan is read on the personas' last day, so "not held yet" means the same every day.
(document.getElementById('follow-up') as HTMLElementTagNameMap['spor-follow-up-plan']).today = sampleAsOf;

const charts = ['summary', 'star', 'trend', 'traits', 'follow-up', 'hours'].map(
  (id) => document.getElementById(id) as HTMLElement & { data: unknown },
);

function show(): void {
  const form = new FormData(document.getElementById('controls') as HTMLFormElement);
  const locale = (form.get('lang') === 'en' ? 'en' : 'da') satisfies Locale;
  const id = String(form.get('persona') ?? samplePersonas[0]?.participant.id);
  const persona: ProgressData | undefined = samplePersonas.find((p) => p.participant.id === id);
  if (!persona) return;
  setPageLanguage(locale);
  for (const node of document.querySelectorAll<HTMLElement>('[data-text]')) {
    node.textContent = texts[locale][node.dataset['text'] ?? ''] ?? node.textContent;
  }
  const heading = document.getElementById('heading') as HTMLElement;
  heading.textContent =
    locale === 'da'
      ? `${persona.participant.displayName}${/[sxz]$/i.test(persona.participant.displayName) ? "'" : 's'} forløb`
      : `${persona.participant.displayName}'s progress`;
  (document.getElementById('lead') as HTMLElement).textContent = leads[id]?.[locale] ?? '';
  for (const chart of charts) {
    // On a portal page in another language the charts are told theirs; else they follow the page.
    if (isPortalPage) chart.setAttribute('locale', locale);
    chart.data = persona;
  }
}

document.getElementById('controls')?.addEventListener('change', show);
show();
