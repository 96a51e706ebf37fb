import { expect } from '@open-wc/testing';
import { z } from 'zod/mini';
import {
  CadenceSchema,
  DateInputSchema,
  FrameworkIdSchema,
  hintedDate,
  hintedHostId,
  HostIdSchema,
  HoursSchema,
  ItemRefSchema,
  jsonSchemaHints,
  listOf,
  NoteSchema,
  ShareSchema,
  ShortTextSchema,
  WeekKeySchema,
} from '../../../src/core/format/schema-parts.js';

/** The message codes a schema gives for `value`; none when it accepts it. */
function codesOf(schema: z.ZodMiniType, value: unknown): string[] {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

describe('core/format/schema-parts: lists, ids, texts and dates', () => {
  it('listOf(schema, max, min): tooMany past max, emptyList under min', () => {
    const upToTwo = listOf(z.string(), 2);
    expect(codesOf(upToTwo, [])).to.deep.equal([]);
    expect(codesOf(upToTwo, ['a', 'b'])).to.deep.equal([]);
    expect(codesOf(upToTwo, ['a', 'b', 'c'])).to.deep.equal(['tooMany']);
    const oneToTwo = listOf(z.string(), 2, 1);
    expect(codesOf(oneToTwo, [])).to.deep.equal(['emptyList']);
    expect(codesOf(oneToTwo, ['a'])).to.deep.equal([]);
    expect(codesOf(oneToTwo, ['a', 'b', 'c'])).to.deep.equal(['tooMany']);
  });

  it('FrameworkIdSchema and ItemRefSchema name their pattern', () => {
    expect(codesOf(FrameworkIdSchema, 'weekly-company')).to.deep.equal([]);
    expect(codesOf(FrameworkIdSchema, 'Weekly Company')).to.deep.equal(['frameworkId']);
    expect(codesOf(ItemRefSchema, 'weekly-company.punctuality')).to.deep.equal([]);
    expect(codesOf(ItemRefSchema, 'punctuality')).to.deep.equal(['itemRef']);
  });

  it('HostIdSchema: any text of 1 to 200 characters; ShortTextSchema may be empty; NoteSchema 5,000', () => {
    expect(codesOf(HostIdSchema, 'Jens Hansen / 42')).to.deep.equal([]);
    expect(codesOf(HostIdSchema, '')).to.deep.equal(['empty']);
    expect(codesOf(HostIdSchema, 'x'.repeat(200))).to.deep.equal([]);
    expect(codesOf(HostIdSchema, 'x'.repeat(201))).to.deep.equal(['tooLong']);
    expect(codesOf(ShortTextSchema, '')).to.deep.equal([]);
    expect(codesOf(ShortTextSchema, 'x'.repeat(201))).to.deep.equal(['tooLong']);
    expect(codesOf(NoteSchema, 'x'.repeat(5_000))).to.deep.equal([]);
    expect(codesOf(NoteSchema, 'x'.repeat(5_001))).to.deep.equal(['tooLong']);
  });

  it('DateInputSchema and WeekKeySchema check the form only', () => {
    expect(codesOf(DateInputSchema, '2026-03-01T09:00:00+01:00')).to.deep.equal([]);
    expect(codesOf(DateInputSchema, '2026-02-30')).to.deep.equal([]);
    expect(codesOf(DateInputSchema, '01-03-2026')).to.deep.equal(['dateFormat']);
    expect(codesOf(WeekKeySchema, '2026-W53')).to.deep.equal([]);
    expect(codesOf(WeekKeySchema, '2026-53')).to.deep.equal(['weekKey']);
  });

  it('CadenceSchema: week, month or half-year', () => {
    expect(CadenceSchema.options).to.deep.equal(['week', 'month', 'half-year']);
    const year = CadenceSchema.safeParse('year');
    expect(year.success).to.equal(false);
    expect(year.error?.issues[0]?.code).to.equal('invalid_value');
  });
});

describe('core/format/schema-parts: hours and shares', () => {
  it('HoursSchema: 0 to 100 hours, halves allowed', () => {
    expect(codesOf(HoursSchema, 0)).to.deep.equal([]);
    expect(codesOf(HoursSchema, 37.5)).to.deep.equal([]);
    expect(codesOf(HoursSchema, 100)).to.deep.equal([]);
    expect(codesOf(HoursSchema, -0.5)).to.deep.equal(['negativeHours']);
    expect(codesOf(HoursSchema, 100.5)).to.deep.equal(['weekHours']);
  });

  it('ShareSchema: 0 to 1, both ends included', () => {
    expect([0, 0.15, 1].map((share) => codesOf(ShareSchema, share))).to.deep.equal([[], [], []]);
    expect(codesOf(ShareSchema, -0.01)).to.deep.equal(['share']);
    // 15 written as a percent, not as the share 0.15.
    expect(codesOf(ShareSchema, 15)).to.deep.equal(['share']);
  });
});

describe('core/format/schema-parts: hints for the JSON Schema only', () => {
  it('a hinted field carries its pattern and lengths in jsonSchemaHints, and zod checks none of them', () => {
    const date = hintedDate();
    expect(jsonSchemaHints.get(date)).to.deep.include({
      pattern: '^\\d{4}-\\d{2}-\\d{2}(?:T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?(?:Z|[+-]\\d{2}:\\d{2}))?$',
    });
    expect(String(jsonSchemaHints.get(date)?.['description'])).to.match(/^YYYY-MM-DD/);
    const id = hintedHostId();
    expect(jsonSchemaHints.get(id)).to.deep.equal({ minLength: 1, maxLength: 200 });
    // check-data.ts checks these fields; zod lets anything of the right type through.
    expect(codesOf(date, '30/01/2026')).to.deep.equal([]);
    expect(codesOf(id, '')).to.deep.equal([]);
    // The type is still zod's to check (zod/mini's own message, no code of ours).
    expect(id.safeParse(3).error?.issues.map((issue) => issue.code)).to.deep.equal(['invalid_type']);
  });
});
