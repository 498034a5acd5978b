// A period named once after counts joined by "و" is each of theirs: "3380 ملفا و80 موقوفا في 2017" (a headline
// quoted in a text on 2018) counts both in 2017, as "5800 ملف و143 إنابة خلال سنة 2022" does in 2022.
import type { Catalogue } from "../catalogue/load.ts";
import { wordIsAny } from "./cue-match.ts";
import { grammarWords } from "./grammar-words.ts";
import { type PeriodReading, periodScopeOf, readPeriods } from "./periods.ts";
import { type NumberScope, periodContext, wordsFollowing } from "./scope.ts";
import type { Word } from "./words.ts";
import { isYearWord, yearNouns } from "./years.ts";

/** How many words the counts joined to this one and their period may take: "و80 موقوفا و71 أمرا في 2017". */
const chainReach = 14;

/** How many words a counted noun may have in the chain: "موقوفا"، "أمرا دوليا". */
const nounWords = 2;

/** How many words may name the year after the last noun: "في"، "خلال سنة". */
const periodLeadWords = 2;

const periodLead = (word: Word) => wordIsAny(word, grammarWords.time_prepositions) || wordIsAny(word, yearNouns);

const isNumber = (word: Word) => /^\p{Nd}+$/u.test(word.folded);

/** A clause or a quotation closes right after the year: a mark, a closing quote or bracket, a line's or the text's end. */
const closes = /^[^\S\n]*(?:["»”)\].،,؛;:!؟?\n]|$)/u;

/**
 * The period named right after the last of the counts joined to this count by "و", each with its counted noun and
 * nothing else between ("3380 ملفا و80 موقوفا في 2017"), when the year closes the clause; undefined otherwise (a
 * mark between, a number with no noun of its own: "5800 ملف و4677 في 2021" compares). The same noun twice is a
 * comparison, not a list.
 */
export function sharedPeriodAfter(scope: NumberScope, catalogue: Catalogue, own: PeriodReading): PeriodReading | undefined {
  if (!("claims" in own) || own.claims.length > 0) return undefined;
  const words = wordsFollowing(scope, chainReach);
  const year = words.findIndex(isYearWord);
  if (year < 0 || /[.،,؛;:()\n]/u.test(scope.text.slice(scope.mention.end, words[year]!.start)) || !closes.test(scope.text.slice(words[year]!.end))) return undefined;
  const nouns = nounsOfChain(words.slice(0, year));
  if (!nouns || new Set(nouns).size < nouns.length) return undefined;
  const lead = words.slice(0, year).reverse().findIndex((w) => !periodLead(w));
  const named = words.slice(year - (lead < 0 ? 0 : lead), year + 1);
  const reading = readPeriods(periodScopeOf(named), scope.reference, catalogue.periods, periodContext(scope));
  return "claims" in reading && reading.claims.length > 0 ? reading : undefined;
}

/**
 * The counted nouns of the chain "ملفا و 80 موقوفا [في]": this count's noun, then "و", a number and its noun, once
 * or more; the words naming the year may close it. Undefined when the words are not such a chain.
 */
function nounsOfChain(words: readonly Word[]): string[] | undefined {
  const nouns: string[] = [];
  let i = 0;
  for (;;) {
    const noun: Word[] = [];
    while (i < words.length && !isNumber(words[i]!) && words[i]!.folded !== "و") noun.push(words[i++]!);
    let trailing = 0;
    while (trailing < noun.length && periodLead(noun[noun.length - 1 - trailing]!)) trailing++;
    const own = noun.length - (i === words.length ? trailing : 0);
    if (own < 1 || own > nounWords || (i === words.length && trailing > periodLeadWords)) return undefined;
    nouns.push(noun[0]!.folded);
    if (i === words.length) return nouns.length > 1 ? nouns : undefined;
    if (words[i]!.folded !== "و" || !words[i + 1] || !isNumber(words[i + 1]!)) return undefined;
    i += 2;
  }
}
