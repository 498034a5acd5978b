// Which words belong to which number. In a sentence with several numbers ("... 3 آلاف و362 مذكرة بحث ...،
// و380 إعلان بحث ...، بينما تم نشر ألفين و169 مذكرة ..."), the words between two numbers are cut at the last
// clause mark (، , ؛ ; :) between them: what comes before the mark describes the first number, what comes after
// it leads to the second. Without a mark, they all describe the first ("... الأبحاث الدولية و347 ...").
// Years never cut: "24 في المائة مقارنة مع سنة 2021" keeps its base year.
import type { NumberMention } from "../types/number-mention.ts";

export interface Segment {
  /** From the cut before the number to its start. */
  before: { start: number; end: number };
  /** From the number's end to the cut after it. */
  after: { start: number; end: number };
}

const clauseMarks = /[،,؛;:]/g;

function cutBetween(text: string, from: number, to: number): number {
  let cut = to;
  clauseMarks.lastIndex = 0;
  const between = text.slice(from, to);
  for (const match of between.matchAll(clauseMarks)) cut = from + match.index + 1;
  return cut;
}

/** The segment of each mention (in order) of one sentence [start, end); years are passed through as their own segments. */
export function segmentSentence(text: string, sentence: { start: number; end: number }, mentions: readonly NumberMention[]): Segment[] {
  const cutting = mentions.filter((mention) => mention.kind !== "year");
  const segmentOf = new Map<NumberMention, Segment>();
  cutting.forEach((mention, index) => {
    const previous = cutting[index - 1];
    const next = cutting[index + 1];
    const beforeStart = previous ? cutBetween(text, previous.end, mention.start) : sentence.start;
    const afterEnd = next ? cutBetween(text, mention.end, next.start) : sentence.end;
    segmentOf.set(mention, { before: { start: Math.min(beforeStart, mention.start), end: mention.start }, after: { start: mention.end, end: afterEnd } });
  });
  return mentions.map(
    (mention) => segmentOf.get(mention) ?? { before: { start: mention.start, end: mention.start }, after: { start: mention.end, end: mention.end } },
  );
}
