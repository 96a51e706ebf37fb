// Shared by the benchmark pages: deterministic data and the frame timing. Each library has its
// own page (spor.html, plot.html, chartjs.html) so a cold draw is the first use of code that a
// portal page would have loaded and evaluated, and nothing else.

export const traits = [
  'initiative',
  'persistence',
  'curiosity',
  'cooperation',
  'social',
  'responsibility',
] as const;
export const stage = document.getElementById('stage') as HTMLElement;

/** Deterministic ratings: a slow rise with a weekly wobble, on the 1–5 scale. */
export function rating(trait: number, week: number): number {
  const wobble = ((week * 7 + trait * 13) % 5) - 2;
  return Math.min(5, Math.max(1, Math.round(2 + week / 60 + wobble * 0.4 + trait * 0.1)));
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

const monday = Date.UTC(2022, 0, 3);
const dayMs = 86_400_000;

/** ProgressData with N weekly company reports. */
export function progressData(weeks: number) {
  const end = isoDay(monday + weeks * 7 * dayMs);
  return {
    schemaVersion: 1,
    participant: { id: 'bench', displayName: 'Bench' },
    placements: [{ id: 'p1', company: 'Værkstedet A/S', start: isoDay(monday), end }],
    assessments: Array.from({ length: weeks }, (_, w) => ({
      id: `a${w}`,
      instrument: 'weekly-company',
      date: isoDay(monday + (w * 7 + 4) * dayMs),
      rater: { role: 'company', id: 'r1', placementId: 'p1' },
      ratings: Object.fromEntries([
        ...traits.map((t, i) => [t, rating(i, w)]),
        ['punctuality', rating(6, w)],
        ['productivity', rating(7, w)],
      ]),
      notes: { 'done-well': 'Mødte til tiden.' },
    })),
    conversations: [],
  };
}

/**
 * ProgressData with `count` follow-ups (2,000 is the most the format takes): 200 jobs 10 days
 * apart, each with `count / 200` weekly check-ins.
 */
export function followUpData(count: number) {
  const jobs = Math.min(200, count);
  const each = Math.ceil(count / jobs);
  return {
    schemaVersion: 1,
    participant: { id: 'bench', displayName: 'Bench' },
    jobs: Array.from({ length: jobs }, (_, j) => ({
      id: `j${j}`,
      employer: `Værkstedet ${j} A/S`,
      start: isoDay(monday + j * 10 * dayMs),
      kind: 'ordinary',
    })),
    followUps: Array.from({ length: count }, (_, n) => {
      const j = Math.floor(n / each);
      const due = isoDay(monday + (j * 10 + 7 * ((n % each) + 1)) * dayMs);
      return n % 2
        ? { id: `f${n}`, jobId: `j${j}`, due, with: 'both' }
        : { id: `f${n}`, jobId: `j${j}`, due, done: due, with: 'employer', outcome: 'going-well' };
    }),
  };
}

/** The same ratings as rows for the peers. */
export function rows(weeks: number) {
  return traits.flatMap((trait, i) =>
    Array.from({ length: weeks }, (_, w) => ({
      trait,
      date: new Date(monday + (w * 7 + 3) * dayMs),
      value: rating(i, w),
    })),
  );
}

export const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
/** Resolves right after the browser has rendered the next frame (rAF, then a task). */
const afterPaint = () =>
  new Promise<void>((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(undefined);
    }),
  );

export interface Measurement {
  /** From the call that draws to the end of the first frame that shows it. */
  ms: number;
  /** The synchronous and awaited script part of it. */
  scriptMs: number;
  nodes: number;
}

/** From the call that draws to the end of the first frame that shows it: script, style, layout, paint. */
export async function timeFirstFrame(
  draw: () => Promise<void> | void,
): Promise<{ ms: number; scriptMs: number }> {
  stage.replaceChildren();
  await frame();
  const start = performance.now();
  await draw();
  const scriptMs = performance.now() - start;
  await afterPaint();
  return { ms: performance.now() - start, scriptMs };
}

export type Benchmarks = Record<string, (weeks: number) => Promise<Measurement>>;

declare global {
  interface Window {
    benchmarks: Benchmarks;
  }
}
