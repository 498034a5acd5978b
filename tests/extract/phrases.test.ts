import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldWord } from "../../pipeline/arabic/normalise.ts";
import { findPhrases, type Phrase, phraseAt, phraseMatchAt } from "../../pipeline/extract/phrases.ts";
import type { Word } from "../../pipeline/extract/words.ts";

/** Words of a text, one space apart, as findWords gives them. */
function wordsOf(text: readonly string[]): Word[] {
  let start = 0;
  return text.map((word) => {
    const folded = { folded: foldWord(word), start, end: start + word.length };
    start = folded.end + 1;
    return folded;
  });
}

/** What findPhrases answers, worked out the slow way: at each word, the first phrase of the list that matches there. */
function naiveFind(words: readonly Word[], phrases: readonly Phrase[]) {
  return words.flatMap((word, index) => {
    const phrase = phrases.find((p) => p.length > 0 && phraseAt(words, index, p));
    return phrase ? [{ index, start: word.start, end: words[index + phrase.length - 1]!.end }] : [];
  });
}

describe("findPhrases", () => {
  it("finds the first phrase of the list that matches, not the longest", () => {
    const phrases: Phrase[] = [[["مصالح"]], [["مصالح"], ["الدرك"]]];
    const words = wordsOf(["ونفذت", "مصالح", "الدرك", "الملكي"]);
    expect(findPhrases(words, phrases)).toEqual([{ index: 1, start: words[1]!.start, end: words[1]!.end }]);
  });

  it("tries the phrases in their list's order when a word is a form of several of their first cues", () => {
    // "المصالح" is a form of "المصالح" and of "مصالح": the first phrase of the list starts with the second.
    const phrases: Phrase[] = [[["مصالح"], ["درك"]], [["المصالح"]]];
    const words = wordsOf(["المصالح", "الدرك"]);
    expect(findPhrases(words, phrases)).toEqual([{ index: 0, start: 0, end: words[1]!.end }]);
  });

  it("answers as trying each phrase in turn at each word does", () => {
    const vocabulary = ["مصالح", "المصالح", "الأمن", "أمن", "الوطني", "ولاية", "الدرك", "الملكي", "و", "في", "ملفا"];
    const cues = ["مصالح", "المصالح", "امن", "وطني", "ولايه", "درك", "ملكي", "ملف", "في"];
    const phrase = fc.array(fc.array(fc.constantFrom(...cues), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 });
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...vocabulary), { maxLength: 12 }), fc.array(phrase, { maxLength: 6 }), (text, phrases) => {
        const words = wordsOf(text);
        expect(findPhrases(words, phrases)).toEqual(naiveFind(words, phrases));
      }),
    );
  });

  it("tells which phrase of the list matches at a word, as trying each in turn does (phraseMatchAt)", () => {
    const vocabulary = ["مصالح", "المصالح", "الأمن", "أمن", "الوطني", "ولاية", "الدرك", "الملكي", "و", "في", "ملفا"];
    const cues = ["مصالح", "المصالح", "امن", "وطني", "ولايه", "درك", "ملكي", "ملف", "في"];
    const phrase = fc.array(fc.array(fc.constantFrom(...cues), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 });
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...vocabulary), { maxLength: 12 }), fc.array(phrase, { maxLength: 6 }), fc.integer({ min: -1, max: 13 }), (text, phrases, at) => {
        const words = wordsOf(text);
        const naive = at >= 0 && at < words.length ? phrases.findIndex((p) => phraseAt(words, at, p)) : -1;
        expect(phraseMatchAt(words, at, phrases)).toBe(naive);
      }),
    );
  });
});
