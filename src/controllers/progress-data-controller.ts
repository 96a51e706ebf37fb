import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { audienceOf, messageLocaleOf, parseProgressData, type Audience } from '../core/index.js';
import { toValidationIssue } from '../core/read/issues.js';
import type { InvalidDataIssue } from '../events/index.js';
import { registrationCount } from '../i18n/locale.js';
import { ProgressModel } from './progress-model.js';

export type ProgressResult =
  | { readonly status: 'invalid'; readonly issues: ReadonlyArray<InvalidDataIssue> }
  | { readonly status: 'ready'; readonly model: ProgressModel };

export interface ProgressDataControllerOptions {
  readonly data: () => unknown;
  readonly locale: () => string;
  /** The host's `audience` as set: core's `audienceOf` reads it (an unknown value fails closed). */
  readonly audience: () => unknown;
  /** In a conversation: the young person agreed to show their self-reported resilience this time (default: no). */
  readonly consent?: () => boolean;
}

/**
 * Validates an element's `data`, applies who is looking (`audience`), and aggregates — once per
 * change of data, locale or audience, not on every render. Invalid data never reaches a chart: the
 * element gets the issues and fires `spor-invalid-data` once per new input.
 */
export class ProgressDataController implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly options: ProgressDataControllerOptions;
  private inputs: readonly [unknown, string, unknown, boolean, number] | undefined;
  private current: ProgressResult = { status: 'invalid', issues: [] };

  constructor(host: ReactiveControllerHost & HTMLElement, options: ProgressDataControllerOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostUpdate(): void {
    const inputs = [
      this.options.data(),
      this.options.locale(),
      this.options.audience(),
      this.options.consent?.() ?? false,
      // A language registered (again) after the first draw: the model's words are its words now.
      registrationCount(),
    ] as const;
    if (this.inputs && inputs.every((value, i) => value === this.inputs?.[i])) return;
    const isNewData = this.inputs?.[0] !== inputs[0];
    const isNewAudience = this.inputs === undefined || this.inputs[2] !== inputs[2];
    this.inputs = inputs;
    const reading = audienceOf(inputs[2]);
    this.current = progressResultOf(inputs[0], inputs[1], reading.audience, inputs[3]);
    if (this.current.status === 'invalid' && isNewData && inputs[0] !== undefined) {
      this.report(this.current.issues);
    }
    this.audienceIssue = reading.issue && toValidationIssue(reading.issue, messageLocaleOf(inputs[1]));
    if (this.audienceIssue && isNewAudience) this.report([this.audienceIssue]);
  }

  /** What is wrong with the host's `audience`, in the element's language; undefined when nothing is. */
  audienceIssue: InvalidDataIssue | undefined;

  /** The audience applied: the host's value as core reads it (`company` for one it does not know). */
  get audience(): Audience {
    return audienceOf(this.options.audience()).audience;
  }

  private report(issues: ReadonlyArray<InvalidDataIssue>): void {
    this.host.dispatchEvent(
      new CustomEvent('spor-invalid-data', { bubbles: true, composed: true, detail: { issues } }),
    );
  }

  get result(): ProgressResult {
    return this.current;
  }
}

/**
 * Results by data object, then by `locale|audience`. Weak: when the host drops its data, the
 * results go too. Hosts replace the data object to change it (as Lit and every framework expect),
 * so a cached result never goes stale.
 */
const results = new WeakMap<object, Map<string, ProgressResult>>();

/**
 * `progressResultOf(data, locale, audience, consent)`: the validated, audience-filtered model of
 * `data`, or its issues; the one an element with these inputs shows (cached per data object), so
 * an export of the data says exactly what the chart draws.
 */
export function progressResultOf(
  data: unknown,
  locale: string,
  audience: Audience,
  consent: boolean,
): ProgressResult {
  if (data === undefined || data === null) {
    return { status: 'ready', model: ProgressModel.empty(locale) };
  }
  // A conversation view shows the same data in several elements: validate and aggregate it once.
  const key = `${locale}|${audience}|${consent}|${registrationCount()}`;
  const cache = typeof data === 'object' ? results.get(data) : undefined;
  const cached = cache?.get(key);
  if (cached) return cached;
  const result = computeUncached(data, locale, audience, consent);
  if (typeof data === 'object') {
    const perData = cache ?? new Map<string, ProgressResult>();
    perData.set(key, result);
    results.set(data, perData);
  }
  return result;
}

function computeUncached(
  data: unknown,
  locale: string,
  audience: Audience,
  consent: boolean,
): ProgressResult {
  try {
    const parsed = parseProgressData(data, { locale });
    if (!parsed.ok) return { status: 'invalid', issues: parsed.issues };
    return { status: 'ready', model: new ProgressModel(parsed.data, locale, audience, consent) };
  } catch (error) {
    // parseProgressData promises not to throw; if something below it ever does, the host page
    // still gets an error state and an event, not an exception.
    const message = error instanceof Error ? error.message : String(error);
    return { status: 'invalid', issues: [{ path: [], message }] };
  }
}
