// Classical Arabic may add the orders of a number upward, the smallest first: "اثنتي عشرة ومائة" (112), "أربعون
// وستمائة وألفان" (2,640), "ستين وأربعة آلاف" (4,060), as old chronicles, legal deeds and dated documents write.
// Read left to right, each order is a number of its own; joined here. Modern prose never puts a smaller number
// before a round larger one with a bare و, except for the two ends of a range after "بين" ("بين عشرين ومائة"),
// which stay two numbers. After a year's noun, a year in this order is a year ("سنة ثمان عشرة وألفين").
// "ثمانين وثلاثمائة وثلاثة آلاف" stays unread: the modern grammar reads its end as 303,000, out of any range.

import { firstGregorianYear, lastGregorianYear } from "./calendar.ts";
import type { Found } from "./recognize.ts";

/** Only و between the two, with white space on one line, or the و written against the second ("عشرة وستمائة"). */
const andBetween = /^[^\S\n]*و[^\S\n]*$/u;

/** An indefinite year noun right before the first ("في سنة ثمان عشرة وألفين"): the number is the year. */
const yearNounBefore = /(?:^|[^\p{L}])[وفبل]?(?:سنة|سنه|عام)[^\S\n]*$/u;

/** "بين" (or "ما بين") right before the first: the two are a range's ends. */
const betweenBefore = /(?:^|[^\p{L}])(?:[وف]?بين|ما[^\S\n]+بين)[^\S\n]*$/u;

/** A digit times a power of ten of at least a hundred (300, 2000, 40000): the power, else null. */
function roundOrder(value: number): number | null {
  if (!Number.isInteger(value) || value < 100) return null;
  const power = 10 ** Math.floor(Math.log10(value));
  return value % power === 0 ? power : null;
}

/** Whether `next`, right after `number`, is a higher order of the same number written in ascending order. */
function addsHigherOrder(number: Found, next: Found, normalised: string): boolean {
  if (next.kind !== "number" || next.form !== "words" || next.decimals !== 0 || next.qualifier !== undefined) return false;
  const order = roundOrder(next.value);
  return order !== null && number.value < order && andBetween.test(normalised.slice(number.end, next.start));
}

/** The numbers found, each run of a number in words and its higher orders after it joined into one. */
export function withAscendingOrders(found: Found[], normalised: string): Found[] {
  const joined: Found[] = [];
  for (let i = 0; i < found.length; i++) {
    const first = found[i]!;
    if (first.kind !== "number" || first.form !== "words" || first.decimals !== 0 || first.value <= 0 || betweenBefore.test(normalised.slice(Math.max(0, first.start - 12), first.start))) {
      joined.push(first);
      continue;
    }
    let number = first;
    while (i + 1 < found.length && addsHigherOrder(number, found[i + 1]!, normalised)) {
      const next = found[++i]!;
      number = { ...number, end: next.end, value: number.value + next.value };
    }
    const year = number !== first && number.value >= firstGregorianYear && number.value <= lastGregorianYear && yearNounBefore.test(normalised.slice(Math.max(0, first.start - 8), first.start));
    joined.push(year ? { ...number, kind: "year" } : number);
  }
  return joined;
}
