// Prints `tests: N passed, N failed` from JUnit XML reports: web-test-runner's (the browser tests,
// first), Node's test runner's (tests/node/, second) and any more named after them, such as the
// interop runner's test-results/interop.xml. A missing report means its tests did not run: that is
// 0 passed and its files failed, never a success.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { sep } from 'node:path';

const [
  browserReport = 'test-results/junit.xml',
  nodeReport = 'test-results/node-junit.xml',
  ...otherReports
] = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;

/** Counts each <testcase …/> or <testcase …>…</testcase>; a failure or error inside marks it failed. */
function count(xml) {
  for (const match of xml.matchAll(/<testcase\b[^>]*?(?:\/>|>([\s\S]*?)<\/testcase>)/g)) {
    const body = match[1] ?? '';
    if (/<(failure|error)\b/.test(body)) failed += 1;
    else if (/<skipped\b/.test(body)) skipped += 1;
    else passed += 1;
  }
}

// tests/interop holds other projects (with their own node_modules): not ours to count by file.
const testFiles = readdirSync('tests', { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.test.ts') && !f.startsWith(`interop${sep}`))
  .map((f) => `tests/${f.split(sep).join('/')}`);
const isNodeTest = (file) => file.startsWith('tests/node/');
const missing = [];

// A browser test file that failed to load (a syntax error, a missing import) leaves no trace in
// the report: each test file the report does not name counts as one failure.
const browserXml = existsSync(browserReport) ? readFileSync(browserReport, 'utf8') : '';
count(browserXml);
const reported = new Set([...browserXml.matchAll(/name="test\.fileName" value="([^"]+)"/g)].map((m) => m[1]));
missing.push(...testFiles.filter((f) => !isNodeTest(f) && !reported.has(f)));

// Node's runner reports a file that fails to load as a failed test itself, but names no files: only
// a missing report leaves its files unaccounted for.
if (existsSync(nodeReport)) count(readFileSync(nodeReport, 'utf8'));
else missing.push(...testFiles.filter(isNodeTest));

// A further report named but missing (the interop stage did not run) counts as one failure.
for (const report of otherReports) {
  if (existsSync(report)) count(readFileSync(report, 'utf8'));
  else missing.push(report);
}

failed += missing.length;
for (const f of missing) console.error(`did not run: ${f}`);
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
