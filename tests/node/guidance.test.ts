// Runs in Node (`npm run test:node`): every element in src/elements has its guidance for its docs
// page (stories/guidance.ts): when to use it, when not, and what goes with it.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { guidanceFor, guidedTags } from '../../stories/guidance.js';

const elementTags = readdirSync(new URL('../../src/elements/', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name.startsWith('spor-'))
  .map((entry) => entry.name)
  .sort();

describe('stories/guidance.ts', () => {
  it('has guidance for exactly the elements in src/elements', () => {
    // 14 today: assessment form, cohort outcomes, conversation guide and summary, data table,
    // dimension summary, experience log, follow-up plan, my progress, progress conversation,
    // sparkline, trait star, trend chart, week hours.
    assert.equal(elementTags.length, 14);
    assert.deepEqual([...guidedTags].sort(), elementTags);
  });

  it('says when to use each, when not, and what goes with it, naming at least one other element', () => {
    for (const tag of elementTags) {
      const text = guidanceFor(tag);
      const parts = text.split('\n\n');
      assert.equal(parts.length, 3, tag);
      assert.match(parts[0]!, /^\*\*When to use it\.\*\* \S/, tag);
      assert.match(parts[1]!, /^\*\*When not\.\*\* \S/, tag);
      assert.match(parts[2]!, /^\*\*Goes with\.\*\* \S/, tag);
      const others = elementTags.filter((other) => other !== tag && text.includes(other));
      assert.ok(others.length >= 1, `${tag} names another element`);
    }
  });

  it('gives nothing for a tag the kit does not have', () => {
    assert.equal(guidanceFor('spor-unknown'), '');
    assert.equal(guidanceFor('constructor'), '');
  });
});
