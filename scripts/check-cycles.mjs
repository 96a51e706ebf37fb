// `node scripts/check-cycles.mjs`: fails when a file in src/ reaches itself through its imports
// (type-only imports too: a type import is still a file that has to know the other), and prints
// each circle once, as a path of files. Part of `npm test`, so a new circle fails the gate.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const src = join(root, 'src');

function filesIn(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesIn(path);
    return /\.ts$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

// `import … from './x.js'`, `export … from './x.js'`, `import('./x.js')`, `import './x.js'`.
const specifiers = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"](\.{1,2}\/[^'"]+)['"]/g;

const files = filesIn(src);
const known = new Set(files);
const edges = new Map(
  files.map((file) => {
    const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, '');
    const targets = [...text.matchAll(specifiers)]
      .map((match) => resolve(dirname(file), match[1].replace(/\.js$/, '.ts')))
      .filter((target) => known.has(target));
    return [file, [...new Set(targets)]];
  }),
);

// Tarjan's strongly connected components: every component of more than one file is a circle.
let index = 0;
const stack = [];
const onStack = new Set();
const indexOf = new Map();
const low = new Map();
const circles = [];
function visit(file) {
  indexOf.set(file, index);
  low.set(file, index);
  index += 1;
  stack.push(file);
  onStack.add(file);
  for (const next of edges.get(file)) {
    if (!indexOf.has(next)) {
      visit(next);
      low.set(file, Math.min(low.get(file), low.get(next)));
    } else if (onStack.has(next)) {
      low.set(file, Math.min(low.get(file), indexOf.get(next)));
    }
  }
  if (low.get(file) === indexOf.get(file)) {
    const component = [];
    let member;
    do {
      member = stack.pop();
      onStack.delete(member);
      component.push(member);
    } while (member !== file);
    const isSelfImport = edges.get(file).includes(file);
    if (component.length > 1 || isSelfImport) circles.push(component);
  }
}
for (const file of files) if (!indexOf.has(file)) visit(file);

if (circles.length === 0) {
  console.log(`check-cycles: no import circle among ${files.length} files in src/`);
} else {
  for (const circle of circles) {
    console.error(
      `import circle: ${circle
        .map((f) => relative(root, f))
        .sort()
        .join(' ↔ ')}`,
    );
  }
  console.error(`check-cycles: ${circles.length} import circle(s) in src/; break each (see CONTRIBUTING.md)`);
  process.exit(1);
}
