// The words of a number's clause that may name its period (count-reading.ts reads them with periods.ts).
import type { Catalogue } from "../catalogue/load.ts";
import { opensParenthesis } from "./clauses.ts";
import { type PeriodScope, readPeriods } from "./periods.ts";
import { findPhrases } from "./phrases.ts";
import { type NumberScope, periodContext, wholeClause } from "./scope.ts";
import type { Word } from "./words.ts";

/**
 * The words of the number's clause that may name its period: after it, only up to a comparison word ("يعالج 3795
 * ملفا ويتجاوز حصيلة النصف الأول": the half it exceeds is not its own); not the verb that bounds it.
 */
export function ownClause(scope: NumberScope, catalogue: Catalogue): PeriodScope {
  // The verb that bounds the number ("تجاوز عدد الملفات … 3200 ملف") compares it with no period.
  const unbound = (words: readonly Word[]) => words.filter((w) => w !== scope.qualifierVerb);
  const comparison = findPhrases(scope.after, catalogue.periods.comparisons)[0];
  // "4.060 (2017: 3.380)": a parenthesis opening on a year and its colon gives another period's value.
  const aside = otherPeriodAside(scope);
  const cut = Math.min(comparison?.index ?? Infinity, aside ?? Infinity, pastParenthesis(scope) ?? Infinity);
  const clause = cut === Infinity ? { ...wholeClause(scope), words: unbound(wholeClause(scope).words) } : cutClause(scope, unbound, cut);
  return ownParenthesis(scope, clause, catalogue) ?? afterColon(scope, clause, catalogue) ?? clause;
}

/**
 * The words of the parenthesis the number opens, when they name a period of their own: "تنفيذ 46 إنابة خلال هذه
 * الفترة (41 إنابة في النصف الثاني من 2014)" is the second half of 2014's, not the period around the parenthesis.
 */
function ownParenthesis(scope: NumberScope, clause: PeriodScope, catalogue: Catalogue): PeriodScope | undefined {
  if (!opensParenthesis(scope.text, scope.mention)) return undefined;
  const close = scope.text.indexOf(")", scope.mention.end);
  if (close < 0) return undefined;
  const inside = { words: clause.words.filter((w) => w.start >= scope.mention.end && w.end <= close), years: clause.years.filter((y) => y.start >= scope.mention.end && y.end <= close) };
  const reading = readPeriods(inside, scope.reference, catalogue.periods, periodContext(scope, true));
  return "claims" in reading && reading.claims.length > 0 ? inside : undefined;
}

function cutClause(scope: NumberScope, unbound: (words: readonly Word[]) => Word[], cut: number): PeriodScope {
  const end = scope.after[cut]!.start;
  return { words: unbound([...scope.before, ...scope.after.slice(0, cut)]), years: [...scope.yearsBefore, ...scope.yearsAfter.filter((y) => y.end <= end)] };
}

/**
 * The clause from the last colon before the number, when that part names a period of its own: "تسارعت الوتيرة
 * في الأشهر الأخيرة: فقد عولج 1620 ملفا في النصف الأول" is the first half's, whatever the words before the colon
 * say, or when only they make it unclear ("منذ سنوات: فقد عالج …"). A label before the colon ("النصف الأول: 1620
 * ملفا") still names the period when the rest does not.
 */
function afterColon(scope: NumberScope, clause: PeriodScope, catalogue: Catalogue): PeriodScope | undefined {
  const colon = scope.text.slice(scope.before[0]?.start ?? scope.mention.start, scope.mention.start).search(/[:：][^:：]*$/u);
  if (colon < 0) return undefined;
  const from = (scope.before[0]?.start ?? scope.mention.start) + colon;
  const rest = { words: clause.words.filter((w) => w.start > from), years: clause.years.filter((y) => y.start > from) };
  if (rest.words.length === clause.words.length) return undefined;
  const reading = readPeriods(rest, scope.reference, catalogue.periods, periodContext(scope));
  if (!("claims" in reading)) return undefined;
  // Or when only the words before the colon make the period unclear ("ما لاحظناه منذ سنوات: فقد عالج القطب 7980
  // ملفا"), and they are no label of the number right after the colon ("خلال السنوات الثلاث الأخيرة: 3950 ثم 4677").
  const statement = scope.before.some((w) => w.start > from);
  return reading.claims.length > 0 || (statement && "unclear" in readPeriods(clause, scope.reference, catalogue.periods, periodContext(scope))) ? rest : undefined;
}

/** The index of the first word after the number inside a parenthesis opening on a year and a colon ("(2017: 3.380)"), if any. */
function otherPeriodAside(scope: NumberScope): number | undefined {
  const last = scope.after.at(-1);
  if (!last) return undefined;
  const open = scope.text.slice(scope.mention.end, last.end + 3).search(/\(\s*[0-9٠-٩]{4}\s*[:：]/u);
  if (open < 0) return undefined;
  const index = scope.after.findIndex((w) => w.start > scope.mention.end + open);
  return index < 0 ? undefined : index;
}

/** How far back the "(" of a parenthesis a number stands in may be. */
const parenthesisReach = 80;

/**
 * The index of the first word after the parenthesis the number stands in, when it opened before the number on its
 * line: "قيم النصف الأول (3420 ملفا و78 إنابة) على الربعين الأول والثاني" details the half; what the words after
 * the parenthesis name is the sentence's, not the number's.
 */
function pastParenthesis(scope: NumberScope): number | undefined {
  const before = scope.text.slice(Math.max(0, scope.mention.start - parenthesisReach), scope.mention.start);
  if (!/\([^()\n]*$/u.test(before) || /\(\s*$/u.test(before)) return undefined;
  const close = scope.text.indexOf(")", scope.mention.end);
  const index = close < 0 ? -1 : scope.after.findIndex((w) => w.start > close);
  return index < 0 ? undefined : index;
}
