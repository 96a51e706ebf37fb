// The explicit compile hint (V8, Chrome 136 and later): a file that starts with this comment has all
// its functions compiled while it streams in, on a background thread, instead of lazily on the main
// thread the first time each is called. A single-file bundle is loaded to draw at once, so a portal
// page's first chart no longer waits for its code to compile. Engines that do not know the comment
// (Safari, Firefox) ignore it. Used by vite.config.ts for both bundles and by the bench for Spor's
// page, which stands in for the bundle.
export const compileHint = '//# allFunctionsCalledOnLoad';

/** A vite/rolldown plugin that puts the hint on the first line of the entry chunks `accept`s. */
export function compileHintPlugin(accept = () => true) {
  return {
    name: 'spor-compile-hint',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk' && chunk.isEntry && accept(chunk))
          chunk.code = `${compileHint}\n${chunk.code}`;
      }
    },
  };
}
