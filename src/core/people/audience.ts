/**
 * Who is looking, and what they may see. This is the one place that decides it: elements ask, they
 * never decide. Privacy fails closed: an audience this file does not know sees no more than a
 * company does, whichever way the host spelled it (`Company`, `virksomhed`, `employer`).
 *
 * - `company`: never self-reported instruments (resilience is health-like data), never counsellor
 *   ratings or notes.
 * - `conversation` (the young person and the mentor; the default): self-reported instruments only
 *   when the young person agreed this time (`resilienceConsent`), counsellor ratings yes.
 * - `counsellor`: everything.
 */
import type { Audience, Framework, ProgressData } from '../format/schema.js';
import { resolveFramework } from '../framework/framework.js';
import { found, type FoundIssue } from '../read/issues.js';
import { audiences } from '../format/limits.js';

export type { Audience } from '../format/schema.js';

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

/** What a host's `audience` is read as: the audience applied, and the issue when it was not known. */
export interface AudienceReading {
  readonly audience: Audience;
  /** Set when the host's value is no audience: report it (`spor-invalid-data`). */
  readonly issue?: FoundIssue;
}

/**
 * `audienceOf(value)`: a known audience as it is; nothing set (`undefined`, or `null` for a removed
 * attribute) is the default, `conversation`; anything else — another case, another language, a
 * typo, a non-string — is read as `company`, the audience that sees least, and reported. Exact
 * values only: `Counsellor` does not open a counsellor's view.
 */
export function audienceOf(value: unknown): AudienceReading {
  if (value === undefined || value === null) return { audience: 'conversation' };
  if (isAudience(value)) return { audience: value };
  return {
    audience: 'company',
    issue: found(['audience'], 'unknownAudience', {
      value: typeof value === 'string' ? value : typeof value,
      values: audiences.join(', '),
    }),
  };
}

function isAudience(value: unknown): value is Audience {
  return typeof value === 'string' && (audiences as ReadonlyArray<string>).includes(value);
}

/**
 * True when this viewer sees counsellors' ratings and notes: a counsellor and a conversation only.
 * Asked as "one of these two", never as "not a company", so a value that slipped past `audienceOf`
 * still sees nothing more.
 */
function seesCounsellors(viewer: Viewer): boolean {
  return viewer.audience === 'counsellor' || viewer.audience === 'conversation';
}

/** True when self-reported, health-like series (resilience) may be shown to this viewer now. */
export function maySeeSelfReport(viewer: Viewer): boolean {
  return (
    viewer.audience === 'counsellor' ||
    (viewer.audience === 'conversation' && viewer.resilienceConsent === true)
  );
}

/** True when ratings and notes by raters of this role may be shown to this viewer. */
export function maySeeRole(viewer: Viewer, role: string): boolean {
  return role !== counsellorRole || seesCounsellors(viewer);
}

/** The rater roles whose ratings this viewer may see apart, in the order they are drawn. */
export function visibleRaterRoles(viewer: Viewer): Array<'company' | 'counsellor'> {
  return seesCounsellors(viewer) ? ['company', 'counsellor'] : ['company'];
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
  if (!seesCounsellors(viewer) && data.followUps) {
    visible.followUps = data.followUps.map((followUp) => {
      const seen = { ...followUp };
      delete seen.note;
      return seen;
    });
  }
  return visible;
}
