// Numbers the layout of a text shows are no figures: the number of an item of a list at the start of its line
// ("3- نشر وتعميم 84 أمرا …", "1. …", "٢) …", "(1) …"), a footnote's marker ("[1]", or "الإنابات القضائية (1)"
// when a line of the text opens with "(1)"), and a dual adjective agreeing with the dual before it ("شخصين أجنبيين":
// two persons, foreign; one figure, not two), the Moroccan Arabic classifier "واحد" after a number ("25 واحد"), a
// number written again in parentheses in the other form ("(128) مائة وثمان وعشرين": read once, then restating it,
// written-again.ts), and the options of a multiple-choice question ("أ) 119⏎ب) 131": quiz-options.ts).
import { writtenAgainOf, writtenAgainReason } from "./written-again.ts";
import { quizOption } from "./quiz-options.ts";
import { LineIndex } from "../lib/text-position.ts";
import { lineAbove } from "../text/lines.ts";
import type { NumberMention } from "../types/number-mention.ts";
import { foldWord } from "../arabic/normalise.ts";
import { wordMatchesAny } from "./cue-match.ts";
import { grammarWords } from "./grammar-words.ts";

const listNumber = /^[ \t]*$/u;
/** "واحد" after a number written in digits counts persons in Moroccan Arabic ("25 واحد مطلوبين"). */
const classifiers = /^(واحد|وحدين)$/u;
const afterListNumber = /^\s?[.)\-–]\s/u;

/**
 * A footnote's marker or its note: "[1]" or "[^1]" anywhere (prose holds no count in square brackets alone), "(1)" right
 * after a word, or at the start of a line, when a line of the text opens with it.
 */
function isFootnoteMarker(text: string, mention: NumberMention): boolean {
  if (mention.kind !== "number" || mention.form !== "digits" || mention.end - mention.start > 2) return false;
  // "[1]", or markdown's "[^1]" ("16[^1] شخصا").
  if ((text[mention.start - 1] === "[" || text.slice(mention.start - 2, mention.start) === "[^") && text[mention.end] === "]") return true;
  if (text[mention.start - 1] !== "(" || text[mention.end] !== ")") return false;
  const marker = text.slice(mention.start - 1, mention.end + 1);
  return footnoteLine(marker).test(text);
}

const footnoteLines = new Map<string, RegExp>();

function footnoteLine(marker: string): RegExp {
  let pattern = footnoteLines.get(marker);
  if (!pattern) {
    pattern = new RegExp(`^[ \t]*${marker.replace(/[()]/gu, "\\$&")}`, "mu");
    footnoteLines.set(marker, pattern);
  }
  return pattern;
}

/** A line opening with a number and a separator: "3- …", "143 – إنابة …". */
const numberedLine = /^[ \t]*([0-9]+)\s?[.)\-–]\s/gmu;

/** Numbered lines further apart than this many lines belong to different lists. */
const listGap = 3;

/** The texts' numbered lines that open with a figure, by line start: worked out once per text (the last one asked). */
let figureLinesOf: { text: string; starts: Set<number> } | undefined;

/**
 * Whether the numbered line starting at `lineStart` opens with a figure rather than an item's number: it belongs
 * to a run of two or more numbered lines whose numbers do not go up one by one ("5800 – ملف"، "5 – عمليات"، "143 –
 * إنابة" under "الرقم – الدلالة"). A list numbers its items 1, 2, 3…; a line alone keeps being read as an item.
 */
function isFigureLine(text: string, lineStart: number): boolean {
  if (figureLinesOf?.text !== text) figureLinesOf = { text, starts: figureLineStarts(text) };
  return figureLinesOf.starts.has(lineStart);
}

