// "وتتصدر قضايا المخدرات بـ1055 ملفا", "ملفات نقل الأشخاص المحكوم عليهم 38 ملفا", "يتعلق ملف من كل ثلاثة
// بالمخدرات، أي 1055 ملفا", "تتعلق 214 ملفا بشبكات الاتجار بالبشر": a count of files of one type of case is that
// category's count, a part of the files processed; the catalogue tracks the category's share, not its count
// (indicators.json parts_by).
import type { BreakdownCatalogue } from "../types/catalogue-breakdowns.ts";
import type { Indicator } from "../types/catalogue-indicators.ts";
import { type CategoryMatch, categoriesIn } from "./categories.ts";
import { opensParenthesis } from "./clauses.ts";
import { wordIsAny } from "./cue-match.ts";
import { grammarWords } from "./grammar-words.ts";
import { partOfUnnamedWhole } from "./part-of-next.ts";
import type { NumberScope } from "./scope.ts";
import type { Word } from "./words.ts";
import { oncePer } from "../lib/once-per.ts";

/**
 * The one category of the indicator's parts_by breakdown that the words before the count name (in its clause, in
 * the clause it restates after "أي", before the parenthesis it opens), or that a verb of concerning gives it after
 * it; undefined when they name none or several ("ملفات تتعلق بالمخدرات والهجرة" are of the whole).
 */
export function categoryCounted(scope: NumberScope, indicator: Indicator, breakdowns: BreakdownCatalogue): CategoryMatch | undefined {
  const breakdown = indicator.parts_by;
  // "يتعلق 47 ملفا من مجموع ملفات الموقوفين بالمخدرات": the part of the whole its words name (part-of-next.ts).
  if (breakdown === undefined || partOfUnnamedWhole(scope.text, scope.mention)) return undefined;
  const before = [...(restates(scope.lead) ? scope.previousClause.words : []), ...(opensParenthesis(scope.text, scope.mention) ? scope.earlier.slice(-parenthesisReach) : []), ...scope.before];
  const ownWords = contextWordsOf(indicator);
  const ofBreakdown = (words: readonly Word[]) => categoriesIn(words, breakdowns).filter((c) => c.breakdown === breakdown && !namesTheWhole(words, c, ownWords));
  const named = [...ofBreakdown(before), ...(concerns(before, scope.after) ? ofBreakdown(scope.after) : [])];
  const words = [...before, ...scope.after];
  if (named.some((c) => coordinatedWithOther(words, c, named))) return undefined;
  return new Set(named.map((c) => c.code)).size === 1 ? named[0] : undefined;
}

/**
 * Whether a category is joined by "و" to words that name no category of its own ("تبييض الأموال والاتجار في
 * المخدرات في صلب 5800 ملف"): a list of topics of the whole, not one category's count. "الهجرة غير النظامية
 * والاتجار بالبشر" joins two cues of one category.
 */
function coordinatedWithOther(words: readonly Word[], category: CategoryMatch, named: readonly CategoryMatch[]): boolean {
  const first = words.findIndex((w) => w.start === category.start);
  // The category's noun may head a phrase with "في": "والاتجار في المخدرات".
  const head = first >= 2 && words[first - 1]!.folded === "في" && /^و/u.test(words[first - 2]!.folded) ? first - 2 : first;
  if (head <= 0 || !/^و/u.test(words[head]!.folded)) return false;
  const joinedTo = words[head - 1]!;
  return !named.some((other) => other !== category && other.code === category.code && other.start <= joinedTo.start && joinedTo.end <= other.end + coordinationGap);
}

/** How far (in characters) the word "و" joins to may stand after another cue of the category: its adjective ("غير النظامية"). */
const coordinationGap = 40;

/** How far before a count in parentheses its category may stand: "صعدت قضايا الهجرة غير النظامية إلى 22 في المائة من المجموع (683 ملفا)". */
const parenthesisReach = 12;

/** Whether the words leading to the number open on a word of restating ("أي 1055 ملفا"). */
const restates = (lead: readonly Word[]) => lead[0] !== undefined && wordIsAny(lead[0], grammarWords.restating);

/**
 * Whether the category after the count is what the count concerns: a verb of concerning stands before it ("تتعلق
 * 214 ملفا بشبكات الاتجار", "1055 ملفا تتعلق بالمخدرات"), and no word with a pronoun of the whole ("يتعلق ثلثها
 * بالمخدرات") between.
 */
function concerns(before: readonly Word[], after: readonly Word[]): boolean {
  const verbAfter = after.findIndex((w) => wordIsAny(w, grammarWords.concerning));
  const verbBefore = before.some((w) => wordIsAny(w, grammarWords.concerning));
  if (verbAfter < 0 && !verbBefore) return false;
  return !after.slice(0, verbAfter < 0 ? after.length : verbAfter + 2).some((w) => /(?:ها|هم)$/u.test(w.folded));
}

/** Every context word of an indicator's cues: "طلب معلومات" in "ملفا وطلب معلومات" names the whole, no category. */
const contextWordsOf = oncePer((indicator: Indicator): string[] => (indicator.cues ?? []).flatMap((cue) => cue.context?.flat() ?? []));

const namesTheWhole = (words: readonly Word[], category: CategoryMatch, ownWords: readonly string[]) =>
  words.some((w) => w.start >= category.start && w.end <= category.end && wordIsAny(w, ownWords));
