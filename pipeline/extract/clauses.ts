// Which words belong to which number. A number's clause runs, within its sentence, from the last clause mark
// (، , ؛ ; or a dash between spaces) before it to the first clause mark after it: "... 143 إنابة قضائية
// دولية، ونشر وتعميم 106 أوامر دولية بإلقاء القبض؛ وهو ما مكن من توقيف 119 مبحوثا عنهم" gives 106 the clause
// "ونشر وتعميم 106 أوامر دولية بإلقاء القبض". Between two figures with no mark between them, the words go to
// the first ("2169 مذكرة لتوقيف سريان الأبحاث الدولية و347 مذكرة ..."), up to a word opening with the
// conjunction و, which starts the second's clause ("توقيف 119 مبحوثا عنهم وتسليم 30 شخصا"). A colon does not
// cut: it joins a label to its number ("إسبانيا: 25%"). Years, dates and other non-figures do not cut either:
// "24 في المائة مقارنة مع سنة 2021" keeps its base year.
import type { NumberMention } from "../types/number-mention.ts";

export interface Span {
  start: number;
  end: number;
}

export interface Clause {
  /** From the cut before the number to its start. */
  before: Span;
  /** From the number's end to the cut after it. */
  after: Span;
}

const isFigure = (mention: NumberMention) => mention.kind === "number" || mention.kind === "percent";

/** Offsets of the clause marks of [start, end), in order. */
function clauseMarks(text: string, start: number, end: number): number[] {
  const marks: number[] = [];
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    // ، , ؛ ;
    if (c === 0x060c || c === 0x2c || c === 0x061b || c === 0x3b) marks.push(i);
    // - – — between spaces: a dash separating the items of a flattened table ("إسبانيا 31% - فرنسا 22%").
    else if ((c === 0x2d || c === 0x2013 || c === 0x2014) && text[i - 1] === " " && text[i + 1] === " ") marks.push(i);
  }
  return marks;
}

const isArabicLetter = (c: number) => c >= 0x0621 && c <= 0x064a;

/** Where a new coordinated clause starts in the gap [from, to) between two figures: its last word opening with و, else `to`. */
function conjunctionCut(text: string, from: number, to: number): number {
  for (let i = to - 2; i >= from; i--) {
    if (text.charCodeAt(i) === 0x0648 && (i === from || /\s/u.test(text[i - 1]!)) && isArabicLetter(text.charCodeAt(i + 1))) return i;
  }
  return to;
}

/**
 * The clause of each mention (in text order) of one sentence; a figure's clause stops at the neighbouring
 * figures, a non-figure's clause is its own span. Linear in the sentence's length.
 */
export function clausesOf(text: string, sentence: Span, mentions: readonly NumberMention[]): Clause[] {
  const marks = clauseMarks(text, sentence.start, sentence.end);
  let mark = 0;
  const figures = mentions.filter(isFigure);
  const clauseOf = new Map<NumberMention, Clause>();
  figures.forEach((mention, index) => {
    const previous = figures[index - 1];
    const next = figures[index + 1];
    while (mark < marks.length && marks[mark]! < mention.start) mark++;
    const lastMarkBefore = mark > 0 ? marks[mark - 1]! + 1 : sentence.start;
    let after = mark;
    while (after < marks.length && marks[after]! < mention.end) after++;
    const firstMarkAfter = after < marks.length ? marks[after]! : sentence.end;
    const markBefore = previous === undefined || lastMarkBefore > previous.end;
    const markAfter = next === undefined || firstMarkAfter < next.start;
    const beforeStart = markBefore ? lastMarkBefore : conjunctionCut(text, previous.end, mention.start);
    const afterEnd = markAfter ? firstMarkAfter : conjunctionCut(text, mention.end, next.start);
    clauseOf.set(mention, {
      before: { start: Math.min(beforeStart, mention.start), end: mention.start },
      after: { start: mention.end, end: Math.max(afterEnd, mention.end) },
    });
  });
  return mentions.map((mention) => clauseOf.get(mention) ?? { before: { start: mention.start, end: mention.start }, after: { start: mention.end, end: mention.end } });
}
