/**
 * The young person's own side of the input format: the log of work and social experiences they
 * keep between conversations. Optional, so data written before it stays valid as it is
 * (schemaVersion 1). `schema.ts` re-exports it.
 */
import { z } from 'zod/mini';
import { experienceKinds } from './limits.js';
import { DateInputSchema, hinted, HostIdSchema, NoteSchema } from './schema-parts.js';

/**
 * One log entry: what happened (`text`), when, and whether it is `shared`. Private is the default:
 * a private entry is seen on the young person's own page only (`experiencesFor` in `audience.ts`);
 * a shared one may come into the next conversation as the young person's own example.
 */
export const ExperienceSchema = z.object({
  id: HostIdSchema,
  date: DateInputSchema,
  kind: z.enum(experienceKinds),
  text: NoteSchema,
  shared: z._default(
    hinted(z.boolean(), {
      description: "Whether the entry may be shown beyond the young person's own page; absent means private.",
    }),
    false,
  ),
});

export type Experience = z.infer<typeof ExperienceSchema>;
/** A log entry as a host may write it: `shared` may be left out (private). */
export type ExperienceInput = z.input<typeof ExperienceSchema>;
