/** Danish grammar the tables share: the genitive of a name (a chart's title, a plan's). */
export function genitive(name: string): string {
  return /[sxz]$/i.test(name) ? `${name}'` : `${name}s`;
}
