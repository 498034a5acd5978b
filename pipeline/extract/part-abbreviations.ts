// "3 690 ملفا في S1-2025", "حصيلة H2 2024", "2023/T3": a year written with the abbreviation of its part, as pages
// mixing French and English write it, is that part of the year (periods.json part_abbreviations, also read in a
// table's header cells); one alone ("1,480 ملفا في Q1") is that part of the year the words are read against.
import type { PeriodPhrases } from "../types/catalogue-periods.ts";
import { oncePer } from "../lib/once-per.ts";
import type { Word } from "./words.ts";
import type { PartCode, PartMatch } from "./year-parts.ts";

type Abbreviations = PeriodPhrases["part_abbreviations"];

/** What may join an abbreviation and its year: a space, a hyphen, an underscore or a slash. */
const joiner = "[ \\-_/]";

/** The longest abbreviation, for the window of text read on each side of a year. */
const longest = oncePer((abbreviations: Abbreviations) => Math.max(...Object.values(abbreviations).flatMap((forms) => (forms ?? []).map((form) => form.length))));

/**
 * One pattern for each side of a year, built once per catalogue: the abbreviation standing alone (no letter or digit
 * against it) and joined to the year, with the part it names found by its group's name.
 */
const patternsOf = oncePer((abbreviations: Abbreviations) => {
  const escape = (form: string) => form.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
  const alternatives = Object.entries(abbreviations).map(([part, forms]) => `(?<${part}>${(forms ?? []).map(escape).join("|")})`).join("|");
  return {
    before: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})${joiner}$`, "u"),
    after: new RegExp(`^${joiner}(?:${alternatives})(?![\\p{L}\\p{N}])`, "u"),
  };
});

/** The part of the year an abbreviation written right before or after the year at `year` names, if any. */
export function abbreviatedPart(text: string, year: { start: number; end: number }, abbreviations: Abbreviations): { part: string; start: number; end: number } | undefined {
  const { before, after } = patternsOf(abbreviations);
  const reach = longest(abbreviations) + 2;
  const head = before.exec(text.slice(Math.max(0, year.start - reach - 1), year.start));
  if (head) return { part: partOf(head.groups!), start: year.start - head[0].length, end: year.end };
  const tail = after.exec(text.slice(year.end, year.end + reach));
  return tail ? { part: partOf(tail.groups!), start: year.start, end: year.end + tail[0].length } : undefined;
}

const partOf = (groups: Record<string, string | undefined>) => Object.keys(groups).find((part) => groups[part] !== undefined)!;

/** Every abbreviation written with a letter then digits ("ن1", "ر3", "Q1") and the part it names, once per catalogue. */
const letterAbbreviations = oncePer(
  (abbreviations: Abbreviations) =>
    new Map(Object.entries(abbreviations).flatMap(([part, forms]) => (forms ?? []).filter((form) => /^\p{L}+\p{N}+$/u.test(form)).map((form): [string, PartCode] => [form, part as PartCode]))),
);

/**
 * Whether a number is the digits of an abbreviation written against its letter ("ن1 2016", "ر3"): the recognizer
 * reads "1" after an Arabic letter, which may be a clitic ("و3795"), so the whole word decides.
 */
export function abbreviationDigit(text: string, mention: { start: number; end: number; kind: string }, abbreviations: Abbreviations): boolean {
  if (mention.kind !== "number" || mention.start === 0) return false;
  const forms = letterAbbreviations(abbreviations);
  if (forms.size === 0) return false;
  const word = /\p{L}+$/u.exec(text.slice(Math.max(0, mention.start - 4), mention.start))?.[0];
  return word !== undefined && forms.has(word + text.slice(mention.start, mention.end)) && !/^[\p{L}\p{N}]/u.test(text.slice(mention.end, mention.end + 1));
}

/** A year of four digits right before or after an abbreviation, past a joiner: the year's reading takes it (abbreviatedPart). */
const yearAfter = new RegExp(`^${joiner}?[0-9٠-٩]{4}(?![\\p{L}\\p{N}])`, "u");
const yearBefore = new RegExp(`(?<![\\p{L}\\p{N}])[0-9٠-٩]{4}${joiner}?$`, "u");

/**
 * The parts of the year abbreviations name alone, with no year against them ("1,480 ملفا في Q1 و1,624 في Q2" in a
 * half-year report): each a part of the year the words are read against, as "خلال الربع الأول" is. A letter and its
 * digits are two words; only the whole abbreviation, nothing of a word against it, counts.
 */
export function abbreviationsAlone(text: string, words: readonly Word[], abbreviations: Abbreviations): PartMatch[] {
  const parts = letterAbbreviations(abbreviations);
  const found: PartMatch[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    const [letters, digits] = [words[i]!, words[i + 1]!];
    const part = digits.start === letters.end ? parts.get(text.slice(letters.start, digits.end)) : undefined;
    if (!part || /[\p{L}\p{N}]/u.test(text[letters.start - 1] ?? "") || /[\p{L}\p{N}]/u.test(text[digits.end] ?? "")) continue;
    if (yearAfter.test(text.slice(digits.end, digits.end + 6)) || yearBefore.test(text.slice(Math.max(0, letters.start - 6), letters.start))) continue;
    found.push({ index: i, start: letters.start, end: digits.end, part });
  }
  return found;
}
