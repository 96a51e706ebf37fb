import type { SecondLanguage } from '../translation.js';

/**
 * Ukrainian (`uk`): the conversation's second line (`second-locale`). A DRAFT, written for the kit
 * and waiting for a native speaker's review (see docs/guides/languages.md). Sentences are noun phrases after the
 * series' name ("Ініціативність: зростання з … до …"), so they agree with any name.
 */
import type { Cadence } from '../../core/index.js';

/** Ukrainian plural forms: 1, 21 … one; 2–4, 22–24 … few; the rest many. */
function plural(n: number, one: string, few: string, many: string): string {
  const tens = n % 100;
  const units = n % 10;
  if (units === 1 && tens !== 11) return one;
  if (units >= 2 && units <= 4 && (tens < 12 || tens > 14)) return few;
  return many;
}

const unit: Readonly<Record<Cadence, (n: number) => string>> = {
  week: (n) => plural(n, 'тиждень', 'тижні', 'тижнів'),
  month: (n) => plural(n, 'місяць', 'місяці', 'місяців'),
  'half-year': () => 'півріччя',
};

const lastOne: Readonly<Record<Cadence, string>> = {
  week: 'останній тиждень',
  month: 'останній місяць',
  'half-year': 'останнє півріччя',
};

/** How a change moved, as noun phrases (how far is core's `changeSizeOf`). */
const moved: SecondLanguage['summary']['moved'] = {
  rose: { little: 'невелике зростання', large: 'зростання' },
  dipped: { little: 'невелике зниження', large: 'зниження' },
  steady: 'стабільно',
};

export const uk: SecondLanguage = {
  language: 'Українська',
  summary: {
    title: 'Підсумок',
    rose: (series, before, after, since, size) =>
      `${series}: ${moved.rose[size]}: ${before} до ${since}, ${after} зараз.`,
    steady: (series, after, since) => `${series}: стабільно після ${since}: ${after} зараз.`,
    dipped: (series, before, after, since, size) =>
      `${series}: ${moved.dipped[size]}: ${before} до ${since}, ${after} зараз.`,
    new: (series, after) => `${series}: перше вимірювання: ${after}.`,
    none: (series, before, since) => `${series}: не вимірювали після ${since}. Востаннє було ${before}.`,
    latest: (series, value, period) => `${series}: ${value} (${period}).`,
    noData: (series) => `${series}: ще немає вимірювань.`,
    roseOver: (series, before, after, since, average, size) =>
      `${series}: ${moved.rose[size]}: ${before} до ${since}, ${after} зараз (${average}).`,
    steadyOver: (series, after, since, average) =>
      `${series}: стабільно після ${since}: ${after} зараз (${average}).`,
    dippedOver: (series, before, after, since, average, size) =>
      `${series}: ${moved.dipped[size]}: ${before} до ${since}, ${after} зараз (${average}).`,
    newOver: (series, after, now) => `${series}: перше вимірювання: ${after} за ${now}.`,
    noneOver: (series, before, then, since) =>
      `${series}: не вимірювали після ${since}. Востаннє було ${before} за ${then}.`,
    latestOver: (series, value, now) => `${series}: ${value} за ${now}.`,
    moved,
    line: (series, moves) => `${series}: ${moves}`,
    moves: (moved, before, after) => `${moved}, з ${before} до ${after}`,
    steadyLine: (series, moved, after) => `${series}: ${moved}, ${after}`,
  },
  window: {
    last: (n, cadence) => (n === 1 ? lastOne[cadence] : `останні ${n} ${unit[cadence](n)}`),
    before: (n, cadence, since) =>
      n === 1 ? `${unit[cadence](1)} до ${since}` : `${n} ${unit[cadence](n)} до ${since}`,
    thin: (reports, where) => `Лише ${reports} ${plural(reports, 'звіт', 'звіти', 'звітів')} за ${where}.`,
    average: (n, cadence) => `середнє за ${n} ${unit[cadence](n)}`,
  },
  period: {
    week: (week, year) => `тиждень ${week}, ${year}`,
    halfYear: (half, year) => `${half === 1 ? '1-ше' : '2-ге'} півріччя ${year}`,
  },
  conversation: {
    answer: 'Ваша відповідь',
    appreciationHint: 'Назвіть по одній речі кожен. Запишіть їх.',
    changesTitle: (since, average) =>
      average
        ? `${average.charAt(0).toUpperCase()}${average.slice(1)}: до ${since} і зараз`
        : `До ${since} і зараз`,
    steady: (names) => `Стабільно: ${names}.`,
    lastFocus: (label) => `Минулого разу ви обрали: ${label}.`,
    whole: (label) => `${label}, загалом`,
    now: (value) => `Зараз ${value}`,
    noValue: 'Ще немає вимірювань',
    change: {
      rose: (delta) => `зросло на ${delta}`,
      dipped: (delta) => `знизилося на ${delta}`,
      steady: 'стабільно',
      new: 'нове вимірювання',
      none: 'не вимірювали відтоді',
    },
    focus: (label) => `Фокус до наступного разу: ${label}`,
  },
  // Said to the young person, as the Danish "du": informal "ти". The area's name stands before a
  // colon, so it is never declined.
  conversationOwn: {
    readingTitle: 'Твій власний погляд',
    readingQuestion: (label, own, company) =>
      `${label}: твоя оцінка — ${own}, оцінка компанії — ${company}. Що ти про це думаєш?`,
    examplesTitle: 'Твої власні записи',
    nextStepLabel: 'Твій наступний крок, твоїми словами',
    nextStepHint: 'Що ти спробуєш до наступного разу?',
    targetLegend: (label) => `${label}: твоя мета, якщо хочеш`,
    noTarget: 'Без мети',
  },
};