function figureLineStarts(text: string): Set<number> {
  const index = new LineIndex(text);
  const lines = [...text.matchAll(numberedLine)].map((m) => ({ start: m.index!, value: Number(m[1]), line: index.position(m.index!).line }));
  const starts = new Set<number>();
  let run: typeof lines = [];
  const close = () => {
    const oneByOne = run.every((l, i) => i === 0 || l.value === run[i - 1]!.value + 1);
    // A crossword's clues under "أفقيا:" (1, 5, 8…) skip numbers, from 1 up: items all the same.
    const fromOneUp = run[0]?.value === 1 && run.every((l, i) => i === 0 || l.value > run[i - 1]!.value);
    if (run.length >= 2 && !oneByOne && !fromOneUp) for (const l of run) starts.add(l.start);
    run = [];
  };
  for (const line of lines) {
    // A heading ending with a colon between two numbered lines ("عموديا:") starts another list.
    const between = run.length > 0 ? text.slice(run.at(-1)!.start, line.start).split("\n").slice(1).some((l) => /[:：][^\S\n]*$/u.test(l)) : false;
    // A line numbered 1 after a higher number starts another list ("… 8- التكوين" then a teaser list "1. …⏎2. …").
    const restarts = run.length > 0 && line.value === 1 && run.at(-1)!.value > 1;
    if (run.length > 0 && (line.line - run.at(-1)!.line > listGap || between || restarts)) close();
    run.push(line);
  }
  close();
  return starts;
}

/** How many lines apart two items numbered by keycaps may open: an item's value, then its words on the next line, then an empty line ("1️⃣ 4677⏎ملفا …⏎⏎2️⃣ 131"). */
const keycapItemLines = 4;

/** Whether the line starting at `at` opens with the keycap of digit `value`, then a space. */
const opensOnKeycap = (text: string, at: number, value: number) => at >= 0 && new RegExp(`^[ \\t]*${value}\\uFE0F?\\u20E3[ \\t]`, "u").test(text.slice(at, at + 8));

/**
 * A single keycap opening its line, when the line before or after opens on the keycap before or after it ("1️⃣
 * الملفات المعالجة: 7480⏎2️⃣ الإنابات …"): an item's number, as "1." is; not "1️⃣4️⃣3️⃣ إنابة" (several keycaps).
 */
function isKeycapBullet(text: string, mention: NumberMention, lineStart: number): boolean {
  // The mention is the keycap's digit, with or without the keycap (normalise.ts keeps one before a space, out of the mention).
  const written = /^[0-9]\uFE0F?\u20E3/u.exec(text.slice(mention.start, mention.start + 3))?.[0];
  if (!written || !written.startsWith(mention.text) || !listNumber.test(text.slice(lineStart, mention.start)) || !/^[ \t]/u.test(text.charAt(mention.start + written.length))) return false;
  return nearbyLines(text, lineStart, keycapItemLines).some(({ start, direction }) => opensOnKeycap(text, start, mention.value + direction));
}

/** The starts of the lines up to `reach` lines below (direction 1) and above (direction −1) the line at `lineStart`. */
function nearbyLines(text: string, lineStart: number, reach: number): Array<{ start: number; direction: 1 | -1 }> {
  const lines: Array<{ start: number; direction: 1 | -1 }> = [];
  for (let next = text.indexOf("\n", lineStart), k = 1; next >= 0 && k <= reach; next = text.indexOf("\n", next + 1), k++) lines.push({ start: next + 1, direction: 1 });
  for (let above = lineAbove(text, lineStart), k = 1; above !== undefined && k <= reach; above = lineAbove(text, above.start), k++) lines.push({ start: above.start, direction: -1 });
  return lines;
}

/** A small number between one word opening its line and a colon: a transcript's voice ("صوت 1:"), an item's label. */
const labelNumber = (text: string, mention: NumberMention, lineStart: number) =>
  mention.kind === "number" && mention.form === "digits" && mention.value <= 20 && /^[ \t]*\p{L}+[ \t]*$/u.test(text.slice(lineStart, mention.start)) && /^[ \t]*[:：]/u.test(text.slice(mention.end, mention.end + 3));

