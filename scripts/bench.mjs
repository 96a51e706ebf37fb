// `npm run bench`: every benchmark in turn, each printing its figures and checking its budgets;
// a benchmark over budget does not stop the others from running. Exits 1 when any failed.
import { spawnSync } from 'node:child_process';

const benches = [
  ['tsx', ['scripts/bench-core.ts']],
  ['tsx', ['scripts/bench-mine.ts']],
  ['node', ['scripts/bench-charts.mjs']],
  ['node', ['scripts/bench-autoloader.mjs']],
];
const failed = [];
for (const [command, args] of benches) {
  const { status } = spawnSync('npx', ['--no-install', command, ...args], { stdio: 'inherit' });
  if (status !== 0) failed.push(args[0]);
}
console.log(failed.length ? `\nover budget or failed: ${failed.join(', ')}` : '\nevery budget holds');
process.exit(failed.length ? 1 : 0);
