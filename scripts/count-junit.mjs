// Prints `tests: N passed, N failed` from a JUnit XML report (web-test-runner's junit reporter).
// A missing report means no test ran: that is 0 passed, not a success.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { sep } from 'node:path';

const file = process.argv[2] ?? 'test-results/junit.xml';
if (!existsSync(file)) {
  console.log('tests: 0 passed, 0 failed');
  process.exit(0);
}
const xml = readFileSync(file, 'utf8');
let passed = 0;
let failed = 0;
let skipped = 0;
// Each <testcase …/> or <testcase …>…</testcase>; a failure or error inside marks it failed.
for (const match of xml.matchAll(/<testcase\b[^>]*?(?:\/>|>([\s\S]*?)<\/testcase>)/g)) {
  const body = match[1] ?? '';
  if (/<(failure|error)\b/.test(body)) failed += 1;
  else if (/<skipped\b/.test(body)) skipped += 1;
  else passed += 1;
}
// A test file that failed to load (a syntax error, a missing import) leaves no trace in the
// report: count each test file under tests/ that the report does not name as one failure.
const reported = new Set([...xml.matchAll(/name="test\.fileName" value="([^"]+)"/g)].map((m) => m[1]));
const testFiles = readdirSync('tests', { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.test.ts'))
  .map((f) => `tests/${f.split(sep).join('/')}`);
const missing = testFiles.filter((f) => !reported.has(f));
failed += missing.length;
for (const f of missing) console.error(`did not run: ${f}`);
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
