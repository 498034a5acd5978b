// A sentence that opens with another country as its topic tells that country's figures, as articles comparing
// countries do ("أما في تونس، فقد أعلنت وزارة الداخلية عن 64 إنابة"; "وفي الجزائر، أفادت …"): they are not the
// DGSN's. The countries are the partner_country categories of the catalogue's breakdowns (Morocco is none).
import type { BreakdownCatalogue } from "../types/catalogue-breakdowns.ts";
import { wordMatchesAny } from "./cue-match.ts";
import { cuePhrase, type Phrase, phraseAt } from "./phrases.ts";
import type { Word } from "./words.ts";

const cache = new WeakMap<BreakdownCatalogue, Phrase[]>();

function countryPhrases(catalogue: BreakdownCatalogue): Phrase[] {
  let phrases = cache.get(catalogue);
  if (!phrases) {
    const countries = catalogue.breakdowns.filter((b) => b.id === "partner_country");
    phrases = countries.flatMap((b) => b.categories.flatMap((c) => c.cues.map(cuePhrase)));
    cache.set(catalogue, phrases);
  }
  return phrases;
}

/** Words that may open the sentence before "في": "أما في تونس"، "وأما في". */
const leads = ["اما"];
const inWord = ["في"];

/** The country the sentence opens with as its topic ("أما في تونس،"), set off by a comma, if any. */
export function foreignCountryOpening(text: string, sentence: readonly Word[], catalogue: BreakdownCatalogue): { start: number; end: number } | undefined {
  let index = 0;
  if (sentence[index] && wordMatchesAny(sentence[index]!.folded, leads)) index++;
  if (!sentence[index] || !wordMatchesAny(sentence[index]!.folded, inWord)) return undefined;
  index++;
  const phrase = countryPhrases(catalogue).find((p) => phraseAt(sentence, index, p));
  if (!phrase) return undefined;
  const last = sentence[index + phrase.length - 1]!;
  return /^\s*[،,]/u.test(text.slice(last.end, last.end + 3)) ? { start: sentence[0]!.start, end: last.end } : undefined;
}
