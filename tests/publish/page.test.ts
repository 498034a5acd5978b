// The download pages, rendered from fixtures: one period, several years and half-years, a breakdown, hostile
// text; in English, French and Arabic.
import { afterEach, describe, expect, it, vi } from "vitest";
import { escapeMarkup as escapeHtml } from "../../pipeline/publish/format.ts";
import { languages } from "../../pipeline/publish/i18n/languages.ts";
import { jsonForScript, type PageInput, relativeHref, renderIndexPage } from "../../pipeline/publish/page.ts";
import { HOSTILE_LABEL, pageInputFor, readerFixture, withBreakdown, withHostileLabels } from "../fixtures/page-input.ts";
import { HOSTILE } from "../fixtures/published-output.ts";

const onePeriod = pageInputFor(readerFixture("one-period"));
const series = pageInputFor(readerFixture("series"));

/** The text of an element matched by a regex on its opening tag, markup removed, entities of escapeHtml decoded. */
function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}

function section(html: string, id: string): string {
  const start = html.search(new RegExp(`<section id="${id}"`));
  if (start < 0) throw new Error(`no section #${id}`);
  return html.slice(start, html.indexOf("</section>", start));
}

/** The header cells of the table of indicators by period, as shown. */
const periodColumns = (html: string) => [...section(html, "by-period-section").split("<tbody>")[0]!.matchAll(/<th scope="col" class="num">(.*?)<\/th>/g)].map((m) => textOf(m[1]!));

