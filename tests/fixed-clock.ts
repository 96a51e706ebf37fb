// Time comes into a test as a value: `atFixedTime(iso, body)` runs `body` with `new Date()` (no
// arguments, as the kit reads "today") stopped at `iso`, so an element's "today when none is given"
// reads a day the test names. `Date.now()` keeps running: the test runner times tests with it.
type DateArgs = [] | [string | number | Date] | [number, number, number?, number?, number?, number?, number?];

export async function atFixedTime<T>(iso: string, body: () => Promise<T>): Promise<T> {
  const restore = fixClock(iso);
  try {
    return await body();
  } finally {
    restore();
  }
}

/**
 * `fixClock(iso)`: the same stopped `new Date()` for a whole `describe` (call it in `before`, and
 * the function it returns in `after`), where every test mounts an element that reads "today".
 */
export function fixClock(iso: string): () => void {
  const RealDate = globalThis.Date;
  const fixed = RealDate.parse(iso);
  if (Number.isNaN(fixed)) throw new Error(`fixClock: ${iso} is no date`);
  class FixedDate extends RealDate {
    constructor(...args: DateArgs) {
      if (args.length === 0) super(fixed);
      else if (args.length === 1) super(args[0]);
      else super(...args);
    }
  }
  globalThis.Date = FixedDate as DateConstructor;
  return () => {
    globalThis.Date = RealDate;
  };
}
