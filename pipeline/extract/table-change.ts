// A number in a table's change column ("| الإنابات القضائية الدولية | 143 | 158 | +10,5 |" under "| المؤشر |
// 2022 | 2023 | التغير (%) |") is the change of the row's count from the header's first period to its last, or from
// the one the change's header names ("التغير 2018/2017", "مقارنة بالسنة السابقة"; tables.ts).
// A column of absolute differences is no figure the catalogue tracks; a count in parentheses after a change
// ("| ملفات | 2240 | ▲ +4.7% (2140) |" under "| المؤشر | ن1 2021 | مقابل ن2 2020 |") is the row's count of the base period.
import type { Catalogue } from "../catalogue/load.ts";
import { Evidence, heldBack, quoteSpan, type Reading, unaccounted } from "./reading.ts";
import type { NumberScope } from "./scope.ts";
import type { SentenceSoFar } from "./sentence-state.ts";
import { opensParenthesis } from "./clauses.ts";

export function readTableChange(scope: NumberScope, catalogue: Catalogue, soFar: SentenceSoFar): Reading {
  const change = scope.table!.change!;
  const evidence = new Evidence(scope.text).words("the table's change column", [change.header]);
  const base = baseCount(scope, soFar, change);
  if (base) return base;
  const percent = change.percent || scope.mention.kind === "percent";
  if (!percent) return unaccounted("an absolute change in a table's change column: the catalogue tracks no such difference", evidence);
  const subject = soFar.counts.find((c) => c.period === change.period);
  if (!subject) return unaccounted("a change in a table row whose count was not read", evidence);
  evidence.note(`of the row's count (${subject.indicator.id}), ${change.base} → ${change.period}`);
  const indicator = catalogue.indicators.indicators.find((i) => i.kind === "percent_change" && i.change_of === subject.indicator.id);
  if (!indicator) return unaccounted(`no percent_change indicator in the catalogue for ${subject.indicator.id}`, evidence);
  if (change.doubt) return heldBack(change.doubt, evidence, indicator.id);
  const signed = /[-−–]\s*$/u.test(scope.text.slice(Math.max(0, scope.mention.start - 2), scope.mention.start)) && scope.mention.value > 0 ? -scope.mention.value : scope.mention.value;
  if (scope.mention.qualifier && signed < 0) return heldBack("a qualified decrease in a table's change column", evidence, indicator.id);
  return {
    status: "figure",
    indicator,
    breakdown: null,
    category: null,
    period: change.period,
    basePeriod: change.base,
    value: signed,
    qualifier: scope.mention.qualifier,
    ...quoteSpan(scope.mention, []),
    evidence: evidence.toString(),
  };
}

/** The count in parentheses after the change of a change cell ("▲ +4.7% (2140)"): the row's count of the base period. */
function baseCount(scope: NumberScope, soFar: SentenceSoFar, change: NonNullable<NonNullable<NumberScope["table"]>["change"]>): Reading | undefined {
  const { mention, text } = scope;
  if (mention.kind !== "number" || !opensParenthesis(text, mention) || !/^\s*\)/u.test(text.slice(mention.end, mention.end + 3))) return undefined;
  if (!/[%٪]/u.test(text.slice(text.lastIndexOf("|", mention.start) + 1, mention.start))) return undefined;
  const subject = soFar.counts.find((c) => c.period === change.period);
  if (!subject) return undefined;
  const evidence = new Evidence(text).words("the table's change column", [change.header]).note(`the count the change is from (${subject.indicator.id}), in parentheses → ${change.base}`);
  return { status: "figure", indicator: subject.indicator, breakdown: null, category: null, period: change.base, basePeriod: null, value: mention.value, qualifier: mention.qualifier, ...quoteSpan(mention, []), evidence: evidence.toString() };
}
