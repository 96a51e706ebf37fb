/**
 * The toolbar's values as Storybook starts them: the language, the young person's second language,
 * and the look. preview.ts starts with them; the story tests render stories with them.
 */
export const initialGlobals = { locale: 'da', secondLocale: '', look: 'default' } as const;
