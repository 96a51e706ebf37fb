/**
 * Who is looking, and what they may see (DESIGN.md, "Framing and privacy"). This is the one place
 * that decides it: elements ask, they never decide.
 *
 * - `company`: never self-reported instruments (resilience is health-like data), never counsellor
 *   ratings or notes.
 * - `conversation` (the young person and the mentor; the default): self-reported instruments only
 *   when the young person agreed this time (`resilienceConsent`), counsellor ratings yes.
 * - `counsellor`: everything.
 */
import type { Audience, Framework, ProgressData } from './schema.js';
import { resolveFramework } from './framework.js';

export type { Audience } from './schema.js';

/** Who is looking, and whether the young person agreed to show their self-report this time. */
export interface Viewer {
  readonly audience: Audience;
  /** Only read in a `conversation`; default false. */
  readonly resilienceConsent?: boolean | undefined;
}

/** The rater role of a youth counsellor, whose ratings and notes a company never sees. */
export const counsellorRole = 'counsellor';
/** The rater role of the young person rating themselves (`nextwork`'s `self`). */
export const selfRole = 'self';

/** True when self-reported, health-like series (resilience) may be shown to this viewer now. */
export function maySeeSelfReport(viewer: Viewer): boolean {
  return (
    viewer.audience === 'counsellor' ||
    (viewer.audience === 'conversation' && viewer.resilienceConsent === true)
  );
}

/** True when ratings and notes by raters of this role may be shown to this viewer. */
export function maySeeRole(viewer: Viewer, role: string): boolean {
  return !(viewer.audience === 'company' && role === counsellorRole);
}

/** The rater roles whose ratings this viewer may see apart, in the order they are drawn. */
export function visibleRaterRoles(viewer: Viewer): Array<'company' | 'counsellor'> {
  return viewer.audience === 'company' ? ['company'] : ['company', 'counsellor'];
}

/** Instruments only the young person fills in about themselves. */
export function selfReportedInstruments(framework: Framework): ReadonlySet<string> {
  return new Set(
    framework.instruments.filter((i) => i.raterRoles.every((role) => role === selfRole)).map((i) => i.id),
  );
}

/**
 * True for a series (dimension, trait or `instrument.item`) that only the young person rates about
 * themselves: every component of a dimension, or the item's instrument, is self-reported.
 */
export function isSelfReportedSeries(framework: Framework, id: string): boolean {
  const selfReported = selfReportedInstruments(framework);
  const dimension = framework.dimensions.find((d) => d.id === id);
  if (dimension) {
    return dimension.components.every((c) =>
      selfReported.has(c.kind === 'score' ? c.ref : (c.ref.split('.')[0] ?? '')),
    );
  }
  return selfReported.has(id.split('.')[0] ?? '');
}

/** True when this viewer may see the series `id` (a self-reported one only with consent). */
export function maySeeSeries(framework: Framework, viewer: Viewer, id: string): boolean {
  return maySeeSelfReport(viewer) || !isSelfReportedSeries(framework, id);
}

/**
 * The data this viewer may see: assessments they may not see are left out before anything is
 * aggregated, so nothing hidden can leak into a dimension, a change, a note or an event.
 */
export function forAudience(data: ProgressData, viewer: Viewer): ProgressData {
  if (viewer.audience === 'counsellor') return data;
  const framework = resolveFramework(data.framework);
  if (!framework) return data;
  const showsSelfReport = maySeeSelfReport(viewer);
  const selfReported = selfReportedInstruments(framework);
  const visible: ProgressData = {
    ...data,
    assessments: data.assessments.filter(
      (a) => maySeeRole(viewer, a.rater.role) && (showsSelfReport || !selfReported.has(a.instrument)),
    ),
  };
  // A follow-up's note is the counsellor's or mentor's about the young person's job: a company sees
  // that a check-in happened and how it went, never what was written about it.
  if (viewer.audience === 'company' && data.followUps) {
    visible.followUps = data.followUps.map((followUp) => {
      const seen = { ...followUp };
      delete seen.note;
      return seen;
    });
  }
  return visible;
}
