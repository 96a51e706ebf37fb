/**
 * "Min side": the young person's own page at phone size, for the persona a link names
 * (`?persona=simon|liv|rasmus`) or the one picked. Only the public entry is used.
 */
import { samplePersonas, type ProgressData } from '../src/index.js';
import { fillPickers } from './persona-picker.js';

type Locale = 'da' | 'en';

const texts: Record<Locale, Record<string, string>> = {
  da: {
    tagline: 'Min egen side',
    conversation: 'Samtale',
    charts: 'Alle grafer',
    persona: 'Ung',
    language: 'Sprog',
  },
  en: {
    tagline: 'My own page',
    conversation: 'Conversation',
    charts: 'All charts',
    persona: 'Young person',
    language: 'Language',
  },
};

// `?text=200`: the root font size at 200 %, to check the page at 200 % text zoom.
const textSize = Number(new URLSearchParams(location.search).get('text'));
if (textSize >= 100 && textSize <= 400) document.documentElement.style.fontSize = `${textSize}%`;

fillPickers(document.getElementById('controls') as HTMLFormElement);
const mine = document.getElementById('mine') as HTMLElement & { data: unknown };
const log = document.getElementById('log') as HTMLElement & { data: unknown };
// The page is the host: it keeps the log as a portal would, adding what is saved, removing what is deleted.
let shown: ProgressData | undefined;

function show(): void {
  const form = new FormData(document.getElementById('controls') as HTMLFormElement);
  const locale: Locale = form.get('lang') === 'en' ? 'en' : 'da';
  const id = String(form.get('persona') ?? samplePersonas[0]?.participant.id);
  const persona: ProgressData | undefined = samplePersonas.find((p) => p.participant.id === id);
  if (!persona) return;
  document.documentElement.lang = locale;
  for (const node of document.querySelectorAll<HTMLElement>('[data-text]')) {
    node.textContent = texts[locale][node.dataset['text'] ?? ''] ?? node.textContent;
  }
  const nav = document.querySelector<HTMLElement>('[data-label="pages"]');
  nav?.setAttribute('aria-label', locale === 'da' ? 'Sider' : 'Pages');
  document.title = locale === 'da' ? 'Spor – min side' : 'Spor – my page';
  shown = persona;
  mine.data = persona;
  log.data = persona;
}

type Entry = NonNullable<ProgressData['experiences']>[number];
function keep(experiences: ReadonlyArray<Entry>): void {
  if (!shown) return;
  shown = { ...shown, experiences: [...experiences] };
  mine.data = shown;
  log.data = shown;
}
log.addEventListener('spor-experience-save', (event) => {
  const entry = event.detail.entry;
  keep([...(shown?.experiences ?? []).filter((e) => e.id !== entry.id), entry]);
});
log.addEventListener('spor-experience-delete', (event) => {
  keep((shown?.experiences ?? []).filter((e) => e.id !== event.detail.id));
});

document.getElementById('controls')?.addEventListener('change', show);
show();
