// A sentence that opens with another country as its topic tells that country's figures, as articles comparing
// countries do ("أما في تونس، فقد أعلنت وزارة الداخلية عن 64 إنابة"; "وفي الجزائر، أفادت …"): they are not the
// DGSN's. The countries are the partner_country categories of the catalogue's breakdowns (Morocco is none). So
// are the nationalities that make persons counted a part of a count ("تسليم شخصين من جنسية بلجيكية").
import type { BreakdownCatalogue } from "../types/catalogue-breakdowns.ts";
import { categoryStartingAt } from "./categories.ts";
import { wordMatchesAny } from "./cue-match.ts";
import type { Word } from "./words.ts";

/** Words that may open the sentence before "في": "أما في تونس"، "وأما في". */
const leads = ["اما"];
const inWord = ["في"];

/** The country the sentence opens with as its topic ("أما في تونس،"), set off by a comma, if any. */
export function foreignCountryOpening(text: string, sentence: readonly Word[], catalogue: BreakdownCatalogue): { start: number; end: number } | undefined {
  let index = 0;
  if (sentence[index] && wordMatchesAny(sentence[index]!.folded, leads)) index++;
  if (!sentence[index] || !wordMatchesAny(sentence[index]!.folded, inWord)) return undefined;
  const country = categoryStartingAt(sentence, index + 1, catalogue);
  if (country?.breakdown !== "partner_country") return undefined;
  return /^\s*[،,]/u.test(text.slice(country.end, country.end + 3)) ? { start: sentence[0]!.start, end: country.end } : undefined;
}

/** Words that send something to a place: "إلى إسبانيا". */
const towards = ["الي", "نحو"];

/** Whether the words send something to a foreign country: "إلى" then a partner_country category ("تسليم 210 أشخاص إلى إسبانيا"). */
export function sentAbroad(words: readonly Word[], catalogue: BreakdownCatalogue): boolean {
  return words.some((word, index) => wordMatchesAny(word.folded, towards) && categoryStartingAt(words, index + 1, catalogue)?.breakdown === "partner_country");
}

/** "من جنسية", "من الجنسية", "يحملون الجنسية": the words that give the nationality of the persons counted. */
const ofNationalityWords = ["جنسيه"];

/** How many words after the number may name the counted persons' nationality: "شخصين من جنسية بلجيكية". */
const nationalityReach = 4;

/**
 * The nationality the words right after a count give its persons, when it is a partner country's ("تسليم شخصين
 * من جنسية بلجيكية إلى سلطات بلدهما"): they are a part of the count by nationality, not all of it.
 */
export function partnerNationality(after: readonly Word[], catalogue: BreakdownCatalogue): { start: number; end: number } | undefined {
  const words = after.slice(0, nationalityReach);
  const index = words.findIndex((w) => wordMatchesAny(w.folded, ofNationalityWords));
  if (index < 0) return undefined;
  const country = categoryStartingAt(after, index + 1, catalogue);
  return country?.breakdown === "partner_country" ? { start: words[index]!.start, end: country.end } : undefined;
}
