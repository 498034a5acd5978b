// What the numbers read so far in a sentence tell the next one: the count a change or a part refers to, the
// figure a comparison continues, the direction an elliptic change shares.
import { periodBefore } from "../lib/period.ts";
import type { Indicator } from "../types/catalogue-indicators.ts";
import type { NumberMention } from "../types/number-mention.ts";
import type { CountedNoun } from "./counted-noun.ts";
import type { Direction } from "./percent-change.ts";
import type { PeriodReading } from "./periods.ts";
import type { Word } from "./words.ts";

export type UnclearPeriod = Extract<PeriodReading, { unclear: string }>;

export interface CountFigure {
  indicator: Indicator;
  period: string;
  counted: CountedNoun | null;
  /** Where its number starts and ends, and its value, with its qualifier if it is a bound or rounded ("تجاوزت المائة"). */
  start: number;
  end: number;
  value: number;
  qualifier?: NumberMention["qualifier"];
  /** The words of its clause, for a count that says it is "similar" (مماثلة). */
  clause: readonly Word[];
  /** It is the earlier end of a change told by its two ends ("من 49 إلى 57 أمرا"), which the next count closes. */
  startsTransition: boolean;
  /** A comparison word stands just before it ("مقابل 58 أمرا"): the base of a change, not its subject. */
  compared: boolean;
}

/** A share read in the sentence: its indicator, category and period. */
export interface PreviousShare {
  indicator: Indicator;
  category: string | null;
  period: string;
}

export interface SentenceSoFar {
  /** The count figures of the sentence, in order: those read so far while counts are read, all of them while percentages are. */
  counts: CountFigure[];
  /** The last count figure of the previous sentence: what "this figure" (هذا الرقم) refers to. */
  previousSentence: CountFigure | undefined;
  /** The earlier end of the first change the previous sentence told by its two ends, if any ("انتقلت من 46 أمرا قبل ثلاث سنوات إلى 57"). */
  previousTransitionStart: CountFigure | undefined;
  /** The last count of the previous sentences that is no base nor a change's earlier end: what a change of "this figure" is of ("هذا الرقم يتجاوز … (2110 ملفات)، بزيادة 4 في المائة"). */
  previousSubject: CountFigure | undefined;
  /** The last count of the sentence, when it was read as a figure (a comparison continues only that one). */
  lastCount: CountFigure | undefined;
  /** The indicator the last count was read as, a figure or held back (a local unit's count). */
  lastIndicatorId?: string | undefined;
  /** The words of that count's clause. */
  lastIndicatorClause?: readonly Word[];
  /** The counted noun of the last count ("143 إنابة، منها 35 تتعلق بالمخدرات"). */
  lastCounted: CountedNoun | undefined;
  /** The last count, when it was held back as one partner's part: its indicator and the partner's name (count-reading.ts). */
  partnerPart?: { indicatorId: string; partner: string } | undefined;
  /** The counted noun of the last count when it counted one kind of what it names ("23 ملفا تتعلق بنقل أطفال"; about-kind.ts). */
  oneKind?: CountedNoun | undefined;
  /** The counted noun of the last count when it opened a change told by its two ends ("عدد الموقوفين من 82 إلى"), read or not. */
  transitionNoun: CountedNoun | undefined;
  /** The indicator that count was read as, figure or held back (its period unclear): what the change's later end counts. */
  transitionIndicator?: string | undefined;
  /** The unclear period of the last count ("حصيلة الأشهر التسعة إلى 131 إنابة"), which a count coordinated with it shares ("و97 أمرا"). */
  unclearPeriod: UnclearPeriod | undefined;
  /** The direction of the previous percentage, when it was read as a change. */
  previousChange: Direction | undefined;
  /** The previous percentage, when it was read as a share: what a share compared with it names no category of its own for ("75% مقابل 72% في 2024"). */
  previousShare?: PreviousShare | undefined;
  /** The base period of the previous change, which an elliptic one without its own shares ("... بزيادة بـ7,5 بالمائة"). */
  previousBase: string | undefined;
  /** The indicators of the earlier ends of changes ("من 1702 إلى 1936 مذكرة") and of compared counts ("مقابل 125 إنابة سنة 2019" in a half-year report) held back for want of a period: a change after them has no base to take. */
  unclearStarts: string[];
  /** The numbers of the sentence read as counts of nothing the catalogue tracks, no counted noun after them ("واليوم نحن في 98،"): a change after one may be its. */
  unread: NumberMention[];
  /** The numbers of the sentence whose counted noun no indicator counts in its context ("مقابل 14 شخصا سنة 2020"). */
  unmapped: NumberMention[];
  /** The period of the previous change, which an elliptic one shares ("تزيد حصيلة هذا العام بنسبة 19% عن 2023، وبـ34% عن 2022"). */
  previousChangePeriod: string | undefined;
  /** The count figures of the earlier sentences of the paragraph, or of the sentence right before it: what a count that names only part of its cues may recall (recalled.ts). */
  recent: readonly CountFigure[];
  /** The previous sentence's last figure when all its counts were figures of that one indicator: what "the number" (العدد) of this one recalls. */
  previousAlone?: CountFigure | undefined;
  /** An earlier change of the paragraph was against another period than the same one a year before: a change naming no base has none implied. */
  otherBaseBefore?: boolean;
  /** In a part-year report, every comparison of the text before this sentence was with another part ("مقابل 980 في الفصل الأول"). */
  otherPartsOnly?: boolean;
  /** A number of the sentence compared with no noun of its own that may be a year written in words ("مقارنة مع ألفين وواحد وعشرين"). */
  comparedYearOrCount?: NumberMention;
}

/**
 * The count of `counts` a sentence is about: no base nor a change's earlier end, the latest period's (a count of
 * an earlier period told after it, "التي سجلت 1950 ملفا", is a base), the last of them.
 */
export function lastSubject(counts: readonly CountFigure[]): CountFigure | undefined {
  const candidates = counts.filter((c) => !c.compared && !c.startsTransition);
  return candidates.reduce<CountFigure | undefined>((subject, c) => (!subject || !periodBefore(c.period, subject.period) ? c : subject), undefined);
}

export const emptySentence = (previousSentence: CountFigure | undefined, previousSubject?: CountFigure, previousTransitionStart?: CountFigure, recent: readonly CountFigure[] = []): SentenceSoFar => ({
  recent,
  counts: [],
  previousSentence,
  previousSubject,
  previousTransitionStart,
  lastCount: undefined,
  lastCounted: undefined,
  unclearPeriod: undefined,
  transitionNoun: undefined,
  previousChange: undefined,
  previousBase: undefined,
  previousChangePeriod: undefined,
  unclearStarts: [],
  unread: [],
  unmapped: [],
});
