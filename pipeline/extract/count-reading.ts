// Reads a number as a count: its counted noun and the clause around it choose the indicator (patterns.ts),
// its clause the period (periods.ts).
import type { Catalogue } from "../catalogue/load.ts";
import { countedNoun, type CountedNoun } from "./counted-noun.ts";
import { decide, rankIndicators } from "./patterns.ts";
import { agreedPeriod, readPeriods } from "./periods.ts";
import { Evidence, heldBack, quoteSpan, type Reading, unaccounted } from "./reading.ts";
import { clauseWords, type NumberScope, opensPeriod, periodContext, topicWords, wholeClause } from "./scope.ts";

const howWords: Record<CountedNoun["how"], string> = {
  after: "counted",
  dual: "counted (dual)",
  count_of: "counted (after عدد)",
  part: "counted (a part of the previous figure)",
  pronoun: "counted (named before the clause)",
  before: "counted (named before the number)",
};

export interface CountReading {
  reading: Reading;
  counted: CountedNoun | null;
}

export function readCount(scope: NumberScope, catalogue: Catalogue, previous: CountedNoun | undefined, catalogued: readonly string[]): CountReading {
  const { mention, text } = scope;
  const counted = countedNoun({ mention, before: scope.before, after: scope.after, earlier: scope.earlier, previous, startsPeriod: (w) => opensPeriod(scope, catalogue, w) }, catalogued);
  if (!counted) return { counted, reading: unaccounted("no counted noun follows the number, and its clause names none an indicator counts") };
  const evidence = new Evidence(text);
  if (counted.word) evidence.words(howWords[counted.how], [counted.word]);
  else evidence.note(`${howWords[counted.how]} «${counted.folded}»`);
  const counts = catalogue.indicators.indicators.filter((i) => i.kind === "count");
  const decision = decide(rankIndicators(counts, { counted: counted.folded, clause: clauseWords(scope), topic: topicWords(scope) }));
  if ("none" in decision) return { counted, reading: unaccounted(`no indicator counts "${counted.folded}" in this context`, evidence) };
  if ("ambiguous" in decision) {
    return { counted, reading: heldBack(`ambiguous: the cues of ${decision.ambiguous.map((m) => m.indicator.id).join(" and ")} fit equally well`, evidence) };
  }
  const { indicator, evidence: cueWords } = decision.match;
  evidence.words("context", cueWords);
  const periods = readPeriods(wholeClause(scope), scope.reference, catalogue.periods, periodContext(scope));
  if ("unclear" in periods) return { counted, reading: heldBack(`the period is unclear: ${periods.unclear}`, evidence.words("period", [periods]), indicator.id) };
  const agreed = agreedPeriod(periods.claims);
  if ("conflict" in agreed) {
    const [a, b] = agreed.conflict;
    return { counted, reading: heldBack(`the period is unclear: the clause names both ${a.period} and ${b.period}`, evidence.words("period", [a, b]), indicator.id) };
  }
  const period = "period" in agreed ? agreed.period : null;
  if (period) evidence.words("period", [period]).note(`→ ${period.period}`);
  return {
    counted,
    reading: {
      status: "figure",
      indicator,
      breakdown: null,
      category: null,
      period: period?.period ?? scope.reference,
      basePeriod: null,
      value: mention.value,
      qualifier: mention.qualifier,
      ...quoteSpan(mention, [counted.word]),
      evidence: evidence.toString(),
    },
  };
}
