// The data cards (README.md, README.fr.md, README.ar.md) rendered from fixtures: the words that depend on
// the data are generated from it, numbers follow each language, every source field is escaped.
import { describe, expect, it } from "vitest";
import { renderDataCard, renderDataCards } from "../../pipeline/publish/data-card.ts";
import type { DataCardInput } from "../../pipeline/publish/data-card.ts";
import { escapeInline } from "../../pipeline/publish/data-card/markdown.ts";
import { type Lang, languages } from "../../pipeline/publish/i18n/languages.ts";
import type { ReaderData } from "../../pipeline/publish/reader/data.ts";
import { tableTitles } from "../../pipeline/publish/table-schemas.ts";
import { catalogue, HOSTILE_LABEL, readerFixture, withBreakdown, withHostileLabels } from "../fixtures/page-input.ts";
import { HOSTILE } from "../fixtures/published-output.ts";

function input(data: ReaderData, chartPath: string | null = "chart.svg"): DataCardInput {
  return {
    catalogue,
    stamp: { version: "1.2.0", date: "2026-12-02" },
    data,
    tableTitles: tableTitles(),
    citation: `dgsn-open-data (2026). ${catalogue.dataset.title.en}, version 1.2.0 [Data set].`,
    files: [
      { path: "observations.csv", bytes: 13351 },
      { path: "excel/observations.csv", bytes: 13350 },
      { path: "dgsn-international-cooperation-1.2.0.xlsx", bytes: 24052 },
    ],
    chartPath,
  };
}

const onePeriod = readerFixture("one-period");
const series = readerFixture("series");
const card = (data: ReaderData, lang: Lang = "en") => renderDataCard(input(data), lang);

/** The lines of a section ("## Title" up to the next "## "). */
function sectionOf(markdown: string, heading: string): string {
  const start = markdown.indexOf(`\n## ${heading}`);
  if (start < 0) throw new Error(`no section ${heading}`);
  const end = markdown.indexOf("\n## ", start + 4);
  return markdown.slice(start, end < 0 ? undefined : end);
}

/** Rows of the first markdown table of a text, as cells (split on unescaped pipes). */
function tableRows(markdown: string): string[][] {
  return markdown
    .split("\n")
    .filter((line) => line.startsWith("| "))
    .map((line) => line.slice(2, -2).split(/(?<!\\) \| /));
}

