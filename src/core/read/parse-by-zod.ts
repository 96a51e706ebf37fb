/**
 * @internal The reference the tests hold the run-time validator against: `parseProgressData` with
 * the shape checked by zod itself (`ProgressDataSchema.safeParse`), no fast path, no generated
 * validators. Not exported from the package: it is what `validate.ts` must agree with.
 */
import { parseProgressDataWith, type ParseOptions, type ParseResult } from './parse.js';
import { ProgressDataSchema, type ProgressData } from '../format/schema.js';

export function parseProgressDataByZodAlone(
  input: unknown,
  options: ParseOptions = {},
): ParseResult<ProgressData> {
  return parseProgressDataWith(input, options, (value) =>
    ProgressDataSchema.safeParse(value, { reportInput: true }),
  );
}
