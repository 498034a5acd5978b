// What the README sheet says, line by line, in English, French and Arabic: the dataset's title, version,
// description and what the data covers (sentences generated from the data, as on the page), how to cite it,
// its licence and the rights of the quoted text, its known limits, its sheets, its sources and the column
// dictionary. Interface text comes from the message tables (i18n/), labels from the catalogue and the table
// schemas. readme-sheet.ts lays the lines out.
import { type Lang, languages, type Trilingual } from "../i18n/languages.ts";
import { text } from "../i18n/messages.ts";
import { dateLabel, periodLabel } from "../i18n/periods.ts";
import { coverageSentences, sourceLimits } from "../reader/coverage.ts";
import type { ReaderSource } from "../reader/data.ts";
import type { WorkbookInput } from "../xlsx.ts";
import { rowCount } from "./rows.ts";
import { BY_PERIOD_SHEET, README_SHEET } from "./sheet.ts";

/** A text in one language: its label (shown in bold on the first line of the cell), then the text. */
export interface Labelled {
  label?: string;
  text?: string;
}

/**
 * title: one language's title across the sheet; languages: the name of each language over its column;
 * heading: a section, its identifier columns named in `key` and `detail`; table: a table's title in the
 * column dictionary; item: one row of a section; link: an address under the item it belongs to.
 */
export type ReadmeLine =
  | { kind: "title"; lang: Lang; text: string }
  | { kind: "blank" }
  | { kind: "languages" }
  | { kind: "heading" | "table" | "item"; key: string | null; detail: string | number | null; texts: Record<Lang, Labelled> }
  | { kind: "link"; url: string };

const each = (make: (lang: Lang) => Labelled): Record<Lang, Labelled> => ({ en: make("en"), fr: make("fr"), ar: make("ar") });

function fact(lang: Lang, label: string, value: string | null): string {
  return text(lang, "workbook.fact", { label, value: value === null || value.trim() === "" ? text(lang, "unknown") : value });
}

function sourceText(lang: Lang, s: ReaderSource): Labelled {
  const date = (value: string | null) => (value === null ? null : dateLabel(lang, value));
  const facts = [
    fact(lang, text(lang, "source.publisher"), s.publisher),
    fact(lang, text(lang, "source.author"), s.author),
    fact(lang, text(lang, "source.published"), date(s.published)),
    fact(lang, text(lang, "source.retrieved"), date(s.retrieved)),
    fact(lang, text(lang, "source.period"), periodLabel(lang, s.reference_period)),
    fact(lang, text(lang, "source.licence"), s.licence),
    ...(s.notes ? [fact(lang, text(lang, "source.notes"), s.notes)] : []),
  ];
  const title = s.title === null || s.title.trim() === "" ? text(lang, "source.untitled") : s.title;
  return { label: title, text: facts.join(text(lang, "list.separator")) };
}

function aboutLines(input: WorkbookInput): ReadmeLine[] {
  const version = (lang: Lang) =>
    input.date === null ? text(lang, "card.version", { version: input.version }) : text(lang, "card.version_dated", { version: input.version, date: dateLabel(lang, input.date) });
  const licence = (lang: Lang) => text(lang, "cite.licence", { licence: input.licence.title, code: input.licence.name });
  // Worked out once per language: a row of the sheet is written for each limit.
  const limitLists = new Map<Lang, string[]>();
  const limits = (lang: Lang): string[] => {
    let list = limitLists.get(lang);
    if (!list) limitLists.set(lang, (list = [...input.limits.map((limit) => limit[lang]), ...sourceLimits(lang, input.data)].map((limit) => `• ${limit}`)));
    return list;
  };
  const item = (key: string | null, make: (lang: Lang) => Labelled): ReadmeLine => ({ kind: "item", key, detail: null, texts: each(make) });
  // One limit per row: a row is at most 409 points tall in Excel, and the limits of a growing dataset add up.
  const limitCount = limits("en").length;
  return [
    item("version", (lang) => ({ text: version(lang) })),
    item("description", (lang) => ({ label: text(lang, "about.title"), text: `${input.description[lang]}\n${coverageSentences(lang, input.data).join(" ")}` })),
    item("citation", (lang) => ({ label: text(lang, "cite.title"), text: input.citation })),
    item("licence", (lang) => ({ label: text(lang, "workbook.licence_title"), text: licence(lang) })),
    { kind: "link", url: input.licence.path },
    item("rights", (lang) => ({ text: input.rights[lang] })),
    ...Array.from({ length: limitCount }, (_, index) =>
      item(index === 0 ? "limits" : null, (lang) => (index === 0 ? { label: text(lang, "about.limits"), text: limits(lang)[index]! } : { text: limits(lang)[index]! })),
    ),
  ];
}

