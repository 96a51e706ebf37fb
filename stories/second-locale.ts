/**
 * The young person's second language for an element that has `second-locale`: the story's own
 * `secondLocale` arg when it sets one (a story about a second language says which in its name),
 * else the toolbar's "Second language" (globals.secondLocale), else none.
 */
export function secondLocaleOf(
  args: { readonly secondLocale?: string },
  globals: Record<string, unknown>,
): string {
  return args.secondLocale || String(globals['secondLocale'] ?? '');
}
