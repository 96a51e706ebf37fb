// Progress data for the parse tests: one valid input in the nextwork framework, `issuesOf(change)`: the
// issues parseProgressData (held against zod, see checked-core.ts) finds once `change` has damaged
// a fresh copy, and `first(issues)`. Used by read/parse.test.ts and read/check-data.test.ts.
import type { ValidationIssue } from '../../src/core/index.js';
import { parseProgressData } from './checked-core.js';

export const valid = () => ({
  schemaVersion: 1,
  participant: { id: 'p1', displayName: 'Simon' },
  placements: [
    { id: 'pl1', company: 'Lageret', start: '2026-01-05', end: '2026-03-27' },
    { id: 'pl2', company: 'Værkstedet', start: '2026-04-06' },
  ],
  assessments: [
    {
      id: 'a1',
      instrument: 'weekly-company',
      date: '2026-01-09',
      rater: { role: 'company', id: 'jens', placementId: 'pl1' },
      ratings: { initiative: 3, punctuality: null },
      notes: { 'done-well': 'Mødte til tiden hele ugen.' },
    },
  ],
  conversations: [
    {
      id: 'c1',
      date: '2026-02-01',
      promptSet: 'nextwork',
      answers: { changes: 'Mere stabil.' },
      focus: 'weekly-company.punctuality',
    },
  ],
});

export type Input = ReturnType<typeof valid>;

export function issuesOf(change: (input: Input) => unknown, locale?: string): ValidationIssue[] {
  const input = valid();
  const changed = change(input) ?? input;
  const result = parseProgressData(changed, locale ? { locale } : {});
  return result.ok ? [] : [...result.issues];
}

export const first = (issues: ValidationIssue[]) => issues[0] ?? { path: [], message: '', code: '' };
