/**
 * Who is looking, and what they may see. This is the one place that decides it: elements ask, they
 * never decide. Privacy fails closed: an audience this file does not know sees no more than a
 * company does, whichever way the host spelled it (`Company`, `virksomhed`, `employer`).
 *
 * - `company`: never self-reported instruments (resilience is health-like data), never counsellor
 *   ratings or notes.
 * - `conversation` (the young person and the mentor; the default): self-reported instruments only
 *   when the young person agreed this time (`resilienceConsent`), counsellor ratings yes.
 * - `counsellor`: everything but the young person's private log entries.
 * - `young-person` (the young person alone, on their own page): no counsellor ratings or notes, of
 *   the companies' written notes only the "done well" ones (a concern is raised with the mentor
 *   present), self-reported instruments only as their own answers, and their whole log.
 *
 * A private log entry is seen by `young-person` only; every other audience gets the shared ones.
 */
import type { Assessment, Audience, Experience, Framework, ProgressData } from '../format/schema.js';
import { resolveFramework, selfReadingsOf, selfRole } from '../framework/framework.js';
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
export { selfRole };

/**
 * The written notes (text items) a young person reads alone on their own page: the companies'
 * "done well". Any other note (`concerns`, a host's own text items) is left out, fail closed.
 */
export const youngPersonNoteItems: ReadonlyArray<string> = ['done-well'];

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

/**
 * True when self-reported, health-like series (resilience) may be shown to this viewer now: a
 * counsellor, the young person themselves, a conversation with consent.
 */
export function maySeeSelfReport(viewer: Viewer): boolean {
  return (
    viewer.audience === 'counsellor' ||
    viewer.audience === 'young-person' ||
    (viewer.audience === 'conversation' && viewer.resilienceConsent === true)
  );
}

/**
 * True when the young person's own weekly reading (`self-weekly`, drawn beside the company's as a
 * second mark) may be shown to this viewer: the young person, a conversation (they are in the
 * room) and a counsellor. Never a company, and never an audience this file does not know: asked as
 * "one of these three", so a mistyped value sees nothing.
 */
export function maySeeOwnReading(viewer: Viewer): boolean {
  return (
    viewer.audience === 'young-person' ||
    viewer.audience === 'conversation' ||
    viewer.audience === 'counsellor'
  );
}

/** True when this viewer may see the young person's private log entries: they themselves only. */
function seesPrivateLog(viewer: Viewer): boolean {
  return viewer.audience === 'young-person';
}

/**
 * `experiencesFor(data, viewer)`: the log entries this viewer may see, as listed: all of them for
 * the young person (`young-person`), the shared ones for every other audience, known or not.
 */
export function experiencesFor(data: Pick<ProgressData, 'experiences'>, viewer: Viewer): Experience[] {
  const entries = data.experiences ?? [];
  return seesPrivateLog(viewer) ? [...entries] : entries.filter((entry) => entry.shared === true);
}

/**
 * Instruments of the young person's own weekly reading (`selfReadingsOf`): not health-like, so a
 * conversation shows them without asking for consent; a company never sees them.
 */
function ownReadingInstruments(framework: Framework): ReadonlySet<string> {
  return new Set(selfReadingsOf(framework).map((reading) => reading.instrument.id));
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
 * aggregated, so nothing hidden can leak into a dimension, a change, a note or an event; private
 * log entries are left out for everyone but the young person.
 */
export function forAudience(data: ProgressData, viewer: Viewer): ProgressData {
  const withLog = (visible: ProgressData): ProgressData => {
    if (data.experiences === undefined || seesPrivateLog(viewer)) return visible;
    return { ...visible, experiences: experiencesFor(data, viewer) };
  };
  if (viewer.audience === 'counsellor') return withLog(data);
  const framework = resolveFramework(data.framework);
  // Without a framework nothing says which instruments are self-reported: the `self` role's are.
  const selfReported = framework ? selfReportedInstruments(framework) : undefined;
  const isSelfReported = (a: Assessment) =>
    selfReported ? selfReported.has(a.instrument) : a.rater.role === selfRole;
  const showsSelfReport = maySeeSelfReport(viewer);
  const ownReading =
    framework && viewer.audience === 'conversation' ? ownReadingInstruments(framework) : new Set<string>();
  const isYoungPerson = viewer.audience === 'young-person';
  const visible: ProgressData = {
    ...data,
    assessments: data.assessments.filter(
      (a) =>
        maySeeRole(viewer, a.rater.role) &&
        (!isSelfReported(a) ||
          ((showsSelfReport || ownReading.has(a.instrument)) &&
            (!isYoungPerson || a.rater.role === selfRole))),
    ),
  };
  // Alone on their own page, the young person reads the companies' "done well" notes, no other.
  if (isYoungPerson) {
    visible.assessments = visible.assessments.map((assessment) => {
      if (assessment.notes === undefined) return assessment;
      const notes: Record<string, string> = {};
      for (const item of youngPersonNoteItems) {
        const note = Object.hasOwn(assessment.notes, item) ? assessment.notes[item] : undefined;
        if (note !== undefined) notes[item] = note;
      }
      return { ...assessment, notes };
    });
  }
  // A follow-up's note is the counsellor's or mentor's about the young person's job: a company sees
  // that a check-in happened and how it went, never what was written about it.
  if (!seesCounsellors(viewer) && data.followUps) {
    visible.followUps = data.followUps.map((followUp) => {
      const seen = { ...followUp };
      delete seen.note;
      return seen;
    });
  }
  return withLog(visible);
}
