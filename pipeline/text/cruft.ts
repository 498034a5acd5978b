import { normalise } from "../arabic/normalise.ts";
import type { CruftRules } from "../types/catalogue-cruft.ts";
import type { LineSpan } from "./lines.ts";

export interface CruftLine extends LineSpan {
  rule: string;
}

/** A compiled cruft rule: does a normalised, trimmed line match it? */
type LineTest = { id: string; matches: (line: string) => boolean };

export function compileCruftRules(rules: CruftRules): LineTest[] {
  return rules.rules.map((rule) => {
    if (rule.line_pattern !== undefined) {
      const pattern = new RegExp(rule.line_pattern, "u");
      return { id: rule.id, matches: (line: string) => pattern.test(line) };
    }
    const lines = new Set((rule.line_equals ?? []).map((line) => normalise(line).text.trim()));
    return { id: rule.id, matches: (line: string) => lines.has(line) };
  });
}

/** The lines of `text` that a cruft rule sets aside, with the first rule that matched. */
export function findCruft(text: string, lines: readonly LineSpan[], rules: readonly LineTest[]): CruftLine[] {
  const cruft: CruftLine[] = [];
  for (const line of lines) {
    const content = normalise(text.slice(line.start, line.end)).text.trim();
    if (content === "") continue;
    const rule = rules.find((candidate) => candidate.matches(content));
    if (rule) cruft.push({ ...line, rule: rule.id });
  }
  return cruft;
}
