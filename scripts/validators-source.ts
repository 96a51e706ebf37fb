/**
 * The text of `src/core/read/generated/validators.ts`: the zod schemas walked into plain data that
 * `src/core/read/validate.ts` interprets. Anything the walk does not understand (a schema kind, a check,
 * an option, a refinement not named in `refinements.ts`) stops it with an error: a description
 * that says less than the schema would accept what zod refuses.
 */
import { format, resolveConfig } from 'prettier';
import type { z } from 'zod/mini';
import { refinements } from '../src/core/format/refinements.js';
import { validatorRoots } from '../src/core/read/validator-roots.js';

export const generatedPath = new URL('../src/core/read/generated/validators.ts', import.meta.url);

/** The schemas the run-time parse functions validate with, by the name `validate()` takes. */
const rootSchemas: Record<string, z.ZodMiniType> = validatorRoots;

// zod's internals, as far as this walk reads them.
interface Def {
  readonly type: string;
  readonly [key: string]: unknown;
}
interface Internal {
  readonly _zod: { readonly def: Def; readonly traits: Set<string>; readonly optin?: string };
}

const fail = (where: string, what: string): never => {
  throw new Error(
    `write-validators: ${where}: ${what} is not understood; teach scripts/validators-source.ts`,
  );
};

/** A schema's own message code (`{ error: 'emptyList' }`), which must be a constant text. */
function errorOf(def: Def, where: string): string | undefined {
  const error = def['error'];
  if (error === undefined) return undefined;
  if (typeof error !== 'function') return fail(where, 'an error that is not a function');
  const once: unknown = error({ code: 'custom', input: undefined });
  const twice: unknown = error({ code: 'invalid_type', input: 1 });
  if (typeof once !== 'string' || once !== twice)
    return fail(where, 'an error that is not one constant text');
  return once;
}

function only(def: Def, allowed: ReadonlyArray<string>, where: string): void {
  for (const key of Object.keys(def)) {
    if (!allowed.includes(key) && def[key] !== undefined) fail(where, `option "${key}" of a ${def.type}`);
  }
}

const js = (value: unknown) => JSON.stringify(value);

function checkOf(check: Internal, where: string): string {
  const def = check._zod.def;
  const e = errorOf(def, where);
  const withError = (text: string) => `{ ${text}${e === undefined ? '' : `, e: ${js(e)}`} }`;
  switch (def['check']) {
    case 'min_length':
    case 'max_length': {
      only(def, ['check', 'error', 'minimum', 'maximum', 'when'], where);
      const min = def['check'] === 'min_length';
      return withError(`k: '${min ? 'min' : 'max'}', n: ${js(min ? def['minimum'] : def['maximum'])}`);
    }
    case 'greater_than':
    case 'less_than': {
      only(def, ['check', 'error', 'value', 'inclusive'], where);
      if (typeof def['value'] !== 'number') fail(where, 'a bound that is not a number');
      const kind = (def['check'] === 'greater_than' ? 'gt' : 'lt') + (def['inclusive'] ? 'e' : '');
      return withError(`k: '${kind}', n: ${js(def['value'])}`);
    }
    case 'string_format': {
      only(def, ['check', 'error', 'format', 'pattern'], where);
      const pattern = def['pattern'];
      if (def['format'] !== 'regex' || !(pattern instanceof RegExp))
        fail(where, `format ${String(def['format'])}`);
      return withError(`k: 're', p: ${String(pattern)}`);
    }
    case 'custom': {
      only(def, ['type', 'check', 'error', 'fn'], where);
      const name = Object.entries(refinements).find(([, fn]) => fn === def['fn'])?.[0];
      if (!name) return fail(where, 'a refinement not named in src/core/format/refinements.ts');
      return withError(`k: 'fn', f: '${name}'`);
    }
    default:
      return fail(where, `check "${String(def['check'])}"`);
  }
}

