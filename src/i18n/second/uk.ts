import type { SecondLanguage } from '../translation.js';

/**
 * Ukrainian (`uk`): the conversation's second line (`second-locale`). A DRAFT, written for the kit
 * and waiting for a native speaker's review (see the README). Sentences are noun phrases after the
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

export const uk: SecondLanguage = {
  language: 'Українська',
  summary: {
    title: 'Підсумок',
    rose: (series, before, after, since) => `${series}: зростання з ${before} до ${after} після ${since}.`,
    steady: (series, before, after, since) => `${series}: стабільно, з ${before} до ${after} після ${since}.`,
    dipped: (series, before, after, since) =>
      `${series}: невелике зниження, з ${before} до ${after} після ${since}.`,
    new: (series, after) => `${series}: перше вимірювання: ${after}.`,
    none: (series, before, since) => `${series}: не вимірювали після ${since}. Востаннє було ${before}.`,
    latest: (series, value, period) => `${series}: ${value} (${period}).`,
    noData: (series) => `${series}: ще немає вимірювань.`,
    roseOver: (series, before, then, after, now) =>
      `${series}: зростання з ${before} за ${then} до ${after} за ${now}.`,
    steadyOver: (series, before, then, after, now) =>
      `${series}: стабільно: ${before} за ${then} і ${after} за ${now}.`,
    dippedOver: (series, before, then, after, now) =>
      `${series}: невелике зниження, з ${before} за ${then} до ${after} за ${now}.`,
    newOver: (series, after, now) => `${series}: перше вимірювання: ${after} за ${now}.`,
    noneOver: (series, before, then, since) =>
      `${series}: не вимірювали після ${since}. Востаннє було ${before} за ${then}.`,
    latestOver: (series, value, now) => `${series}: ${value} за ${now}.`,
  },
  window: {
    last: (n, cadence) => (n === 1 ? lastOne[cadence] : `останні ${n} ${unit[cadence](n)}`),
    before: (n, cadence, since) =>
      n === 1 ? `${unit[cadence](1)} до ${since}` : `${n} ${unit[cadence](n)} до ${since}`,
    thin: (reports, where) => `Лише ${reports} ${plural(reports, 'звіт', 'звіти', 'звітів')} за ${where}.`,
  },
  period: {
    week: (week, year) => `тиждень ${week}, ${year}`,
    halfYear: (half, year) => `${half === 1 ? '1-ше' : '2-ге'} півріччя ${year}`,
  },
  conversation: {
    answer: 'Ваша відповідь',
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
    examplesTitle: 'Твої власні приклади',
    nextStepLabel: 'Твій наступний крок, твоїми словами',
    nextStepHint: 'Що ти спробуєш до наступного разу?',
    targetLegend: (label) => `${label}: твоя мета, якщо хочеш`,
    noTarget: 'Без мети',
  },
};
