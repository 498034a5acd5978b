import { normaliseCompact } from "../arabic/normalise.ts";
import type { CruftRules } from "../types/catalogue-cruft.ts";
import type { LineSpan } from "./lines.ts";

export interface CruftLine extends LineSpan {
  rule: string;
}

/** A compiled cruft rule: does a normalised, trimmed line match it, and does it head a block? */
type LineTest = { id: string; matches: (line: string) => boolean; startsBlock: boolean; endsArticle: boolean };

const closingMarks = /\s*[:：…]+$|\s*\.{3,}$/u;

/**
 * A heading as pages write it, with or without a closing colon or ellipsis ("مواضيع ذات صلة:"). The pattern is
 * tried only on a line ending with one of its marks: tried from every position of every line of every source,
 * it cost more than the rest of finding the cruft.
 */
const headingText = (line: string) => (":：….".includes(line.at(-1) ?? "\n") ? line.replace(closingMarks, "") : line).trim();

export function compileCruftRules(rules: CruftRules): LineTest[] {
  return rules.rules.map((rule) => {
    const startsBlock = rule.starts_block === true;
    const endsArticle = rule.ends_article === true;
    if (rule.line_pattern !== undefined) {
      const pattern = new RegExp(rule.line_pattern, "u");
      return { id: rule.id, startsBlock, endsArticle, matches: (line: string) => pattern.test(line) };
    }
    const lines = new Set((rule.line_equals ?? []).map((line) => headingText(normaliseCompact(line).text.trim())));
    return { id: rule.id, startsBlock, endsArticle, matches: (line: string) => lines.has(headingText(line)) };
  });
}

/**
 * The lines of `text` that a cruft rule sets aside, with the first rule that matched; a rule that heads a
 * block also sets aside the lines under it, up to the first empty line; one that ends the article (after a line
 * of its prose), every line after it.
 */
export function findCruft(text: string, lines: readonly LineSpan[], rules: readonly LineTest[]): CruftLine[] {
  const cruft: CruftLine[] = [];
  let block: string | null = null;
  let after: string | null = null;
  let prose = false;
  for (const line of lines) {
    const content = normaliseCompact(text.slice(line.start, line.end)).text.trim();
    if (after !== null) {
      if (content !== "") cruft.push({ ...line, rule: after });
      continue;
    }
    if (content === "") {
      block = null;
      continue;
    }
    const rule = rules.find((candidate) => candidate.matches(content));
    if (rule) {
      cruft.push({ ...line, rule: rule.id });
      block = rule.startsBlock ? rule.id : null;
      // Only after the article's prose: at the top of a page, "تعليقات (12)" is a count beside the byline.
      if (rule.endsArticle && prose) after = rule.id;
    } else if (block !== null) {
      cruft.push({ ...line, rule: block });
    }
    if (!rule && block === null && content.length >= proseLine) prose = true;
  }
  return cruft;
}

/** A line this long that no rule sets aside is the article's prose (a paragraph, not a byline or a menu). */
const proseLine = 120;
