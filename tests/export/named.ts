// Shared by the exports' hostile tests: host text made to break a file, put in every place a
// drawing or a CSV shows it.
import { nextworkFramework, type ProgressDataInput } from '../../src/core/index.js';
import { progressData } from '../fixtures/progress-data.js';

type Labelled = { label: Record<string, string> };

/** The fixture (or `data`) with `name` as the young person's name, the companies and every framework label. */
export function named(name: (text: string) => string, data: ProgressDataInput = progressData()): unknown {
  const framework = structuredClone(nextworkFramework) as unknown as {
    dimensions: Labelled[];
    traits: Labelled[];
  };
  for (const entry of [...framework.dimensions, ...framework.traits])
    entry.label = Object.fromEntries(Object.entries(entry.label).map(([lang, text]) => [lang, name(text)]));
  return {
    ...data,
    framework,
    participant: { ...data.participant, displayName: name('Simon') },
    placements: (data.placements ?? []).map((p) => ({ ...p, company: name(p.company) })),
  };
}