describe("renderIndexPage", () => {
  afterEach(() => vi.useRealTimers());

  it("is deterministic: same input, same string, whatever the clock", () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date("2001-01-01T00:00:00Z"));
    const first = renderIndexPage(onePeriod, "fr");
    vi.setSystemTime(new Date("2099-12-31T23:59:59Z"));
    expect(renderIndexPage(structuredClone(onePeriod), "fr")).toBe(first);
  });

  it.each(languages)("is a whole page in %s, with its direction and a language switch that needs no script", (lang) => {
    const html = renderIndexPage(onePeriod, lang);
    expect(html).toMatch(new RegExp(`^<!DOCTYPE html>\\n<html lang="${lang}" dir="${lang === "ar" ? "rtl" : "ltr"}">`));
    const nav = html.slice(html.indexOf('<nav class="languages"'), html.indexOf("</nav>"));
    expect([...nav.matchAll(/href="([^"]+)"/g)].map((m) => m[1])).toEqual(["index.html", "index.fr.html", "index.ar.html"]);
    expect(nav.match(/aria-current="page"/g)).toHaveLength(1);
    expect(nav).toContain(`aria-current="page" lang="${lang}"`);
    expect(html).toContain(`<h1>${escapeHtml(onePeriod.title[lang])}</h1>`);
    // The only script is the JSON-LD data block; no inline handler.
    expect(html.match(/<script\b/g)).toHaveLength(1);
    expect(html).not.toMatch(/<[a-z][^>]*\son[a-z]+\s*=/i);
  });

  it("leads with the data: title, latest key figures and the workbook download before everything else", () => {
    const html = renderIndexPage(onePeriod, "en");
    const order = ["<h1>", 'class="button"', 'id="key-figures"', 'id="by-period-section"', 'id="chart"', 'id="quotes"', 'id="files"', 'id="about"', 'id="cite"', 'id="sources"'].map((marker) => html.indexOf(marker));
    expect(order.every((at) => at > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    const button = /<a class="button" href="([^"]+)" download>(.*?)<\/a>/.exec(html)!;
    expect(button[1]).toBe("1.1.0/dgsn-international-cooperation-1.1.0.xlsx");
    expect(textOf(button[2]!)).toMatch(/^Download the workbook \(Excel, (\d+\.\d\skB|\d+\sbytes)\)$/);
  });

  it("shows the latest period's key figures in each language's number convention, with their changes", () => {
    const key = (lang: (typeof languages)[number]) => textOf(section(renderIndexPage(onePeriod, lang), "key-figures")).replace(/[ \t\n]+/g, " ");
    expect(key("en")).toContain("Key figures, 2022");
    expect(key("en")).toContain("5,800 files");
    expect(key("en")).toContain("+24% on 2021");
    // The mark is for the eyes; the words are for screen readers.
    expect(section(renderIndexPage(onePeriod, "en"), "key-figures")).toContain('<span class="visually-hidden">more than </span><bdi class="v" dir="ltr"><span class="mark" aria-hidden="true">&gt;</span>\u00A0+40%</bdi> on 2020');
    expect(key("fr")).toContain("5\u202F800 dossiers");
    expect(key("fr")).toContain("+24\u00A0% par rapport à 2021");
    expect(key("ar")).toContain("5.800 ملف");
    expect(key("ar")).toContain("119 شخصا");
    expect(key("ar")).toContain("مقارنة مع 2021");
  });

  it("computes a change from two exact figures when no source states one, and says so", () => {
    const html = section(renderIndexPage(series, "en"), "key-figures");
    const letters = html.slice(html.indexOf('data-indicator="letters_rogatory"'));
    expect(textOf(letters.slice(0, letters.indexOf("</li>")))).toContain("+10% on 2021 (computed)");
  });

  it("has a table of indicators by period, newest first, half-years in the reader's words, gaps marked", () => {
    expect(periodColumns(renderIndexPage(series, "en"))).toEqual(["2022", "H1 2022", "2021", "H1 2021", "2020"]);
    expect(periodColumns(renderIndexPage(series, "fr"))).toEqual(["2022", "S1 2022", "2021", "S1 2021", "2020"]);
    expect(periodColumns(renderIndexPage(series, "ar"))).toEqual(["2022", "النصف الأول 2022", "2021", "النصف الأول 2021", "2020"]);
    expect(periodColumns(renderIndexPage(onePeriod, "en"))).toEqual(["2022"]);
    const table = section(renderIndexPage(series, "en"), "by-period-section");
    const row = table.slice(table.indexOf('<tr data-indicator="wanted_persons_arrested">'));
    const cells = [...row.slice(0, row.indexOf("</tr>")).matchAll(/<td class="num[^"]*">(.*?)<\/td>/g)].map((m) => textOf(m[1]!));
    expect(cells).toEqual(["119", "–no figure", "–no figure", "–no figure", "100"]);
  });

  it("links every figure of the table to the sentence it comes from, with the quote marked", () => {
    const html = renderIndexPage(onePeriod, "en");
    const quotes = section(html, "quotes");
    for (const [, anchor] of section(html, "by-period-section").matchAll(/<a href="#(quote-\d+)">/g)) expect(quotes).toContain(`id="${anchor}"`);
    expect(quotes).toContain("<mark>5 آلاف و800 ملف</mark>");
    expect(quotes.match(/<li id="quote-/g)).toHaveLength(onePeriod.data.observations.length);
    const limited = renderIndexPage({ ...onePeriod, quoteLimit: 2 }, "en");
    expect(section(limited, "quotes").match(/<li id="quote-/g)).toHaveLength(2);
    expect(textOf(section(limited, "quotes"))).toContain(`The first 2 of the ${onePeriod.data.observations.length} figures`);
  });

  it("rows a breakdown by category, named in each language", () => {
    const input = pageInputFor(withBreakdown(readerFixture("series")));
    const rows = (lang: (typeof languages)[number]) => [...section(renderIndexPage(input, lang), "by-period-section").matchAll(/data-indicator="exchanges_share_by_partner" data-category="([A-Z]+)"><th scope="row">(.*?)<\/th>/g)].map((m) => [m[1], textOf(m[2]!)]);
    expect(rows("en")).toEqual([["ES", "Share of exchanges by partner countrySpain"], ["FR", "Share of exchanges by partner countryFrance"]]);
    expect(rows("fr").map(([, label]) => label)).toEqual(["Part des échanges par pays partenaireEspagne", "Part des échanges par pays partenaireFrance"]);
    expect(rows("ar")[0]![1]).toContain("إسبانيا");
    expect(textOf(section(renderIndexPage(input, "fr"), "by-period-section"))).toContain("22,5\u00A0%");
  });

  it("shows derived figures rounded to what their inputs allow", () => {
    const derived = textOf(section(renderIndexPage(series, "en"), "by-period-section").split('id="derived-title"')[1]!);
    expect(derived).toContain("≈\u00A04,677between 4,659 and 4,696");
    expect(derived).toContain("<\u00A04,143");
    expect(derived).toContain("59.7%");
    expect(derived).toContain("1.12");
    expect(derived).not.toMatch(/\d\.\d{4}/);
  });

  it("groups the files by format, workbook first, with sizes; checksums and earlier versions behind <details>", () => {
    const files = section(renderIndexPage(onePeriod, "en"), "files");
    const groups = [...files.matchAll(/<div class="file-group">\n<h3>(.*?)<\/h3>/g)].map((m) => m[1]);
    expect(groups).toEqual(["Excel workbook", "CSV", "CSV for Excel", "JSON", "Data Package", "JSON-LD", "Data card", "Chart", "Checksums"]);
    const latest = onePeriod.versions[0]!;
    for (const file of latest.files) {
      expect(files).toContain(`href="${relativeHref(file.path)}" download>`);
      expect(files).toContain(`<code class="sha256">${file.sha256}</code>`);
    }
    expect(files.indexOf("<details class=\"checksums\">")).toBeLessThan(files.indexOf(`<code class="sha256">${latest.files[0]!.sha256}`));
    expect(files).toMatch(/<details class="earlier" id="earlier">\n<summary>1 earlier version<\/summary>/);
    expect(textOf(files)).toContain("Minor release: data added.");
    expect(textOf(files)).toContain("Observations: 2 rows added");
  });

  it("has no chart section when the version has no chart", () => {
    expect(renderIndexPage({ ...onePeriod, chartPath: null }, "en")).not.toContain('id="chart"');
    expect(renderIndexPage(onePeriod, "en")).toContain('<img src="latest/chart.svg" alt="');
  });

  it("says what the data covers from the data itself", () => {
    expect(textOf(section(renderIndexPage(onePeriod, "en"), "about"))).toContain("The figures come from 1 source. They are all for 2022. There is no time series yet");
    expect(textOf(section(renderIndexPage(series, "en"), "about"))).toContain("The figures come from 5 sources. They cover 5 periods, from 2020 to 2022.");
    expect(textOf(section(renderIndexPage(series, "ar"), "about"))).toContain("تأتي الأرقام من 5 مصادر.");
  });
});

describe("hostile text", () => {
  const inputs: Array<[string, PageInput]> = [
    ["source metadata", onePeriod],
    ["catalogue labels", pageInputFor(withHostileLabels(readerFixture("series")))],
  ];

  it.each(inputs.flatMap(([name, input]) => languages.map((lang) => [name, lang, input] as const)))("%s (%s) are shown as text: no tag, no handler, no script link", (_name, lang, input) => {
    const html = renderIndexPage(input, lang);
    expect(html).not.toContain("<script>alert");
    expect(html).not.toContain("<img src=x");
    expect(html).not.toMatch(/href="javascript:/i);
    expect(html.match(/<script\b/g)).toHaveLength(1);
    for (const amp of html.matchAll(/&[^;\s]{0,10};?/g)) expect(amp[0]).toMatch(/^&(amp|lt|gt|quot|#39);$/);
  });

  it("shows each hostile source field, escaped", () => {
    const html = renderIndexPage(onePeriod, "en");
    for (const value of [HOSTILE.title, HOSTILE.publisher, HOSTILE.url, HOSTILE.licence]) expect(html).toContain(escapeHtml(value));
    expect(renderIndexPage(pageInputFor(withHostileLabels(readerFixture("series"))), "fr")).toContain(escapeHtml(HOSTILE_LABEL));
  });

  it("keeps JSON-LD in a data block that no text can close", () => {
    const text = jsonForScript({ a: "</script><!-- & \u2028" });
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual({ a: "</script><!-- & \u2028" });
  });
});

describe("links and refusals", () => {
  it("links only to files beside the page and to http(s) addresses", () => {
    for (const lang of languages) {
      const html = renderIndexPage(series, lang);
      for (const [, url = ""] of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
        expect(url.startsWith("#") || /^https?:\/\//.test(url) || url === "data:," || !/^[a-z][a-z0-9+.-]*:|^\/|(^|\/)\.\.?\//i.test(url), url).toBe(true);
      }
    }
  });

  it("refuses an input it cannot show truthfully", () => {
    expect(() => renderIndexPage({ ...onePeriod, versions: [] })).toThrow(/no version/);
    const badHash = structuredClone(onePeriod);
    badHash.versions[0]!.files[0]!.sha256 = "xyz";
    expect(() => renderIndexPage(badHash)).toThrow(/sha256/);
    const absolute = structuredClone(onePeriod);
    absolute.versions[0]!.files[0]!.path = "/etc/passwd";
    expect(() => renderIndexPage(absolute)).toThrow(/relative path/);
    const nan = structuredClone(onePeriod);
    nan.data.observations[0]!.value = Number.NaN;
    expect(() => renderIndexPage(nan)).toThrow(/non-finite/);
  });

  it("encodes relative paths segment by segment and refuses anything else", () => {
    expect(relativeHref("1.0.0/excel/a b#c?.csv")).toBe("1.0.0/excel/a%20b%23c%3F.csv");
    for (const bad of ["", "/etc/passwd", "../secret", "a/../b", "a//b", "./a", "https://example.org/a.csv", "javascript:alert(1)", "a\\b"]) expect(() => relativeHref(bad), bad).toThrow(/not a relative path/);
  });
});

describe("categories", () => {
  it("are named by the version's categories table when it has one", () => {
    const data = withBreakdown(readerFixture("series"));
    const named = { ...data, categories: [{ breakdown: "partner_country", category: "FR", label: { en: "France (catalogue)", fr: "France (catalogue)", ar: "فرنسا (الفهرس)" } }] };
    const html = section(renderIndexPage(pageInputFor(named), "en"), "by-period-section");
    expect(html).toContain('<span class="category">France (catalogue)</span>');
    expect(html).toContain('<span class="category">Spain</span>');
  });
});

describe("the lede", () => {
  it("counts the sources of the latest figures", () => {
    const lede = (input: PageInput) => textOf(/<p class="lede">(.*?)<\/p>/.exec(renderIndexPage(input, "en"))![1]!);
    expect(lede(series)).toMatch(/^Latest figures: 2022, from 1 source\. Version 1\.1\.0, released 2 December 2026\.$/);
    expect(lede(onePeriod)).toMatch(/^Latest figures: 2022, from 1 source\./);
  });
});
