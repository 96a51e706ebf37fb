import { samplePersonas } from '../src/index.js';

/** Fills the demo pages' persona picker: one radio button per sample persona, the first chosen. */
export function fillPersonaPicker(picker: HTMLFieldSetElement): void {
  for (const [i, persona] of samplePersonas.entries()) {
    const label = document.createElement('label');
    const input = document.createElement('input');
    input.type = 'radio';
    input.name = 'persona';
    input.value = persona.participant.id;
    input.checked = i === 0;
    label.append(input, ` ${persona.participant.displayName}`);
    picker.append(label);
  }
}
