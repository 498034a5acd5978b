// Reads a percentage: a change of a count when a change word precedes it in its clause ("بزيادة قدرها 24 في
// المائة مقارنة مع سنة 2021"; an elliptic follow-up "وبأكثر من 40 في المائة مع سنة 2020" shares the previous
// change's word), else a share: of a breakdown's category named in its clause ("إسبانيا: 25%"), or of a
// share indicator whose cues its clause holds ("70% منها حضوريا").
import type { Catalogue } from "../catalogue/load.ts";
import { periodBefore } from "../lib/period.ts";
import type { Indicator } from "../types/catalogue-indicators.ts";
import { categoriesNamed } from "./categories.ts";
import { wordMatchesAny } from "./cue-match.ts";
import { decide, type PatternMatch, rankIndicators } from "./patterns.ts";
import { changeDirection, type Direction, signedChange } from "./percent-change.ts";
import { agreedPeriod, readPeriods } from "./periods.ts";
import { findPhrases } from "./phrases.ts";
import { Evidence, heldBack, quoteSpan, type Reading, unaccounted } from "./reading.ts";
import { clauseWords, type NumberScope, periodContext, topicWords, wholeClause } from "./scope.ts";
import type { Word } from "./words.ts";

/** What the sentence said before this percentage. */
export interface SentenceSoFar {
  /** The nearest count figure before it: the usual subject of a change. */
  previousCount: { indicator: Indicator; period: string } | undefined;
  /** The direction of the previous percentage of the sentence, when it was read as a change. */
  previousChange: Direction | undefined;
}

export interface PercentReading {
  reading: Reading;
  change: Direction | undefined;
}

/** The indicator whose change this is: a noun the clause names, else the count before it, else a noun the sentence named. */
function changeSubject(scope: NumberScope, catalogue: Catalogue, soFar: SentenceSoFar, catalogued: readonly string[]): { indicator: Indicator; period: string | null; word: Word | null } | { reason: string } {
  const counts = catalogue.indicators.indicators.filter((i) => i.kind === "count");
  const named = (words: readonly Word[]) => {
    for (let i = words.length - 1; i >= 0; i--) {
      const word = words[i]!;
      if (!wordMatchesAny(word.folded, catalogued)) continue;
      return { word, decision: decide(rankIndicators(counts, { counted: word.folded, clause: topicWords(scope), topic: topicWords(scope) })) };
    }
    return undefined;
  };
  const inClause = named(scope.before);
  if (inClause && "match" in inClause.decision) return { indicator: inClause.decision.match.indicator, period: null, word: inClause.word };
  if (soFar.previousCount) return { indicator: soFar.previousCount.indicator, period: soFar.previousCount.period, word: null };
  const earlier = inClause ?? named(scope.earlier);
  if (earlier && "match" in earlier.decision) return { indicator: earlier.decision.match.indicator, period: null, word: earlier.word };
  if (earlier && "ambiguous" in earlier.decision) return { reason: `a change of what? the cues of ${earlier.decision.ambiguous.map((m) => m.indicator.id).join(" and ")} fit equally well` };
  return { reason: "a percentage change of no count the sentence names" };
}

function readChange(scope: NumberScope, catalogue: Catalogue, soFar: SentenceSoFar, direction: Direction, catalogued: readonly string[]): Reading {
  const evidence = new Evidence(scope.text).note(direction === 1 ? "an increase" : "a decrease");
  const subject = changeSubject(scope, catalogue, soFar, catalogued);
  if ("reason" in subject) return unaccounted(subject.reason, evidence);
  if (subject.word) evidence.words("of", [subject.word]);
  else evidence.note(`of the count before it (${subject.indicator.id})`);
  const indicator = catalogue.indicators.indicators.find((i) => i.kind === "percent_change" && i.change_of === subject.indicator.id);
  if (!indicator) return unaccounted(`no percent_change indicator in the catalogue for ${subject.indicator.id}`, evidence);
  let period = subject.period;
  if (period === null) {
    const own = readPeriods({ words: scope.before, years: scope.yearsBefore }, scope.reference, catalogue.periods, periodContext(scope));
    const agreed = "claims" in own ? agreedPeriod(own.claims) : undefined;
    if (!agreed || "conflict" in agreed) return heldBack("the period of the change is unclear", evidence, indicator.id);
    period = "period" in agreed ? agreed.period.period : scope.reference;
  }
  const bases = readPeriods({ words: scope.after, years: scope.yearsAfter }, period, catalogue.periods, periodContext(scope, true));
  if ("unclear" in bases) return heldBack(`the base period is unclear: ${bases.unclear}`, evidence.words("against", [bases]), indicator.id, period);
  const base = bases.claims[0];
  if (!base) return heldBack("a percentage change without a base period (compared with which year?)", evidence, indicator.id, period);
  evidence.words("against", [base]).note(`→ ${base.period}`);
  if (!periodBefore(base.period, period)) return heldBack(`the base period ${base.period} is not before the period ${period}`, evidence, indicator.id, period);
  const { value, qualifier } = signedChange(scope.mention, direction);
  return { status: "figure", indicator, breakdown: null, category: null, period, basePeriod: base.period, value, qualifier, ...quoteSpan(scope.mention, [base]), evidence: evidence.toString() };
}

