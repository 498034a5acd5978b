// The invented article of tests/fixtures/new-source, added to a raw folder as the README's "Adding a source"
// says: its text as it is, and its metadata with the day it was retrieved.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "./pipeline.ts";

export const newSourceDir = join(repoRoot, "tests", "fixtures", "new-source");
export const newSourceId = "invented-annual-results";
/** The year the fixture is written for; `addNewSource` can move it to another. */
export const newSourceYear = "2023";

/**
 * Writes <raw>/invented-annual-results.txt and .source.json. `year` replaces the fixture's year everywhere (its
 * figures hold no other year, so no figure depends on another year's); `retrieved` is the metadata's date.
 */
export function addNewSource(raw: string, options: { year?: string; retrieved: string | null }): void {
  const year = options.year ?? newSourceYear;
  const read = (suffix: string) => readFileSync(join(newSourceDir, `${newSourceId}${suffix}`), "utf8").replaceAll(newSourceYear, year);
  writeFileSync(join(raw, `${newSourceId}.txt`), read(".txt"));
  const metadata = { ...JSON.parse(read(".source.json")), retrieved: options.retrieved };
  writeFileSync(join(raw, `${newSourceId}.source.json`), `${JSON.stringify(metadata, null, 2)}\n`);
}

/**
 * A year no source of `raw` mentions or describes: the year before the earliest one its texts and metadata
 * write. An invented article of that year cannot contradict a real source, however many are added.
 */
export function unmentionedYear(raw: string): string {
  const westernDigits = (text: string) => text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) & 0xf));
  const years = readdirSync(raw)
    .filter((name) => name.endsWith(".txt") || name.endsWith(".source.json"))
    .flatMap((name) => westernDigits(readFileSync(join(raw, name), "utf8")).match(/(?<!\d)(?:19|20)\d\d(?!\d)/g) ?? [])
    .map(Number);
  return String(Math.min(...years, Number(newSourceYear) + 1) - 1);
}
