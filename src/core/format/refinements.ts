/**
 * The rules a schema states as a function rather than as data (`z.refine`). Each is named here
 * once: `schema.ts` hands it to zod, and the generated validators (`generated/validators.ts`) name
 * it, so the run-time validator (`validate.ts`) calls the same function.
 */

/** A localized text gives at least one language. */
export function hasLanguage(text: Readonly<Record<string, unknown>>): boolean {
  return Object.keys(text).length > 0;
}

/** Every refinement by the name the generated validators use. */
export const refinements = { hasLanguage } as const;

export type RefinementName = keyof typeof refinements;
