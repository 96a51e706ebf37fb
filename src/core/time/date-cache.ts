/**
 * A cache of answers about dates, by a string key. Dates recur on every draw (the same weeks in
 * every series and panel), so each is worked out once; a page that stays open for months must not
 * grow without end, so the cache forgets everything once it holds `max` answers.
 */
export class DateCache<T> {
  private readonly answers = new Map<string, T>();

  constructor(private readonly max = 10_000) {}

  get(key: string): T | undefined {
    return this.answers.get(key);
  }

  /** Remembers `value` for `key` and gives it back. */
  set(key: string, value: T): T {
    if (this.answers.size >= this.max) this.answers.clear();
    this.answers.set(key, value);
    return value;
  }
}
