/**
 * The conversation demo's controls: a link's `?second=ar` (or `uk`) checks the young person's
 * language once, when the page opens; from then on the radios keep what the reader chooses, by
 * click or by arrow key, and every change is handed to `onChange`. (Checking the link's language
 * on every change snapped the radios back, so a second language could not be chosen or turned off.)
 */
export function watchControls(form: HTMLFormElement, search: string, onChange: () => void): void {
  const linked = new URLSearchParams(search).get('second');
  // Compared as values, never put into a selector: a link's text is not markup.
  const radio = [...form.querySelectorAll<HTMLInputElement>('input[name="second"]')].find(
    (input) => input.value === linked,
  );
  if (radio) radio.checked = true;
  form.addEventListener('change', onChange);
}