function readShare(scope: NumberScope, catalogue: Catalogue): Reading {
  const evidence = new Evidence(scope.text);
  const shares = catalogue.indicators.indicators.filter((i) => i.kind === "share");
  const categories = categoriesNamed(scope.before, scope.after, catalogue.breakdowns);
  const input = { counted: null, clause: clauseWords(scope), topic: topicWords(scope) };
  const byCategory: PatternMatch[] = shares.flatMap((indicator) => {
    const category = indicator.breakdown === undefined ? undefined : categories.get(indicator.breakdown);
    if (!category) return [];
    const cues = indicator.cues ? rankIndicators([indicator], input)[0] : undefined;
    if (indicator.cues && !cues) return [];
    return [{ indicator, strength: 1 + (cues?.strength ?? 0), evidence: [category, ...(cues?.evidence ?? [])] as Word[] }];
  });
  const byCues = rankIndicators(shares.filter((i) => i.breakdown === undefined), input);
  const decision = decide([...byCategory, ...byCues].sort((a, b) => b.strength - a.strength));
  if ("none" in decision) return unaccounted("a percentage with no change word before it and no category or share cue in its clause");
  if ("ambiguous" in decision) return heldBack(`ambiguous: a share of ${decision.ambiguous.map((m) => m.indicator.id).join(" or ")}`, evidence);
  const { indicator } = decision.match;
  const category = indicator.breakdown === undefined ? undefined : categories.get(indicator.breakdown);
  evidence.words(category ? `category ${category.code}` : "share", decision.match.evidence);
  const periods = readPeriods(wholeClause(scope), scope.reference, catalogue.periods, periodContext(scope));
  const agreed = "claims" in periods ? agreedPeriod(periods.claims) : undefined;
  if (!agreed || "conflict" in agreed) return heldBack("the period is unclear", evidence, indicator.id);
  const period = "period" in agreed ? agreed.period.period : scope.reference;
  return {
    status: "figure",
    indicator,
    breakdown: indicator.breakdown ?? null,
    category: category?.code ?? null,
    period,
    basePeriod: null,
    value: scope.mention.value,
    qualifier: scope.mention.qualifier,
    ...quoteSpan(scope.mention, decision.match.evidence),
    evidence: evidence.toString(),
  };
}

/** Whether the clause after the number names a period to compare with ("مع سنة 2020", "مقارنة بالسنة الماضية"). */
function namesBase(scope: NumberScope, catalogue: Catalogue): boolean {
  const { periods } = catalogue;
  return scope.yearsAfter.length > 0 || findPhrases(scope.after, [...periods.previous_year, ...periods.same_period]).length > 0;
}

export function readPercent(scope: NumberScope, catalogue: Catalogue, soFar: SentenceSoFar, catalogued: readonly string[]): PercentReading {
  const own = changeDirection(scope.before, catalogue.indicators.change_words);
  const direction = own ?? (namesBase(scope, catalogue) ? soFar.previousChange : undefined);
  if (direction !== undefined) return { reading: readChange(scope, catalogue, soFar, direction, catalogued), change: direction };
  return { reading: readShare(scope, catalogue), change: undefined };
}
