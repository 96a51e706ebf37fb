// Shared by the draft tests of the guide and the log: a host that refetches while a person types.
import { aTimeout } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

/** What a refetching host sets `data` to for a moment, by name: nothing, or data that does not parse. */
export const refetchGaps = (data: object) =>
  [
    ['null', null],
    ['invalid data', { ...data, assessments: 'broken' }],
  ] as const;

/**
 * Types `text` with real key presses into the field that has focus, a few characters at a time,
 * while the host refetches: `data` is `gap` for 60 ms every 500 ms, then `data` again, so the flips
 * fall between the key presses. Then `data` is set for good and the element has drawn.
 */
export async function typeWhileRefetching(
  el: { data: unknown; readonly updateComplete: Promise<unknown> },
  data: unknown,
  gap: unknown,
  text: string,
): Promise<void> {
  let back: ReturnType<typeof setTimeout> | undefined;
  const timer = setInterval(() => {
    el.data = gap;
    back = setTimeout(() => (el.data = data), 60);
  }, 500);
  try {
    for (let i = 0; i < text.length; i += 8) {
      await sendKeys({ type: text.slice(i, i + 8) });
      await aTimeout(45);
    }
  } finally {
    clearInterval(timer);
    clearTimeout(back);
    el.data = data;
  }
  await el.updateComplete;
}
