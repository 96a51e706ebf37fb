// Runs in Node (`npm run test:node`): the committed validators are what the schemas give today, and
// the generator refuses what it cannot describe rather than describing it loosely.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { z } from 'zod/mini';
import { describeSchemas, generatedPath, validatorsSource } from '../../scripts/validators-source.js';

describe('src/core/read/generated/validators.ts', () => {
  it('is exactly what scripts/write-validators.ts makes from the schemas (run `npm run validators`)', async () => {
    assert.equal(readFileSync(generatedPath, 'utf8'), await validatorsSource());
  });

  it('refuses a schema it does not understand, instead of accepting more than zod', () => {
    const refused: Array<[string, z.ZodMiniType, RegExp]> = [
      ['an unnamed refinement', z.string().check(z.refine((text) => text !== 'x')), /refinement not named/],
      [
        'a transform',
        z.pipe(
          z.string(),
          z.transform((text) => text.length),
        ),
        /schema kind "pipe"/,
      ],
      ['an email format', z.email(), /is not understood/],
      ['a multiple-of check', z.number().check(z.multipleOf(2)), /check "multiple_of"/],
      [
        'a message that depends on the issue',
        z.string({ error: (issue) => String(issue.code) }),
        /constant text/,
      ],
      ['a record with enum keys', z.record(z.enum(['a', 'b']), z.string()), /record key/],
      ['a default that is not JSON', z._default(z.date(), new Date(0)), /kind "date"|not plain JSON/],
    ];
    for (const [name, schema, message] of refused) {
      assert.throws(() => describeSchemas({ Root: schema }), message, name);
    }
  });

  it('describes what it understands, with the message codes as written', () => {
    const { nodes } = describeSchemas({
      Root: z.object({ list: z.array(z.string()).check(z.minLength(1, { error: 'emptyList' })) }),
    });
    assert.deepEqual(nodes, [
      "{ t: 'string' }",
      `{ t: 'array', i: 0, c: [{ k: 'min', n: 1, e: "emptyList" }] }`,
      '{ t: \'object\', s: { "list": 1 } }',
    ]);
  });
});
