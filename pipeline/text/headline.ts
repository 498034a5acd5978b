// The text's headline: the line that repeats the source's title ("أزيد من 7500 ملف و170 إنابة قضائية.. حصيلة …").
// A headline rounds as a writer does in short, so a count on it may restate the body's exact figure (the catalogue's
// rounding rule headline_count).
import type { LineSpan } from "./lines.ts";

/** How far into the text the headline may stand: after a site's menu and breadcrumbs, not in the body. */
const headlineReach = 4000;

/** The first line whose words are the title's (spaces and marks around them aside), or undefined. */
export function headlineLine(text: string, title: string | null): LineSpan | undefined {
  const wanted = title === null ? "" : squeeze(title);
  if (wanted.length === 0) return undefined;
  let start = 0;
  while (start < text.length && start <= headlineReach) {
    const newline = text.indexOf("\n", start);
    const end = newline < 0 ? text.length : newline;
    if (squeeze(text.slice(start, end)) === wanted) return { start, end };
    start = end + 1;
  }
  return undefined;
}

/** A line's words alone: runs of spaces as one, no marks at either end. */
const squeeze = (line: string) => line.replace(/\s+/gu, " ").replace(/^[\s#*"«»“”'-]+|[\s#*"«»“”'-]+$/gu, "");
