import { samplePersonas } from '../src/index.js';

/**
 * Fills a demo page's controls (`form.controls`) with the two pickers every page of one person
 * has: the persona (filled as `fillPersonaPicker` does) and the language, Danish first. Their
 * legends carry `data-text`, so each page says them in its language.
 */
export function fillPickers(controls: HTMLFormElement): void {
  const fieldset = (id: string, text: string, legend: string) => {
    const set = document.createElement('fieldset');
    set.className = 'segmented';
    set.id = id;
    const title = document.createElement('legend');
    title.dataset['text'] = text;
    title.textContent = legend;
    set.append(title);
    controls.append(set);
    return set;
  };
  fillPersonaPicker(fieldset('persona-picker', 'persona', 'Ung'));
  const languages = fieldset('language-picker', 'language', 'Sprog');
  for (const [value, name] of [
    ['da', 'Dansk'],
    ['en', 'English'],
  ] as const) {
    const label = document.createElement('label');
    const input = document.createElement('input');
    input.type = 'radio';
    input.name = 'lang';
    input.value = value;
    input.checked = value === 'da';
    label.append(input, ` ${name}`);
    languages.append(label);
  }
}

/**
 * Fills the demo pages' persona picker: one radio button per sample persona, the first chosen, or
 * the one a link names (`?persona=rasmus`).
 */
export function fillPersonaPicker(picker: HTMLFieldSetElement): void {
  const named = new URLSearchParams(location.search).get('persona');
  const chosen = samplePersonas.some((p) => p.participant.id === named)
    ? named
    : samplePersonas[0]?.participant.id;
  for (const persona of samplePersonas) {
    const label = document.createElement('label');
    const input = document.createElement('input');
    input.type = 'radio';
    input.name = 'persona';
    input.value = persona.participant.id;
    input.checked = persona.participant.id === chosen;
    label.append(input, ` ${persona.participant.displayName}`);
    picker.append(label);
  }
}
