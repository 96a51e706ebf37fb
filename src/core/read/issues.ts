/** Validation issues: found with a message code, reported with a sentence in the reader's language. */
import { messageFor, type MessageLocale, type MessageParams } from './messages.js';

export type IssuePath = ReadonlyArray<string | number>;

/** One problem in the input: where it is (keys and indexes) and what is wrong, in words. */
export interface ValidationIssue {
  readonly path: IssuePath;
  readonly message: string;
  /** The message code (`offScale`, `duplicateId`, …), for hosts that want to react to a kind. */
  readonly code: string;
}

export interface FoundIssue {
  readonly path: IssuePath;
  readonly code: string;
  readonly params: MessageParams;
}

export function found(path: IssuePath, code: string, params: MessageParams = {}): FoundIssue {
  return { path, code, params };
}

export function toValidationIssue(issue: FoundIssue, locale: MessageLocale): ValidationIssue {
  return { path: issue.path, code: issue.code, message: messageFor(issue.code, issue.params, locale) };
}
