// Odd inputs the fast path and the run-time validator must treat exactly as zod does: used by
// parse-fast-path.test.ts and validate.test.ts.

/** Odd things an assessment can hold that a plain check might get wrong. */
export const oddities: ReadonlyArray<readonly [string, (a: Record<string, unknown>) => void]> = [
  ['an extra key', (a) => (a['extra'] = 'x')],
  ['an extra rater key', (a) => ((a['rater'] as Record<string, unknown>)['extra'] = 1)],
  ['an undefined optional', (a) => (a['notes'] = undefined)],
  ['an undefined rater id', (a) => ((a['rater'] as Record<string, unknown>)['id'] = undefined)],
  ['a NaN rating', (a) => (a['ratings'] = { initiative: Number.NaN })],
  ['an infinite rating', (a) => (a['ratings'] = { initiative: Number.POSITIVE_INFINITY })],
  ['a rating as text', (a) => (a['ratings'] = { initiative: '3' })],
  ['a null rating', (a) => (a['ratings'] = { initiative: null, persistence: 4 })],
  ['ratings as an array', (a) => (a['ratings'] = [3, 4])],
  [
    'ratings without a prototype',
    (a) => (a['ratings'] = Object.assign(Object.create(null), { initiative: 3 })),
  ],
  ['ratings as a Map', (a) => (a['ratings'] = new Map([['initiative', 3]]))],
  ['ratings as a Date', (a) => (a['ratings'] = new Date(0))],
  ['notes with a number', (a) => (a['notes'] = { 'done-well': 5 })],
  ['notes as null', (a) => (a['notes'] = null)],
  ['a rater as null', (a) => (a['rater'] = null)],
  ['a number as id', (a) => (a['id'] = 7)],
  ['no date', (a) => delete a['date']],
  ['a missing rater role', (a) => delete (a['rater'] as Record<string, unknown>)['role']],
  ['an assessment as an array', (a) => Object.setPrototypeOf(a, Array.prototype)],
  // A property the host defined without `enumerable` is still read by zod (`key in input`).
  ['a non-enumerable id', (a) => Object.defineProperty(a, 'id', { value: 'hidden-id', enumerable: false })],
  ['non-enumerable notes', (a) => Object.defineProperty(a, 'notes', { value: { 'done-well': 'x' } })],
  [
    'a non-enumerable rater role',
    (a) => Object.defineProperty(a['rater'], 'role', { value: 'company', enumerable: false }),
  ],
];

export type Root = Record<string, unknown> & {
  participant: Record<string, unknown>;
  placements: Array<Record<string, unknown>>;
  conversations: Array<Record<string, unknown>>;
};

/** Odd things the rest of a record can hold: the whole-record fast path must leave them to zod. */
export const recordOddities: ReadonlyArray<readonly [string, (d: Root) => void]> = [
  ['an extra top-level key', (d) => (d['extra'] = 1)],
  ['no framework (the default)', (d) => delete d['framework']],
  ['no placements (the default)', (d) => Reflect.deleteProperty(d, 'placements')],
  ['a framework id that is not one', (d) => (d['framework'] = 'Next Work')],
  ['an unknown framework id', (d) => (d['framework'] = 'elsewhere')],
  ['schema version 2', (d) => (d['schemaVersion'] = 2)],
  ['schema version as text', (d) => (d['schemaVersion'] = '1')],
  ['an empty participant id', (d) => (d.participant['id'] = '')],
  ['a long display name', (d) => (d.participant['displayName'] = 'x'.repeat(201))],
  ['a participant locale as a number', (d) => (d.participant['locale'] = 7)],
  ['an extra participant key', (d) => (d.participant['name'] = 'x')],
  ['a placement without a start', (d) => delete d.placements[0]!['start']],
  ['a placement date-time', (d) => (d.placements[0]!['start'] = '2026-03-01T23:30:00Z')],
  ['a placement end that is no date', (d) => (d.placements[0]!['end'] = 'soon')],
  ['a placement role of 201 characters', (d) => (d.placements[0]!['role'] = 'r'.repeat(201))],
  [
    'a conversation answer of 20,001 characters',
    (d) => (d.conversations[0]!['answers'] = { changes: 'a'.repeat(20_001) }),
  ],
  ['a conversation answer as a number', (d) => (d.conversations[0]!['answers'] = { changes: 1 })],
  ['a conversation prompt set with a space', (d) => (d.conversations[0]!['promptSet'] = 'next work')],
  ['a conversation consent as text', (d) => (d.conversations[0]!['resilienceConsent'] = 'yes')],
  ['a conversation consent given', (d) => (d.conversations[0]!['resilienceConsent'] = true)],
  ['a conversation focus as a number', (d) => (d.conversations[0]!['focus'] = 3)],
  // A list with a hole (`delete list[i]`, or a longer `length`): zod reads the hole as undefined.
  ['a hole in the assessments', (d) => delete (d['assessments'] as unknown[])[1]],
  ['a hole in the placements', (d) => delete d.placements[1]],
  ['a hole at the end of the conversations', (d) => (d.conversations.length = 2)],
  [
    'a non-enumerable participant id',
    (d) => Object.defineProperty(d.participant, 'id', { value: 'hidden', enumerable: false }),
  ],
  [
    'placements defined non-enumerable',
    (d) => Object.defineProperty(d, 'placements', { value: d.placements, enumerable: false }),
  ],
  ['broken hours inherited from a prototype', (d) => Object.setPrototypeOf(d, { hours: 'every week' })],
  [
    'a symbol key in a conversation’s answers',
    (d) => ((d.conversations[0]!['answers'] as Record<symbol, string>)[Symbol.for('spor')] = 'x'),
  ],
  [
    'programme records',
    (d) => (d['hours'] = [{ week: '2026-W10', activity: 'internship', planned: 25, attended: 20 }]),
  ],
];
