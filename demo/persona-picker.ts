import { samplePersonas } from '../src/index.js';

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
