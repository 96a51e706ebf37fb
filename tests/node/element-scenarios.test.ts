// Runs in Node (`npm run test:node`): every element scenario under tests/elements checks
// accessibility. A scenario is an `it(…)` that mounts an element (fixture(…), mountSized(…),
// createElement('spor-…'), or a function of its file that does); it must call `.accessible()`.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import ts from 'typescript';

const mounts = /\bfixture\s*[<(]|\bmountSized\s*\(|createElement\(\s*['"`]spor-/;

function testFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return testFiles(path);
    return path.endsWith('.test.ts') ? [path] : [];
  });
}

/** The scenarios of one file that mount an element, each with whether it checks accessibility. */
function scenariosOf(file: string): Array<{ name: string; checks: boolean }> {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const functions = new Map<string, string>();
  const collect = (node: ts.Node): void => {
    if (ts.isFunctionDeclaration(node) && node.name && node.body)
      functions.set(node.name.text, node.body.getText());
    if (
      ts.isVariableDeclaration(node) &&
      ts.isIdentifier(node.name) &&
      node.initializer &&
      (ts.isArrowFunction(node.initializer) || ts.isFunctionExpression(node.initializer))
    )
      functions.set(node.name.text, node.initializer.getText());
    ts.forEachChild(node, collect);
  };
  collect(source);
  // A function that calls one that mounts, mounts too.
  const mounting = new Set<string>();
  const callsMounting = (text: string) =>
    mounts.test(text) || [...mounting].some((name) => new RegExp(`\\b${name}\\s*[<(]`).test(text));
  for (let grew = true; grew;) {
    grew = false;
    for (const [name, body] of functions)
      if (!mounting.has(name) && callsMounting(body)) (mounting.add(name), (grew = true));
  }
  const found: Array<{ name: string; checks: boolean }> = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isCallExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'it' &&
      node.arguments.length >= 2
    ) {
      const body = node.arguments[1]!.getText();
      if (callsMounting(body)) {
        const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
        found.push({ name: `${file}:${line}`, checks: /\.accessible\(/.test(body) });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('tests/elements', () => {
  it('checks accessibility in every scenario that mounts an element', () => {
    const scenarios = testFiles('tests/elements').flatMap(scenariosOf);
    // The count at the time of writing was 214: a finder that stopped finding would pass on nothing.
    assert.ok(scenarios.length >= 200, `only ${scenarios.length} scenarios found`);
    assert.deepEqual(
      scenarios.filter((s) => !s.checks).map((s) => s.name),
      [],
    );
  });
});
