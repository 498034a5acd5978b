// The Arabic quantity recognizer: recognizeNumbers(text) → NumberMention[] (see recognize.ts for the span
// convention, digits.ts for the separator rule, words.ts for the grammar, lexicon/ for the word lists).
export { recognizeNormalised, recognizeNumbers } from "./recognize.ts";
export { recognizeInSource } from "./in-source.ts";
export { UnsafeNumberError } from "./unsafe.ts";
export { recognizeJsonLines, runNumbersCommand } from "./jsonl.ts";