function sheetLines(input: WorkbookInput, byPeriodRows: number): ReadmeLine[] {
  const item = (key: string, rows: number | null, make: (lang: Lang) => Labelled): ReadmeLine => ({ kind: "item", key, detail: rows, texts: each(make) });
  return [
    { kind: "heading", key: "sheet", detail: "rows", texts: each((lang) => ({ label: text(lang, "workbook.sheets_title"), text: text(lang, "workbook.sheets_intro") })) },
    item(README_SHEET, null, (lang) => ({ label: text(lang, "workbook.readme_title"), text: text(lang, "workbook.readme_description") })),
    item(BY_PERIOD_SHEET, byPeriodRows, (lang) => ({ label: text(lang, "table.title"), text: text(lang, "workbook.by_period_description") })),
    ...input.tables.map((table) => item(table.name, rowCount(table.rows), (lang) => ({ label: table.title[lang], text: table.description[lang] }))),
  ];
}

function sourceLines(input: WorkbookInput): ReadmeLine[] {
  const { sources } = input.data;
  const heading: ReadmeLine = {
    kind: "heading",
    key: "source_id",
    detail: "published",
    texts: each((lang) => ({ label: text(lang, "source.title", { count: sources.length }), ...(sources.length === 0 ? { text: text(lang, "source.none") } : {}) })),
  };
  return [
    heading,
    ...sources.flatMap((s): ReadmeLine[] => [
      { kind: "item", key: s.source_id, detail: s.published, texts: each((lang) => sourceText(lang, s)) },
      ...(s.url === null ? [] : [{ kind: "link" as const, url: s.url }]),
    ]),
  ];
}

function dictionaryLines(input: WorkbookInput): ReadmeLine[] {
  const titled = (title: Trilingual, description?: Trilingual) => each((lang) => ({ label: title[lang], ...(description ? { text: description[lang] } : {}) }));
  return [
    { kind: "heading", key: "column", detail: "type", texts: each((lang) => ({ label: text(lang, "workbook.dictionary_title"), text: text(lang, "workbook.dictionary_intro") })) },
    ...input.tables.flatMap((table): ReadmeLine[] => [
      { kind: "table", key: table.name, detail: null, texts: titled(table.title) },
      ...table.fields.map((field): ReadmeLine => ({ kind: "item", key: field.name, detail: field.type, texts: titled(field.title, field.description) })),
    ]),
  ];
}

/** Every line of the README sheet, in order; `byPeriodRows` is the number of rows of the sheet of indicators by period. */
export function readmeLines(input: WorkbookInput, byPeriodRows: number): ReadmeLine[] {
  const blank: ReadmeLine = { kind: "blank" };
  return [
    ...languages.map((lang): ReadmeLine => ({ kind: "title", lang, text: input.title[lang] })),
    blank,
    { kind: "languages" },
    ...aboutLines(input),
    blank,
    ...sheetLines(input, byPeriodRows),
    blank,
    ...sourceLines(input),
    blank,
    ...dictionaryLines(input),
  ];
}
