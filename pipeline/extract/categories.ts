// The category of a breakdown a share names: "إسبانيا: 25%", "قضايا المخدرات (38%)" name it before the
// number, "38% منها تتعلق بالمخدرات" after it. The clause before the number is read first, nearest word
// first, so that in a list each value takes its own label.
import type { BreakdownCatalogue } from "../types/catalogue-breakdowns.ts";
import { wordIsAny } from "./cue-match.ts";
import { grammarWords } from "./grammar-words.ts";
import { cuePhrase, type Phrase, phraseMatchAt } from "./phrases.ts";
import type { Word } from "./words.ts";
import { oncePer } from "../lib/once-per.ts";

export interface CategoryMatch {
  breakdown: string;
  code: string;
  start: number;
  end: number;
}

interface CategoryCue {
  breakdown: string;
  code: string;
  phrase: Phrase;
}

/** Every category cue of the catalogue, and their phrases in the same order (searched as one list of phrases). */
interface CategoryCues {
  cues: readonly CategoryCue[];
  phrases: readonly Phrase[];
}

const cuesOf = oncePer((catalogue: BreakdownCatalogue): CategoryCues => {
  const list = catalogue.breakdowns.flatMap((b) => b.categories.flatMap((c) => c.cues.map((cue) => ({ breakdown: b.id, code: c.code, phrase: cuePhrase(cue) }))));
  return { cues: list, phrases: list.map((cue) => cue.phrase) };
});

function categoryAt(words: readonly Word[], index: number, { cues, phrases }: CategoryCues): CategoryMatch | undefined {
  if (inWholeName(words, index) || phraseMatchAt(words, index, regions) >= 0) return undefined;
  const place = phraseMatchAt(words, index, phrases);
  const cue = place < 0 ? undefined : cues[place]!;
  return cue && { breakdown: cue.breakdown, code: cue.code, start: words[index]!.start, end: words[index + cue.phrase.length - 1]!.end };
}

/** Regions whose name starts with a country's ("أمريكا اللاتينية"): no category (grammar-words regions). */
const regions = grammarWords.regions.map(cuePhrase);

/**
 * Whether word `index` goes on the name of the whole with "و" ("الملفات وطلبات المعلومات"، "ملف وطلب معلومات"): it
 * names no category there (grammar-words whole_name_nouns).
 */
function inWholeName(words: readonly Word[], index: number): boolean {
  const word = words[index];
  const before = words[index - 1];
  return word !== undefined && before !== undefined && word.folded.startsWith("و") && wordIsAny(before, grammarWords.whole_name_nouns);
}

/** The category whose cue starts at word `index`, if any. */
export const categoryStartingAt = (words: readonly Word[], index: number, catalogue: BreakdownCatalogue): CategoryMatch | undefined => categoryAt(words, index, cuesOf(catalogue));

/**
 * The category each breakdown has named in a number's clause: the nearest before the number if any, else the nearest
 * after it; the nearest after it first when `afterFirst` (the words before are a list's heading).
 */
export function categoriesNamed(before: readonly Word[], after: readonly Word[], catalogue: BreakdownCatalogue, afterFirst = false): Map<string, CategoryMatch> {
  const cues = cuesOf(catalogue);
  const found = new Map<string, CategoryMatch>();
  const side = (words: readonly Word[], order: number[]) => {
    for (const index of order) {
      const match = categoryAt(words, index, cues);
      if (match && !found.has(match.breakdown)) found.set(match.breakdown, match);
    }
  };
  if (afterFirst) side(after, [...after.keys()]);
  side(before, [...before.keys()].reverse());
  side(after, [...after.keys()]);
  return found;
}

/** Every category any breakdown names in `words`, left to right, none overlapping. */
export function categoriesIn(words: readonly Word[], catalogue: BreakdownCatalogue): CategoryMatch[] {
  const cues = cuesOf(catalogue);
  const found: CategoryMatch[] = [];
  for (let index = 0; index < words.length; index++) {
    const match = categoryAt(words, index, cues);
    if (!match) continue;
    found.push(match);
    while (index + 1 < words.length && words[index + 1]!.end <= match.end) index++;
  }
  return found;
}