/** Walks the schemas into `nodes`, children first; equal descriptions share one node. */
export function describeSchemas(schemas: Record<string, z.ZodMiniType>): {
  nodes: string[];
  roots: Record<string, number>;
} {
  const nodes: string[] = [];
  const indexOf = new Map<string, number>();
  const seen = new Map<Internal, number>();

  const add = (text: string) => {
    let index = indexOf.get(text);
    if (index === undefined) {
      index = nodes.push(text) - 1;
      indexOf.set(text, index);
    }
    return index;
  };

  const walk = (schema: Internal, where: string): number => {
    const known = seen.get(schema);
    if (known !== undefined) return known;
    const def = schema._zod.def;
    const parts: string[] = [`t: '${def.type}'`];
    const e = errorOf(def, where);
    const checks = ((def['checks'] ?? []) as Internal[]).map((check) => checkOf(check, where));
    const child = (key: string, path: string) => walk(def[key] as Internal, `${where}${path}`);
    switch (def.type) {
      case 'string':
      case 'boolean':
        only(def, ['type', 'checks', 'error'], where);
        break;
      case 'number':
        if (def['check'] === 'number_format') {
          only(def, ['type', 'checks', 'error', 'check', 'abort', 'format'], where);
          if (def['format'] !== 'safeint' || def['abort'])
            fail(where, `number format ${String(def['format'])}`);
          parts.push('int: true');
        } else only(def, ['type', 'checks', 'error'], where);
        break;
      case 'enum':
      case 'literal': {
        only(def, ['type', 'entries', 'values', 'error'], where);
        const values =
          def.type === 'enum' ? Object.values(def['entries'] as object) : (def['values'] as unknown[]);
        if (!values.every((v) => v === null || ['string', 'number', 'boolean'].includes(typeof v)))
          fail(where, 'a value that is not text, a number, a boolean or null');
        if (def.type === 'enum' && values.some((v) => typeof v === 'number')) fail(where, 'a numeric enum');
        parts[0] = `t: 'values', v: ${js(values)}`;
        break;
      }
      case 'object': {
        only(def, ['type', 'shape', 'catchall', 'checks', 'error'], where);
        const shape = def['shape'] as Record<string, Internal>;
        if (Object.getOwnPropertySymbols(shape).length > 0) fail(where, 'a symbol key');
        const keys = Object.entries(shape).map(
          ([key, value]) => `${js(key)}: ${walk(value, `${where}.${key}`)}`,
        );
        parts.push(`s: { ${keys.join(', ')} }`);
        const catchall = def['catchall'] as Internal | undefined;
        if (catchall) {
          const never = catchall._zod.def.type === 'never';
          parts.push(`x: ${never ? "'never'" : walk(catchall, `${where}[*]`)}`);
        }
        break;
      }
      case 'array':
        only(def, ['type', 'element', 'checks', 'error'], where);
        parts.push(`i: ${child('element', '[]')}`);
        break;
      case 'record': {
        only(def, ['type', 'keyType', 'valueType', 'checks', 'error'], where);
        const keyType = def['keyType'] as Internal;
        if (keyType._zod.def.type !== 'string') fail(where, 'a record key that is not a string schema');
        parts.push(`k: ${child('keyType', '{key}')}, v: ${child('valueType', '{}')}`);
        break;
      }
      case 'union': {
        only(def, ['type', 'options', 'error'], where);
        const options = (def['options'] as Internal[]).map((option, i) => walk(option, `${where}|${i}`));
        parts.push(`o: [${options.join(', ')}]`);
        break;
      }
      case 'optional':
      case 'nullable': {
        only(def, ['type', 'innerType', 'error'], where);
        const inner = def['innerType'] as Internal;
        if (def.type === 'optional' && inner._zod.optin === 'defaulted') fail(where, 'an optional default');
        parts.push(`i: ${child('innerType', '')}`);
        break;
      }
      case 'default': {
        only(def, ['type', 'innerType', 'defaultValue', 'error'], where);
        const value: unknown = def['defaultValue'];
        if (typeof value === 'function' || js(JSON.parse(js(value) ?? 'null')) !== js(value))
          fail(where, 'a default that is not plain JSON');
        parts.push(`i: ${child('innerType', '')}, d: ${js(value)}`);
        break;
      }
      default:
        fail(where, `schema kind "${def.type}"`);
    }
    if (checks.length > 0) {
      if (!['string', 'number', 'array', 'record'].includes(def.type)) fail(where, `checks on a ${def.type}`);
      parts.push(`c: [${checks.join(', ')}]`);
    }
    if (e !== undefined) parts.push(`e: ${js(e)}`);
    const index = add(`{ ${parts.join(', ')} }`);
    seen.set(schema, index);
    return index;
  };

  const roots: Record<string, number> = {};
  for (const [name, schema] of Object.entries(schemas)) {
    roots[name] = walk(schema as unknown as Internal, name);
  }
  return { nodes, roots };
}

/** The generated file's text, formatted as the repository formats it. */
export async function validatorsSource(): Promise<string> {
  const { nodes, roots } = describeSchemas(rootSchemas);
  const text = `// Generated by \`npm run validators\` (scripts/write-validators.ts) from the zod schemas in
// src/core/format/schema.ts and src/core/format/cohort-schema.ts. Do not edit: change a schema and run it again.
// \`npm test\` and \`npm run build\` fail when this file is not what the schemas give.
import type { ValidatorNode } from '../validator-node.js';

/** Every schema once; a number is the index of another node. Children come before their parents. */
export const nodes: ReadonlyArray<ValidatorNode> = [
${nodes.map((node, i) => `  /* ${i} */ ${node},`).join('\n')}
];

/** The schemas the parse functions start from. */
export const roots = ${js(roots)} as const;
`;
  const path = generatedPath.pathname;
  return format(text, { ...(await resolveConfig(path)), filepath: path });
}
