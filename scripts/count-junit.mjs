// Prints `tests: N passed, N failed` from JUnit XML reports: web-test-runner's (the first, default
// test-results/junit.xml) and any more named, such as the interop runner's test-results/interop.xml.
// A missing report means no test ran: the first one missing alone is 0 passed, not a success; a
// further report named but missing counts as one failure.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { sep } from 'node:path';

const [file = 'test-results/junit.xml', ...others] = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;
for (const other of others) {
  if (existsSync(other)) count(readFileSync(other, 'utf8'));
  else {
    console.error(`no report: ${other}`);
    failed += 1;
  }
}
if (!existsSync(file)) {
  console.log(`tests: ${passed} passed, ${failed} failed`);
  process.exit(0);
}
const xml = readFileSync(file, 'utf8');
count(xml);

/** Each <testcase …/> or <testcase …>…</testcase>; a failure or error inside marks it failed. */
function count(report) {
  for (const match of report.matchAll(/<testcase\b[^>]*?(?:\/>|>([\s\S]*?)<\/testcase>)/g)) {
    const body = match[1] ?? '';
    if (/<(failure|error)\b/.test(body)) failed += 1;
    else if (/<skipped\b/.test(body)) skipped += 1;
    else passed += 1;
  }
}
// A test file that failed to load (a syntax error, a missing import) leaves no trace in the
// report: count each test file under tests/ that the report does not name as one failure.
const reported = new Set([...xml.matchAll(/name="test\.fileName" value="([^"]+)"/g)].map((m) => m[1]));
const testFiles = readdirSync('tests', { recursive: true, encoding: 'utf8' })
  // tests/interop holds other projects (a host may have its own node_modules while being worked on).
  .filter((f) => f.endsWith('.test.ts') && !f.startsWith(`interop${sep}`))
  .map((f) => `tests/${f.split(sep).join('/')}`);
const missing = testFiles.filter((f) => !reported.has(f));
failed += missing.length;
for (const f of missing) console.error(`did not run: ${f}`);
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
