/**
 * The shape of the generated validators (`generated/validators.ts`) and of a node as `validate.ts`
 * runs it. Types only.
 */
import type { RefinementName } from '../format/refinements.js';

export type Primitive = string | number | boolean | null;
export type Json = Primitive | ReadonlyArray<Json> | { readonly [key: string]: Json };

/** A check of a value, as the generator writes it; `e` is the schema's message code, if any. */
export type ValidatorCheck =
  | { readonly k: 'min' | 'max' | 'gte' | 'gt' | 'lte' | 'lt'; readonly n: number; readonly e?: string }
  | { readonly k: 're'; readonly p: RegExp; readonly e?: string }
  | { readonly k: 'fn'; readonly f: RefinementName; readonly e?: string };

/** One schema, as the generator writes it; children are indexes into `nodes`. */
export type ValidatorNode = { readonly e?: string; readonly c?: ReadonlyArray<ValidatorCheck> } & (
  | { readonly t: 'string' | 'boolean' }
  | { readonly t: 'number'; readonly int?: true }
  | { readonly t: 'values'; readonly v: ReadonlyArray<Primitive> }
  | { readonly t: 'object'; readonly s: Readonly<Record<string, number>>; readonly x?: number | 'never' }
  | { readonly t: 'array'; readonly i: number }
  | { readonly t: 'record'; readonly k: number; readonly v: number }
  | { readonly t: 'union'; readonly o: ReadonlyArray<number> }
  | { readonly t: 'optional' | 'nullable'; readonly i: number }
  | { readonly t: 'default'; readonly i: number; readonly d: Json }
);

/** An issue while it is made; `continue: true` lets later checks run, as in zod. */
export type Raw = {
  code: string;
  path: PropertyKey[];
  message: string;
  input: unknown;
  continue?: boolean;
} & Record<string, unknown>;

export type OptIn = 'optional' | 'defaulted' | undefined;
/** A node ready to run: its children as nodes, its keys and values as sets, its rungs settled. */
export interface Prepared {
  readonly node: ValidatorNode;
  readonly message: string;
  readonly checks: ReadonlyArray<ValidatorCheck | 'int'>;
  /** The largest length before an array's elements are even read (zod's `capSize`). */
  readonly cap: number;
  readonly values: Set<unknown>;
  optin: OptIn;
  optout: 'optional' | undefined;
  /** The wrapped schema (optional, nullable, default), an array's element or a record's value. */
  inner: Prepared | undefined;
  /** A record's key schema. */
  key: Prepared | undefined;
  props: Array<readonly [string, Prepared]>;
  keySet: Set<string>;
  catchall: Prepared | undefined;
  options: Prepared[];
}
