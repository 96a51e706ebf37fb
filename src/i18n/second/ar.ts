import type { SecondLanguage } from '../translation.js';

/**
 * Arabic (`ar`, right to left): the conversation's second line (`second-locale`). A DRAFT, written
 * for the kit and waiting for a native speaker's review (see docs/guides/languages.md). Sentences are noun
 * phrases after the series' name ("المبادرة: ارتفاع من … إلى …"), so they agree with any name.
 */
import type { Cadence } from '../../core/index.js';

/** "الأسبوع الأخير", "آخر أسبوعين", "آخر 4 أسابيع", "آخر 12 أسبوعًا". */
const last: Readonly<Record<Cadence, (n: number) => string>> = {
  week: (n) => counted(n, 'الأسبوع الأخير', 'آخر أسبوعين', 'أسابيع', 'أسبوعًا', 'آخر'),
  month: (n) => counted(n, 'الشهر الأخير', 'آخر شهرين', 'أشهر', 'شهرًا', 'آخر'),
  'half-year': (n) => counted(n, 'نصف السنة الأخير', 'آخر نصفي سنة', 'أنصاف سنة', 'نصف سنة', 'آخر'),
};

/** "الأسبوع قبل 12 أكتوبر", "4 أسابيع قبل 12 أكتوبر". */
const before: Readonly<Record<Cadence, (n: number) => string>> = {
  week: (n) => counted(n, 'الأسبوع', 'أسبوعان', 'أسابيع', 'أسبوعًا'),
  month: (n) => counted(n, 'الشهر', 'شهران', 'أشهر', 'شهرًا'),
  'half-year': (n) => counted(n, 'نصف السنة', 'نصفا سنة', 'أنصاف سنة', 'نصف سنة'),
};

/** Arabic counts: one and two have their own words; 3–10 take the plural, 11 and up the singular. */
function counted(n: number, one: string, two: string, few: string, many: string, prefix = ''): string {
  if (n === 1) return one;
  if (n === 2) return two;
  const words = `${n} ${n <= 10 ? few : many}`;
  return prefix ? `${prefix} ${words}` : words;
}

/** How a change moved, as noun phrases (how far is core's `changeSizeOf`). */
const moved: SecondLanguage['summary']['moved'] = {
  rose: { little: 'ارتفاع بسيط', large: 'ارتفاع' },
  dipped: { little: 'انخفاض بسيط', large: 'انخفاض' },
  steady: 'استقرار',
};

export const ar: SecondLanguage = {
  language: 'العربية',
  summary: {
    title: 'ملخص',
    rose: (series, before, after, since, size) =>
      `${series}: ${moved.rose[size]}: ${before} قبل ${since}، ${after} الآن.`,
    steady: (series, after, since) => `${series}: استقرار منذ ${since}: ${after} الآن.`,
    dipped: (series, before, after, since, size) =>
      `${series}: ${moved.dipped[size]}: ${before} قبل ${since}، ${after} الآن.`,
    new: (series, after) => `${series}: أول قياس: ${after}.`,
    none: (series, before, since) => `${series}: لا قياس منذ ${since}. آخر قيمة كانت ${before}.`,
    latest: (series, value, period) => `${series}: ${value} (${period}).`,
    noData: (series) => `${series}: لا توجد قياسات بعد.`,
    roseOver: (series, before, after, since, average, size) =>
      `${series}: ${moved.rose[size]}: ${before} قبل ${since}، ${after} الآن (${average}).`,
    steadyOver: (series, after, since, average) =>
      `${series}: استقرار منذ ${since}: ${after} الآن (${average}).`,
    dippedOver: (series, before, after, since, average, size) =>
      `${series}: ${moved.dipped[size]}: ${before} قبل ${since}، ${after} الآن (${average}).`,
    newOver: (series, after, now) => `${series}: أول قياس: ${after} في ${now}.`,
    noneOver: (series, before, then, since) =>
      `${series}: لا قياس منذ ${since}. آخر قيمة كانت ${before} في ${then}.`,
    latestOver: (series, value, now) => `${series}: ${value} في ${now}.`,
    moved,
    line: (series, moves) => `${series}: ${moves}`,
    moves: (moved, before, after) => `${moved}، من ${before} إلى ${after}`,
    steadyLine: (series, moved, after) => `${series}: ${moved}، ${after}`,
  },
  window: {
    last: (n, cadence) => last[cadence](n),
    before: (n, cadence, since) => `${before[cadence](n)} قبل ${since}`,
    thin: (reports, where) =>
      reports === 1
        ? `تقرير واحد فقط في ${where}.`
        : `${counted(reports, '', 'تقريران', 'تقارير', 'تقريرًا')} فقط في ${where}.`,
    average: (n, cadence) => `متوسط ${before[cadence](n)}`,
  },
  period: {
    week: (week, year) => `الأسبوع ${week}، ${year}`,
    halfYear: (half, year) => `النصف ${half === 1 ? 'الأول' : 'الثاني'} من ${year}`,
  },
  conversation: {
    answer: 'إجابتكم',
    appreciationHint: 'ليذكر كل واحد منكما شيئًا واحدًا. اكتباه.',
    changesTitle: (since, average) => (average ? `${average}: قبل ${since} والآن` : `قبل ${since} والآن`),
    steady: (names) => `استقرار: ${names}.`,
    lastFocus: (label) => `في المرة الماضية اخترتم: ${label}.`,
    whole: (label) => `${label}، بشكل عام`,
    now: (value) => `الآن ${value}`,
    noValue: 'لا يوجد قياس بعد',
    change: {
      rose: (delta) => `ارتفاع ${delta}`,
      dipped: (delta) => `انخفاض ${delta}`,
      steady: 'استقرار',
      new: 'قياس جديد',
      none: 'لا قياس منذ ذلك الحين',
    },
    focus: (label) => `التركيز للمرة القادمة: ${label}`,
  },
  // Said to the young person: in forms that are written the same for a young man and a young woman
  // (the possessive ـك, "إن أردت"), so no line guesses who is reading.
  conversationOwn: {
    readingTitle: 'نظرتك الخاصة',
    readingQuestion: (label, own, company) =>
      `${label}: تقييمك لنفسك ${own}، وتقييم الشركة ${company}. ما رأيك؟`,
    examplesTitle: 'ما كتبته بنفسك',
    nextStepLabel: 'خطوتك التالية، بكلماتك الخاصة',
    nextStepHint: 'ما الذي في خطتك حتى المرة القادمة؟',
    targetLegend: (label) => `${label}: هدفك، إن أردت`,
    noTarget: 'لا هدف',
  },
};
