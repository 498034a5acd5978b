// A share compared with an earlier one: told as what it was before ("… إلى 68 في المائة بعدما كانت 71 في
// المائة"), set against the share right before it with no category of its own ("75% مقابل 72% في 2024"), or
// given in parentheses after it under a legend that names their period ("30% (28%)").
import type { Catalogue } from "../catalogue/load.ts";
import { previousYearPeriod } from "../lib/period.ts";
import { opensParenthesis } from "./clauses.ts";
import { comparedInLead } from "./count-continuation.ts";
import { wordIsAny } from "./cue-match.ts";
import { grammarWords } from "./grammar-words.ts";
import { agreedPeriod } from "./periods.ts";
import { impliesPreviousYear } from "./implicit-base.ts";
import { Evidence, quoteSpan, type Reading } from "./reading.ts";
import { claimsOf, type NumberScope, topicWords } from "./scope.ts";
import type { SentenceSoFar } from "./sentence-state.ts";

/**
 * A share that names no category or cue of its own, compared with the share read right before it in its sentence
 * ("وبلغت نسبة التكوين الحضوري 75% مقابل 72% في 2024"; "… إلى 66 في المائة، بعدما كانت 68 في المائة"): the same
 * share, of the period named after it or, told as what it was before, of the same period a year earlier. Of the
 * same period as that share it would contradict it, not compare: none then.
 */
export function sameShareEarlier(scope: NumberScope, catalogue: Catalogue, soFar: SentenceSoFar): Reading | undefined {
  const share = soFar.previousShare;
  // In parentheses right after it, of the period a legend gives them ("مع نسب سنة 2024 بين قوسين: … إسبانيا: 30%
  // (28%)") or named inside ("34% (31% سنة 2024)").
  const inParentheses = scope.lead.length === 0 && opensParenthesis(scope.text, scope.mention);
  if (!share || !(inParentheses || comparedInLead(scope, catalogue) || afterWhatItWas(scope))) return undefined;
  const after = claimsOf(scope, catalogue, "after", scope.reference);
  const agreed = "unclear" in after ? undefined : agreedPeriod(after);
  const named = agreed && "period" in agreed ? agreed.period.period : undefined;
  const period = (inParentheses ? scope.parenthesised?.period : undefined) ?? named ?? (comparedShareBase(scope, catalogue) || undefined);
  if (period === undefined || period === share.period) return undefined;
  const evidence = new Evidence(scope.text, scope.qualifierVerb).note(`compared with the share before it (${share.indicator.id}${share.category ? `, category ${share.category}` : ""}) → ${period}`);
  return {
    status: "figure",
    indicator: share.indicator,
    breakdown: share.indicator.breakdown ?? null,
    category: share.category,
    period,
    basePeriod: null,
    value: scope.mention.value,
    qualifier: scope.mention.qualifier,
    ...quoteSpan(scope.mention, []),
    evidence: evidence.toString(),
  };
}

/**
 * A share told as what it was before ("تراجعت حصة الدورات المنظمة بالمغرب إلى 68 في المائة بعدما كانت 71 في
 * المائة"), with no period of its own and no bound: of the same period a year earlier, as a compared count is
 * (periods.json implicit_base); null when the sentence names a span of years, false for any other share ("مقابل"
 * between shares contrasts categories: "33 في المائة من الملفات، مقابل 14 في المائة لطلبات المعلومات").
 */
export function comparedShareBase(scope: NumberScope, catalogue: Catalogue): string | null | false {
  if (scope.mention.qualifier || !afterWhatItWas(scope)) return false;
  return impliesPreviousYear(topicWords(scope), catalogue.periods) ? previousYearPeriod(scope.reference) : null;
}

/** Whether the words right before the share are "after it was" ("بعدما كانت", "بعدما"). */
function afterWhatItWas(scope: NumberScope): boolean {
  const [opener, being] = scope.lead.slice(-2);
  const last = scope.lead.at(-1);
  if (last && wordIsAny(last, grammarWords.earlier_clause_openers)) return true;
  return opener !== undefined && being !== undefined && wordIsAny(opener, grammarWords.earlier_clause_openers) && wordIsAny(being, grammarWords.negated_past_being);
}
