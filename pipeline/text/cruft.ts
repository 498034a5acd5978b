import { type CompactNormalised, normaliseCompact, normaliseLine } from "../arabic/normalise.ts";
import type { CruftRules } from "../types/catalogue-cruft.ts";
import type { LineSpan } from "./lines.ts";

export interface CruftLine extends LineSpan {
  rule: string;
}

/** A compiled cruft rule: does a normalised, trimmed line match it, and does it head a block? */
type LineTest = { id: string; matches: (line: LineContent) => boolean; startsBlock: boolean; closesBlock: boolean; endsArticle: boolean };

/** The closing marks of a heading: a run of colons or ellipses, or of three full stops or more. */
const closingMarks = ":：…";

/** The end of `line` without its trailing run of `marks` (at least `least` of them), or its length when there is none. */
function endWithout(line: string, isMark: (c: string) => boolean, least: number): number {
  let end = line.length;
  while (end > 0 && isMark(line[end - 1]!)) end--;
  return line.length - end >= least ? end : line.length;
}

/**
 * A heading as pages write it, with or without a closing colon or ellipsis ("مواضيع ذات صلة:"): the line
 * without its closing marks (/\s*[:：…]+$|\s*\.{3,}$/u: the white space before them goes with the trimming), trimmed.
 */
function headingText(line: string): string {
  const last = line.at(-1) ?? "\n";
  if (closingMarks.includes(last)) return line.slice(0, endWithout(line, (c) => closingMarks.includes(c), 1)).trim();
  if (last === ".") return line.slice(0, endWithout(line, (c) => c === ".", 3)).trim();
  return line.trim();
}

/** A line's content as the rules read it, its heading text worked out once for all the rules that ask. */
class LineContent {
  private heading: string | undefined;
  /** `others`: the text's other non-empty lines, normalised and trimmed (a copy of one is cruft for copy_then). */
  constructor(
    readonly text: string,
    readonly others: readonly string[] = [],
  ) {}
  headingText(): string {
    return (this.heading ??= headingText(this.text));
  }
}

export function compileCruftRules(rules: CruftRules): LineTest[] {
  return rules.rules.map((rule) => {
    const startsBlock = rule.starts_block === true;
    const closesBlock = rule.closes_block === true;
    const endsArticle = rule.ends_article === true;
    if (rule.line_pattern !== undefined) {
      const pattern = new RegExp(rule.line_pattern, "u");
      return { id: rule.id, startsBlock, closesBlock, endsArticle, matches: (line: LineContent) => pattern.test(line.text) };
    }
    if (rule.copy_then !== undefined) {
      const rest = new RegExp(rule.copy_then, "u");
      const copies = (line: LineContent, other: string) => other.length >= shortestCopied && line.text.length > other.length && line.text.startsWith(other) && rest.test(line.text.slice(other.length));
      return { id: rule.id, startsBlock, closesBlock, endsArticle, matches: (line: LineContent) => line.others.some((other) => copies(line, other)) };
    }
    const lines = new Set((rule.line_equals ?? []).map((line) => headingText(normaliseCompact(line).text.trim())));
    return { id: rule.id, startsBlock, closesBlock, endsArticle, matches: (line: LineContent) => lines.has(line.headingText()) };
  });
}

/**
 * The lines of `text` that a cruft rule sets aside, with the first rule that matched; a rule that heads a
 * block also sets aside the lines under it, up to the first empty line; one that closes a block, the lines above
 * it, up to the last empty line or line of cruft; one that ends the article (after a line of its prose), every line
 * after it. `normalised`: the whole text's normalisation (ingest has it), which gives the lines it kept as written.
 */
export function findCruft(text: string, lines: readonly LineSpan[], rules: readonly LineTest[], normalised: CompactNormalised = normaliseCompact(text)): CruftLine[] {
  const ruleOf: (string | null)[] = lines.map(() => null);
  let block: string | null = null;
  let after: string | null = null;
  let prose = false;
  let blockStart = 0;
  const contents = lines.map((line) => normaliseLine(text, normalised, line).trim());
  const filled = contents.filter((content) => content !== "");
  // A live blog: its updates, each opening on its time, stand on both sides of an embedded post's reactions.
  const updates = contents.flatMap((content, index) => (liveUpdate.test(content) ? [index] : []));
  const goesOn = (index: number) => updates.filter((u) => u < index).length >= liveUpdatesBefore && updates.some((u) => u > index);
  for (const [index, content] of contents.entries()) {
    if (after !== null) {
      if (content !== "") ruleOf[index] = after;
      continue;
    }
    if (content === "") {
      block = null;
      blockStart = index + 1;
      continue;
    }
    const read = new LineContent(content, filled);
    const rule = rules.find((candidate) => candidate.matches(read));
    // Inside a block, a heading that ends the article only names it: a table of contents' "4 المراجع".
    if (rule?.endsArticle && block !== null) {
      ruleOf[index] = block;
    } else if (rule) {
      ruleOf[index] = rule.id;
      if (rule.closesBlock) for (let above = blockStart; above < index; above++) ruleOf[above] ??= rule.id;
      // A line of cruft ends the block above it too: a comment's reactions close the comment from the line after the
      // last cruft line ("التعليقات:", the post's own reactions), not from the post's text above them.
      blockStart = index + 1;
      block = rule.startsBlock ? rule.id : null;
      // Only after the article's prose: at the top of a page, "تعليقات (12)" is a count beside the byline. Nor
      // before a live blog's next update ("14:20 | …" under an embedded post's reactions): the article goes on.
      if (rule.endsArticle && prose && !goesOn(index)) after = rule.id;
    } else if (block !== null) {
      ruleOf[index] = block;
    }
    if (!rule && block === null && content.length >= proseLine) prose = true;
  }
  return lines.flatMap((line, index) => (ruleOf[index] === null ? [] : [{ ...line, rule: ruleOf[index]! }]));
}

/** How many of a live blog's updates stand above a line for the page to be one (not a list of the latest news under an article). */
const liveUpdatesBefore = 2;

/** A live blog's update line: its time, then a bar or a dash ("14:20 | سؤال من القارئ …"). */
const liveUpdate = /^\d{1,2}:\d{2}\s*[|–—-]\s*\S/u;

/** How long a line must be for another line that starts with it to be its copy (copy_then): a headline, not a word. */
const shortestCopied = 20;

/** A line this long that no rule sets aside is the article's prose (a paragraph, not a byline or a menu). */
const proseLine = 120;
