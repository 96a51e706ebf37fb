import { localDateOf, type ParseResult } from '../core/index.js';
import type { InvalidDataIssue } from '../events/index.js';
import { isolateIfSensitive } from '../core/read/bidi-text.js';

/** What an element made of its properties: everything it needs, or what is wrong with them. */
export type Resolution<S> =
  | { readonly setup: S; readonly issues: readonly [] }
  | { readonly setup: undefined; readonly issues: ReadonlyArray<InvalidDataIssue> };

/** One thing wrong with one property. */
export const unusable = (path: ReadonlyArray<string | number>, message: string): Resolution<never> => ({
  setup: undefined,
  issues: [{ path, message }],
});

/** A value that was resolved, or the resolution that failed. */
export type Resolved<T> = { readonly value: T } | Resolution<never>;

/** How to read a property that is a built-in's id or a host's own object. */
export interface BuiltinOrParsed<T> {
  /** The property's name: where its issues point. */
  readonly path: string;
  readonly locale: string;
  /** The built-in for an id (undefined: the default one), or undefined when there is no such id. */
  readonly builtin: (id: string | undefined) => T | undefined;
  /** Core's parser for a host's object. */
  readonly parse: (input: unknown, options: { locale: string }) => ParseResult<T>;
  /** The message for an id that names no built-in. */
  readonly unknownId: (id: string) => string;
}

/**
 * Turns an element's properties into what it needs (its setup), never throwing, and remembers
 * what it made: a host's object is parsed once per object and language, issues are handed to the
 * host once, and while a person is in the middle of something the last setup that worked stays
 * on screen (`isStale`) instead of an error state that would take their text and focus away.
 */
export class InputResolver<S> {
  /** What the element shows; while `isStale`, the last setup that worked. */
  setup: S | undefined;
  /** What is wrong with the properties now (also while `isStale`). */
  issues: ReadonlyArray<InvalidDataIssue> = [];
  /** True when the properties are unusable but the last good setup is kept. */
  isStale = false;
  private handedOver = '';
  private readonly parsed = new Map<string, { input: unknown; locale: string; result: unknown }>();

  /** @param unreadable The message when reading a property throws (a revoked proxy, a bad getter). */
  constructor(private readonly unreadable: () => string) {}

  /** Resolves anew; `keepsLast`: a person is in the middle of something the setup holds. */
  resolve(compute: () => Resolution<S>, keepsLast: boolean): void {
    let result: Resolution<S>;
    try {
      result = compute();
    } catch {
      result = unusable([], this.unreadable());
    }
    this.issues = result.issues;
    this.isStale = result.setup === undefined && keepsLast && this.setup !== undefined;
    if (!this.isStale) this.setup = result.setup;
  }

  /**
   * The issues when they are new since they were last handed over, else undefined. A new input
   * from the host (`isNewInput`) hands them over again even when they read the same: the host
   * hears once per input it sets, as with `data`.
   */
  takeNewIssues(isNewInput = false): ReadonlyArray<InvalidDataIssue> | undefined {
    const text = JSON.stringify(this.issues);
    if (text === this.handedOver && !isNewInput) return undefined;
    this.handedOver = text;
    return this.issues.length > 0 ? this.issues : undefined;
  }

  /** A property that is a built-in's id (or empty: the default) or a host's object, parsed once. */
  builtinOrParsed<T>(input: unknown, how: BuiltinOrParsed<T>): Resolved<T> {
    if (input === undefined || input === null || typeof input === 'string') {
      const id = typeof input === 'string' && input !== '' ? input : undefined;
      const value = how.builtin(id);
      return value ? { value } : unusable([how.path], how.unknownId(isolateIfSensitive(String(id ?? input))));
    }
    let cached = this.parsed.get(how.path);
    if (cached?.input !== input || cached.locale !== how.locale) {
      cached = { input, locale: how.locale, result: how.parse(input, { locale: how.locale }) };
      this.parsed.set(how.path, cached);
    }
    const result = cached.result as ParseResult<T>;
    if (result.ok) return { value: result.data };
    return {
      setup: undefined,
      issues: result.issues.map((issue) => ({ path: [how.path, ...issue.path], message: issue.message })),
    };
  }

  /** The host's `value` (undefined when not given) when it is a record of what is shown, else what is wrong. */
  hostValue<T extends object>(value: unknown, check: ValueCheck<T>): Resolved<T | undefined> {
    if (value === undefined) return { value: undefined };
    const parsed = check.parse(value);
    if (parsed === undefined) return unusable(['value'], check.invalid);
    const found = String(parsed[check.field]);
    return found === check.expected
      ? { value: parsed }
      : unusable(['value', check.field], check.other(isolateIfSensitive(found)));
  }

  /**
   * The first date given among `candidates` (else today) as a local `YYYY-MM-DD` in `timeZone`, or
   * undefined with the input that could not be read.
   */
  dateOf(
    candidates: ReadonlyArray<unknown>,
    timeZone: string,
  ): { readonly date: string | undefined; readonly input: unknown } {
    // Like `a || b || today`: an empty property means "not given".
    const input = candidates.find((candidate) => Boolean(candidate)) ?? today();
    return { date: typeof input === 'string' ? localDateOf(input, timeZone) : undefined, input };
  }
}

/** What `hostValue` needs to know about the host's `value`. */
export interface ValueCheck<T> {
  /** The value as a record, or undefined when it is not one. */
  readonly parse: (value: unknown) => T | undefined;
  /** The field that must name what the element shows (`instrument`, `promptSet`), and that id. */
  readonly field: keyof T & string;
  readonly expected: string;
  /** The messages: not a record at all; a record of something else. */
  readonly invalid: string;
  readonly other: (found: string) => string;
}

const today = () => new Date().toISOString();
