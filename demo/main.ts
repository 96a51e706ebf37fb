import { sampleAsOf, samplePersonas, type ConversationRecord, type ProgressData } from '../src/index.js';
import { watchControls } from './controls.js';
import { fillPersonaPicker } from './persona-picker.js';
import { setPageLanguage } from './portal-page.js';

type Locale = 'da' | 'en';

const formatDay = (locale: Locale, date: string): string =>
  new Intl.DateTimeFormat(locale === 'da' ? 'da-DK' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${date.slice(0, 10)}T00:00:00Z`));

const texts: Record<Locale, Record<string, string>> = {
  da: {
    mine: 'Min side',
    tagline: 'Udvikling, der kan ses – og tales om',
    persona: 'Ung',
    set: 'Samtale',
    language: 'Sprog',
    second: 'Den unges sprog',
    none: 'Intet',
    charts: 'Alle grafer',
    report: 'Ugerapport',
    programme: 'Forløbet',
    pages: 'Sider',
    settings: 'Ung, samtale og sprog',
  },
  en: {
    mine: 'My page',
    tagline: 'Development you can see – and talk about',
    persona: 'Young person',
    set: 'Conversation',
    language: 'Language',
    second: 'The young person’s language',
    none: 'None',
    charts: 'All charts',
    report: 'Weekly report',
    programme: 'Programme',
    pages: 'Pages',
    settings: 'Young person, conversation and language',
  },
};

const headings: Record<Locale, (name: string) => string> = {
  da: (name) => `Samtale med ${name}`,
  en: (name) => `Conversation with ${name}`,
};

const leads: Record<Locale, (date: string) => string> = {
  da: (date) => `${date}. Se på grafen sammen, og tal om den. I skriver svarene med jeres egne ord.`,
  en: (date) => `${date}. Look at the chart together and talk about it. Write the answers in your own words.`,
};

const savedText: Record<Locale, (date: string) => string> = {
  da: (date) => `Samtalen fra ${date} er gemt i denne demo. Næste samtale starter fra det valgte område.`,
  en: (date) =>
    `The conversation of ${date} is saved in this demo. The next one starts from the chosen area.`,
};

// The demo's own store: the host's job in a real portal. Finished conversations join the data.
const people = new Map<string, ProgressData>(samplePersonas.map((p) => [p.participant.id, p]));

fillPersonaPicker(document.getElementById('persona-picker') as HTMLFieldSetElement);

const view = document.getElementById('conversation') as HTMLElementTagNameMap['spor-progress-conversation'];
const saved = document.getElementById('saved') as HTMLElement;

function current(): { locale: Locale; id: string; set: string; second: string } {
  const form = new FormData(document.getElementById('controls') as HTMLFormElement);
  return {
    locale: form.get('lang') === 'en' ? 'en' : 'da',
    second: String(form.get('second') ?? ''),
    id: String(form.get('persona') ?? samplePersonas[0]?.participant.id),
    set: form.get('set') === 'next-level' ? 'next-level' : 'nextwork',
  };
}

function show(): void {
  const { locale, id, set, second } = current();
  const persona = people.get(id);
  if (!persona) return;
  setPageLanguage(locale);
  for (const node of document.querySelectorAll<HTMLElement>('[data-text]')) {
    node.textContent = texts[locale][node.dataset['text'] ?? ''] ?? node.textContent;
  }
  document.getElementById('pages')?.setAttribute('aria-label', texts[locale]['pages'] ?? '');
  (document.getElementById('heading') as HTMLElement).textContent = headings[locale](
    persona.participant.displayName,
  );
  (document.getElementById('lead') as HTMLElement).textContent = leads[locale](formatDay(locale, sampleAsOf));
  view.date = sampleAsOf;
  view.promptSet = set;
  view.locale = locale;
  view.secondLocale = second;
  view.data = persona;
}

view.addEventListener('spor-conversation-complete', (event) => {
  const record: ConversationRecord = event.detail.record;
  const { locale, id } = current();
  const persona = people.get(id);
  if (!persona) return;
  people.set(id, { ...persona, conversations: [...persona.conversations, record] });
  saved.textContent = savedText[locale](formatDay(locale, record.date));
  show();
});

// `?second=ar` picks the young person's language once, for a link straight to it.
watchControls(document.getElementById('controls') as HTMLFormElement, location.search, () => {
  saved.textContent = '';
  show();
});
show();

// `?step=2` opens the conversation on that prompt (0 is the first; 4, the overview), for a link or a
// screenshot straight to it: the guide's Next is pressed as a person would.
const stepParam = Number(new URLSearchParams(location.search).get('step') ?? 0);
if (Number.isInteger(stepParam) && stepParam > 0) void goToStep(stepParam);

async function goToStep(step: number): Promise<void> {
  type Updating = HTMLElement & { updateComplete: Promise<unknown> };
  for (let i = 0; i < step; i++) {
    await view.updateComplete;
    const guide = view.shadowRoot?.querySelector<Updating>('.guide');
    await guide?.updateComplete;
    const next = guide?.shadowRoot?.querySelector<HTMLButtonElement>('.next');
    if (!next) return;
    next.click();
  }
}
