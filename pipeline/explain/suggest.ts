// Ready-to-paste catalogue entries and corrections for a number the pipeline cannot vouch for: what a reviewer
// adds so that the next run publishes it, or knows it is no figure.
import type { DoubtHint } from "../extract/reading.ts";
import { grammarWords } from "../extract/grammar-words.ts";
import type { AccountedMention } from "../types/mention.ts";

/** A word of the text as a catalogue cue: folded already; without its article and conjunctions and a case or plural ending. */
export function asCue(folded: string): string {
  let cue = folded;
  for (const prefix of ["وبال", "وال", "بال", "فال", "لل", "ال"]) {
    if (cue.startsWith(prefix) && cue.length - prefix.length >= 3) {
      cue = cue.slice(prefix.length);
      break;
    }
  }
  for (const suffix of ["ات", "ين", "ون", "ان", "ا"]) {
    if (cue.endsWith(suffix) && cue.length - suffix.length >= 3) return cue.slice(0, -suffix.length);
  }
  return cue;
}

const json = (value: unknown) => JSON.stringify(value, null, 0).replace(/,"/g, ', "').replace(/":/g, '": ');

/** The lines of advice for one mention held back or unaccounted. */
export function suggestions(mention: AccountedMention, hint: DoubtHint | undefined): string[] {
  const lines: string[] = [];
  const correction = (set: Record<string, unknown>) => json({ source_id: mention.source_id, text: mention.text, start: mention.start, set, reason: "…why (the institution's release, another source)…" });
  if (hint?.candidates?.length) {
    lines.push("to settle it, add one of these corrections to pipeline/catalogue/corrections.json:");
    for (const id of hint.candidates) lines.push(`  ${correction({ indicator_id: id })}`);
    lines.push("or make the cues of the wrong candidate more specific (context or exclude words) in pipeline/catalogue/indicators.json");
    return lines;
  }
  if (hint?.missing) {
    lines.push(`to publish it, say its ${hint.missing.replace("_", " ")} in a correction in pipeline/catalogue/corrections.json:`);
    lines.push(`  ${correction({ ...(mention.indicator_id && { indicator_id: mention.indicator_id }), [hint.missing]: "…YYYY, YYYY-H1 or YYYY-Q1…" })}`);
    return lines;
  }
  if (mention.status === "held_back") {
    lines.push("if one of the figures is wrong, correct it (or withhold it) in pipeline/catalogue/corrections.json, e.g.:");
    lines.push(`  ${correction({ value: mention.value })}`);
    lines.push(`  ${json({ source_id: mention.source_id, text: mention.text, start: mention.start, withhold: true, reason: "…why it is not a figure to publish…" })}`);
    return lines;
  }
  const counted = hint?.counted ? asCue(hint.counted) : undefined;
  const governor = hint?.governor && !grammarWords.not_counted.includes(hint.governor) ? asCue(hint.governor) : undefined;
  if (counted) {
    lines.push("to publish it, add this pattern to the \"cues\" of its indicator in pipeline/catalogue/indicators.json (or a new indicator):");
    lines.push(`  ${json({ counted: [counted], ...(governor && { context: [[governor]] }) })}`);
  }
  lines.push("if it is not a figure, add an ignore rule with a reason to pipeline/catalogue/ignore.json:");
  lines.push(`  ${json({ id: "…", reason: "…what the number is…", kinds: [mention.kind], ...(counted ? { followed_by: [counted] } : governor ? { preceded_by: [governor] } : {}) })}`);
  return lines;
}
