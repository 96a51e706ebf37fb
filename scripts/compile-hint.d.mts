import type { Plugin } from 'vite';

export declare const compileHint: string;
/** Puts the compile hint on the first line of the entry chunks `accept` takes (default: all). */
export declare function compileHintPlugin(accept?: (chunk: { readonly name: string }) => boolean): Plugin;
