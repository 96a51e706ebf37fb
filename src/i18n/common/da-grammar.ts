/** Danish grammar the tables share: the genitive of a name (a chart's title, a plan's). */
export function genitive(name: string): string {
  // A name marked as host text (U+2068 … U+2069, to be drawn in its own isolate) ends in its mark:
  // the letter before it decides.
  return /[sxz]\u2069?$/i.test(name) ? `${name}'` : `${name}s`;
}