describe("renderDataCards", () => {
  it("writes one card per language, each linking to the others; the Arabic one right to left", () => {
    const cards = renderDataCards(input(onePeriod));
    expect([...cards.keys()]).toEqual(["README.md", "README.fr.md", "README.ar.md"]);
    expect(cards.get("README.md")).toContain("**English** · [Français](README.fr.md) · [العربية](README.ar.md)");
    expect(cards.get("README.ar.md")).toMatch(/^<div dir="rtl" lang="ar">\n\n# المديرية العامة للأمن الوطني/);
    expect(cards.get("README.ar.md")).toMatch(/\n\n<\/div>\n$/);
    expect(cards.get("README.fr.md")).toMatch(/^# Police nationale marocaine/);
  });

  it("is the same string whatever the clock, time zone or locale of the machine (Intl with explicit locales)", () => {
    expect(card(series, "ar")).toBe(card(structuredClone(series), "ar"));
  });
});

describe("words that stay true", () => {
  it("says how many sources, which periods and whether there is a series, from the data", () => {
    expect(sectionOf(card(onePeriod), "About the data")).toContain("The figures come from 1 source. They are all for 2022. There is no time series yet: each indicator has figures for one period only.");
    expect(sectionOf(card(series), "About the data")).toContain("The figures come from 5 sources. They cover 5 periods, from 2020 to 2022. 5 indicators have figures for more than one period.");
    expect(sectionOf(card(series, "fr"), "À propos des données")).toContain("Ils couvrent 5 périodes, de 2020 à 2022.");
    expect(sectionOf(card(onePeriod, "ar"), "عن البيانات")).toContain("تأتي الأرقام من مصدر واحد. وكلها تخص 2022.");
  });

  it("states what is unknown about the sources from their metadata, not from a sentence of the catalogue", () => {
    const limits = sectionOf(card(onePeriod), "Known limits");
    expect(limits).toContain("- The author of the source is not known.");
    expect(limits).not.toContain("The outlet that first published the source is not known.");
    expect(sectionOf(card(series), "Known limits")).toContain("The outlets that first published 4 of the 5 sources are not known.");
    for (const limit of catalogue.dataset.limits) expect(limit.en).not.toMatch(/\b(one|only) source|time series|20\d\d\b/i);
  });
});

describe("figures", () => {
  it("lists the latest key figures in each language's convention, with their changes", () => {
    expect(sectionOf(card(onePeriod), "Key figures, 2022")).toContain("- **5,800 files** — Files and information requests processed (+24% on 2021; &gt;\u00A0+40% on 2020)");
    expect(sectionOf(card(onePeriod, "fr"), "Chiffres clés, 2022")).toContain("- **5\u202F800 dossiers** — Dossiers et demandes d'information traités (+24\u00A0% par rapport à 2021\u00A0; &gt;\u00A0+40\u00A0% par rapport à 2020)");
    expect(sectionOf(card(onePeriod, "ar"), "أبرز الأرقام، 2022")).toContain("- **5.800 ملف** — ");
    expect(sectionOf(card(series), "Key figures, 2022")).toContain("International letters rogatory followed up (+10% on 2021 (computed))");
  });

  it("has the indicators by period as a table, newest first, with a row per category of a breakdown", () => {
    const rows = tableRows(sectionOf(card(withBreakdown(series)), "Indicators by period"));
    expect(rows[0]).toEqual(["Indicator", "Unit", "2022", "H1 2022", "2021", "H1 2021", "2020"]);
    expect(rows.find((r) => r[0] === "Files and information requests processed")).toEqual(["Files and information requests processed", "files", "5,800", "–", "4,680", "–", "4,100"]);
    expect(rows.find((r) => r[0] === "Share of exchanges by partner country (France)")).toEqual(["Share of exchanges by partner country (France)", "percent", "–", "–", "22.5%", "–", "–"]);
    const fr = tableRows(sectionOf(card(series, "fr"), "Indicateurs par période"));
    expect(fr[0]!.slice(2)).toEqual(["2022", "S1 2022", "2021", "S1 2021", "2020"]);
  });

  it("shows derived figures rounded by the documented rule, with their interval", () => {
    const rows = tableRows(sectionOf(card(series), "Derived figures"));
    const implied = rows.filter((r) => r[0] === "Files processed in the base year, implied by the percentage change");
    expect(implied.map((r) => r.slice(1, 4))).toEqual(
      expect.arrayContaining([
        ["2021", "≈\u00A04,677", "between 4,659 and 4,696"],
        ["2020", "&lt;\u00A04,143", ""],
      ]),
    );
    expect(rows.find((r) => r[0] === "Share of Moroccan citizens among the wanted persons arrested" && r[1] === "2022")?.[2]).toBe("59.7%");
    expect(tableRows(sectionOf(card(series, "fr"), "Chiffres dérivés")).find((r) => r[0]!.startsWith("Part des citoyens") && r[1] === "2022")?.[2]).toBe("59,7\u00A0%");
  });

  it("has no chart section when the version has no chart", () => {
    expect(renderDataCard(input(onePeriod, null))).not.toContain("](chart.svg)");
    expect(card(onePeriod)).toContain("](chart.svg)");
  });
});

describe("hostile text", () => {
  it.each(languages)("shows every source field as text in %s: no HTML, no heading, no link, no broken table", (lang) => {
    const markdown = card(withHostileLabels(onePeriod), lang);
    expect(markdown).not.toMatch(/<(script|img|b)\b/i);
    expect(markdown).not.toMatch(/(?<!\\)\]\(javascript:/i);
    expect(markdown).not.toContain("![img]");
    for (const line of markdown.split("\n")) if (line.startsWith("#")) expect(line, "only the card's own headings").toMatch(/^#{1,2} [^#]/);
    for (const field of [HOSTILE.title, HOSTILE.publisher, HOSTILE.url, HOSTILE.licence]) expect(markdown).toContain(escapeInline(field));
    expect(markdown).toContain(escapeInline(HOSTILE.notes));
    expect(markdown).toContain(escapeInline(HOSTILE_LABEL));
    // Every table row keeps its number of columns: no pipe from the data splits a cell.
    for (const section of markdown.split("\n## ")) {
      const rows = tableRows(section);
      for (const row of rows) expect(row.length, row.join(" | ")).toBe(rows[0]!.length);
    }
  });
});