/** Why a mention is set aside before the sentence is read, or undefined when it is read. */
function setAsideReason(text: string, mention: NumberMention, previous: NumberMention | undefined, next: NumberMention | undefined): string | undefined {
  const again = writtenAgainOf(text, mention, previous, next);
  if (again) return `${writtenAgainReason} («${again.text}»)`;
  const lineStart = text.lastIndexOf("\n", mention.start - 1) + 1;
  // An item has words: "86 – 93 – 101" is a chart's values, not an item 86.
  const lineEnd = text.indexOf("\n", mention.end);
  const hasWords = /\p{L}/u.test(text.slice(mention.end, lineEnd < 0 ? text.length : lineEnd));
  if (mention.kind === "number" && mention.form === "digits" && hasWords && listNumber.test(text.slice(lineStart, mention.start)) && afterListNumber.test(text.slice(mention.end, mention.end + 3))) {
    if (!isFigureLine(text, lineStart)) return "the number of an item of a list, at the start of its line";
  }
  if (labelNumber(text, mention, lineStart)) return "the number in a label opening its line («صوت 1:», «الضيف 2:»): a voice's or an item's, no figure";
  if (isKeycapBullet(text, mention, lineStart)) return "the number of an item of a list, a keycap opening its line and numbered with the lines around it («1️⃣ …⏎2️⃣ …»)";
  const series = ofSeries(text, mention, previous, next);
  if (series) return `${series.total ? "the number of a numbered series" : "the number of one of a numbered series"} («${series.quote}»), no figure`;
  const option = quizOption(text, mention);
  if (option) return option;
  if (isFootnoteMarker(text, mention)) return "a footnote's marker («[1]», or «(1)» when a line of the text opens with it)";
  if (previous && mention.form === "dual" && previous.form === "dual" && text.slice(previous.end, mention.start).trim() === "") {
    return `a dual adjective agreeing with «${previous.text}» before it: one figure with it`;
  }
  // "📦 2⏎عمليتا تسليم مراقب": a dual after the number 2 is the noun it counts, in the construct form.
  if (previous && previous.form !== "dual" && previous.value === 2 && mention.form === "dual" && text.slice(previous.end, mention.start).trim() === "") {
    return `the dual noun «${mention.text}» after «${previous.text}» is what it counts: one figure with it`;
  }
  // After a number in words too ("ميا و ربعين واحد": without "و", واحد adds nothing to it).
  if (previous && previous.form !== "dual" && previous.value > 1 && mention.form === "words" && classifiers.test(mention.text) && text.slice(previous.end, mention.start).trim() === "") {
    return `the Moroccan Arabic classifier after «${previous.text}» ("25 واحد", twenty-five persons), not the number one`;
  }
  return undefined;
}

/** "من" alone between two numbers: "1 من 4". */
const outOf = /^[^\S\n]+من[^\S\n]+$/u;

/** The word right before `at`, folded, if any on its line. */
const wordBefore = (text: string, at: number) => {
  const found = /(\p{L}+)[^\S\n]+$/u.exec(text.slice(Math.max(0, at - 24), at));
  return found ? foldWord(found[1]!) : undefined;
};

/**
 * "الصورة 1 من 4: الملفات", "الحلقة 3 من 10": the number of one of a numbered series (grammar-words series_labels)
 * and the number of the series after "من", or undefined.
 */
function ofSeries(text: string, mention: NumberMention, previous: NumberMention | undefined, next: NumberMention | undefined): { total: boolean; quote: string } | undefined {
  const labelled = (m: NumberMention) => m.form === "digits" && wordMatchesAny(wordBefore(text, m.start) ?? "", grammarWords.series_labels);
  if (next && outOf.test(text.slice(mention.end, next.start)) && labelled(mention)) return { total: false, quote: text.slice(mention.start, next.end) };
  if (previous && outOf.test(text.slice(previous.end, mention.start)) && labelled(previous)) return { total: true, quote: text.slice(previous.start, mention.end) };
  return undefined;
}

/** The mentions of a sentence that its layout sets aside, with the reason. */
export function setAside(text: string, mentions: readonly NumberMention[]): Map<NumberMention, string> {
  const reasons = new Map<NumberMention, string>();
  mentions.forEach((mention, index) => {
    const reason = setAsideReason(text, mention, mentions[index - 1], mentions[index + 1]);
    if (reason) reasons.set(mention, reason);
  });
  return reasons;
}
