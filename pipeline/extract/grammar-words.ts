// The grammar words of pipeline/extract/grammar-words.json, checked against their schema once.
import { readFileSync } from "node:fs";
import { projectPath } from "../lib/paths.ts";
import { validateAgainst } from "../lib/schemas.ts";
import type { GrammarWords } from "../types/grammar-words.ts";
import { cuePhrase, type Phrase, phraseMatchAt } from "./phrases.ts";
import type { Word } from "./words.ts";

const file = projectPath("pipeline", "extract", "grammar-words.json");

export const grammarWords: GrammarWords = validateAgainst<GrammarWords>("grammar-words.schema.json", JSON.parse(readFileSync(file, "utf8")), file);

/** The adjectives of foreign nationality, masculine and feminine ("إسباني"، "إسبانية"): foreign_nationalities' forms. */
export const foreignNationalityForms: readonly string[] = grammarWords.foreign_nationalities.flatMap((adjective) => [adjective, `${adjective}ه`]);

/** A folded word without the conjunction و or ف written on it ("وهل" → "هل"), keeping at least two letters. */
export const withoutConjunction = (folded: string): string => folded.replace(/^[وف](?=..)/u, "");

/** A folded word without the preposition "لـ" joined to it ("لمذكرات" → "مذكرات"), when a noun of three letters or more follows it. */
export const withoutLam = (folded: string): string => folded.replace(/^ل(?!ل)(?=\p{L}{3})/u, "");

/** The phrases that open a clause on its topic ("على مستوى", "بخصوص", "أما"; topic_openers), one list for every reader. */
export const topicOpenerPhrases: readonly Phrase[] = grammarWords.topic_openers.map(cuePhrase);

/** Whether a topic phrase starts at word `at` ("وعلى مستوى ميناء …"، "فيما يتعلق بالأوامر …"). */
export const topicOpensAt = (words: readonly Word[], at = 0): boolean => phraseMatchAt(words, at, topicOpenerPhrases) >= 0;
