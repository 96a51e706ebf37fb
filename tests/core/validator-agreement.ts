// `expectAgreement(root, input)`: the run-time validator (src/core/read/validate.ts) and zod give the same
// result for `input`: both accept with deep-equal output, or both refuse with the same issues (every
// field zod reports) and so the same ValidationIssue list, 100-issue cap included. Neither may write
// to the input. Used by validate.test.ts and by the parse tests' helpers on every input they build.
import { expect } from '@open-wc/testing';
import { failure } from '../../src/core/read/parse.js';
import { validate, type ValidatorRoot } from '../../src/core/read/validate.js';
import { validatorRoots as rootSchemas } from '../../src/core/read/validator-roots.js';
import { fromZodIssues } from '../../src/core/read/zod-issues.js';

export const schemas = rootSchemas satisfies Record<ValidatorRoot, unknown>;

export const validatorRoots = Object.keys(schemas) as ValidatorRoot[];

/**
 * A snapshot of what the host passed, to show it was not written to: undefined when it cannot be
 * taken, or when a list is too long to copy (the 50-million-entry array of the guard tests).
 */
function snapshot(input: unknown): string | undefined {
  try {
    return JSON.stringify(input, (_key, value: unknown) => {
      if (Array.isArray(value) && value.length > 100_000) throw new Error('too long to copy');
      return typeof value === 'number' && !Number.isFinite(value) ? String(value) : value;
    });
  } catch {
    return undefined;
  }
}

type Outcome = { threw: true } | { threw: false; result: ReturnType<typeof validate> };

function attempt(run: () => ReturnType<typeof validate>): Outcome {
  try {
    return { threw: false, result: run() };
  } catch {
    return { threw: true };
  }
}

/** Counts agreements, so a test can say it compared something. */
export const agreement = { accepted: 0, refused: 0 };

export function expectAgreement(root: ValidatorRoot, input: unknown, label: string = root): void {
  const before = snapshot(input);
  const ours = attempt(() => validate(root, input));
  expect(snapshot(input), `${label}: the input is left as it was`).to.equal(before);
  const zod = attempt(
    () => schemas[root].safeParse(input, { reportInput: true }) as ReturnType<typeof validate>,
  );
  expect(ours.threw, `${label}: both throw or neither`).to.equal(zod.threw);
  if (ours.threw || zod.threw) return;
  const [mine, theirs] = [ours.result, zod.result];
  expect(mine.success, `${label}: accepted by both or refused by both`).to.equal(theirs.success);
  if (mine.success && theirs.success) {
    expect(mine.data, `${label}: the same output`).to.deep.equal(theirs.data);
    agreement.accepted += 1;
  } else if (!mine.success && !theirs.success) {
    expect(mine.error.issues, `${label}: the same issues`).to.deep.equal(theirs.error.issues);
    const shown = (issues: typeof mine.error.issues) => failure(fromZodIssues(issues), 'en');
    expect(shown(mine.error.issues), `${label}: the same ValidationIssues`).to.deep.equal(
      shown(theirs.error.issues),
    );
    agreement.refused += 1;
  }
}
