/**
 * The lines between `#region name` and `#endregion name` in a host's source, without their common
 * indentation: the README and the Embedding pages show exactly what tests/interop runs.
 */
export function region(source: string, name: string): string {
  const lines = source.split('\n');
  const start = lines.findIndex((line) => line.includes(`#region ${name}`));
  const end = lines.findIndex((line, index) => index > start && line.includes(`#endregion ${name}`));
  if (start < 0 || end < 0) throw new Error(`no region ${name}`);
  const body = lines.slice(start + 1, end);
  const indent = Math.min(...body.filter((line) => line.trim()).map((line) => line.search(/\S/)));
  return body.map((line) => line.slice(indent)).join('\n');
}
