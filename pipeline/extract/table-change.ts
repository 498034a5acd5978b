// A number in a table's change column ("| الإنابات القضائية الدولية | 143 | 158 | +10,5 |" under "| المؤشر |
// 2022 | 2023 | التغير (%) |") is the change of the row's count from the header's first period to its last, or from
// the one the change's header names ("التغير 2018/2017", "مقارنة بالسنة السابقة"; tables.ts).
// A column of absolute differences is no figure the catalogue tracks.
import type { Catalogue } from "../catalogue/load.ts";
import { Evidence, heldBack, quoteSpan, type Reading, unaccounted } from "./reading.ts";
import type { NumberScope } from "./scope.ts";
import type { SentenceSoFar } from "./sentence-state.ts";

export function readTableChange(scope: NumberScope, catalogue: Catalogue, soFar: SentenceSoFar): Reading {
  const change = scope.table!.change!;
  const evidence = new Evidence(scope.text).words("the table's change column", [change.header]);
  const percent = change.percent || scope.mention.kind === "percent";
  if (!percent) return unaccounted("an absolute change in a table's change column: the catalogue tracks no such difference", evidence);
  const subject = soFar.counts.find((c) => c.period === change.period);
  if (!subject) return unaccounted("a change in a table row whose count was not read", evidence);
  evidence.note(`of the row's count (${subject.indicator.id}), ${change.base} → ${change.period}`);
  const indicator = catalogue.indicators.indicators.find((i) => i.kind === "percent_change" && i.change_of === subject.indicator.id);
  if (!indicator) return unaccounted(`no percent_change indicator in the catalogue for ${subject.indicator.id}`, evidence);
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
