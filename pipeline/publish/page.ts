/**
 * The download page of a publication, in one language: output/index.html (English), index.fr.html,
 * index.ar.html (right to left). One self-contained file each (inline CSS, no script except the JSON-LD
 * data block, no request outside its own folder), readable from a web server or from file:// alike, with
 * nothing that needs JavaScript.
 *
 * It leads with the data: the title, the latest period's key figures and the workbook download on the first
 * screen; then the indicators by period, the chart, the sentences each figure comes from, every file by
 * format (checksums and earlier versions in <details>), and what the data is, its limits, how to cite it and
 * its sources.
 *
 * renderIndexPage is pure: the same input gives the same string on any machine (numbers and dates through
 * Intl with explicit locales, time zone UTC). Every text of the input is escaped; every link to a published
 * file is relative to output/; the only absolute links are <a href> to the sources and the licence, which the
 * page never fetches by itself. A Content-Security-Policy pins that down in the browser.
 */
import { createHash } from "node:crypto";
import { direction, type Lang, languages, pageFile } from "./i18n/languages.ts";
import { renderAbout } from "./page/about.ts";
import { renderByPeriod } from "./page/by-period.ts";
import { renderChart } from "./page/chart.ts";
import { renderFiles } from "./page/files.ts";
import { renderHeader } from "./page/header.ts";
import { context, escapeHtml } from "./page/html.ts";
import type { PageInput } from "./page/input.ts";
import { renderKeyFigures } from "./page/key-figures.ts";
import { renderQuotes } from "./page/quotes.ts";
import { CSS } from "./page/style.ts";

export type { PageFile, PageInput, PageVersion } from "./page/input.ts";
export { relativeHref } from "./page/html.ts";

/** JSON for a <script> data block: "<", ">", "&" and the JS line separators escaped, so no text can close the element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value, null, 2)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

const styleHash = createHash("sha256").update(CSS, "utf8").digest("base64");
const csp = ["default-src 'none'", "img-src 'self' data:", `style-src 'sha256-${styleHash}'`, "base-uri 'none'", "form-action 'none'"].join("; ");

export function renderIndexPage(input: PageInput, lang: Lang = "en"): string {
  return pagePieces(input, lang, pageSections(input, lang)).join("");
}

/**
 * The sections of a page that the versions' files do not change: the figures (key figures, by period, chart,
 * quotes) and what the data is (its sources). They are most of the page; a writer may render them ahead.
 */
export interface PageSections<T = string> {
  figures: T;
  about: T;
}

type SectionContent = Omit<PageInput, "versions" | "jsonLd">;

/** The figures and the about section of a page in `lang`, for pagePieces (input without the versions and JSON-LD). */
export function pageSections(input: SectionContent, lang: Lang): PageSections {
  return { figures: pageSection(input, lang, "figures"), about: pageSection(input, lang, "about") };
}

/** One of the sections of pageSections (a writer renders them one at a time, between other tasks). */
export function pageSection(input: SectionContent, lang: Lang, which: keyof PageSections): string {
  const ctx = context(lang, { ...input, versions: [], jsonLd: {} });
  return which === "figures" ? [renderKeyFigures(ctx), renderByPeriod(ctx), renderChart(ctx), renderQuotes(ctx)].join("\n") : renderAbout(ctx);
}

/** The page in pieces, its `sections` (rendered from the same input) in their places: joined, the page. */
export function pagePieces<T>(input: PageInput, lang: Lang, sections: PageSections<T>): Array<string | T> {
  const latest = input.versions[0];
  if (latest === undefined) throw new Error("renderIndexPage: no version to show (versions is empty)");
  const ctx = context(lang, input);
  const alternates = languages.map((other) => `<link rel="alternate" hreflang="${other}" href="${pageFile[other]}">`).join("\n");
  const head = `<!DOCTYPE html>
<html lang="${lang}" dir="${direction(lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${ctx.t("page.title", { title: input.title[lang], version: latest.version })}</title>
<meta name="description" content="${escapeHtml(input.description[lang])}">
${alternates}
<link rel="icon" href="data:,">
<style>${CSS}</style>
<script type="application/ld+json">
${jsonForScript(input.jsonLd)}
</script>
</head>
<body>
<a class="skip-link" href="#main">${ctx.t("page.skip")}</a>
<div class="page">
${renderHeader(ctx, latest)}
<main id="main" tabindex="-1">
`;
  const end = `
</main>
<footer>
<p>${ctx.t("page.footer", { version: latest.version })}</p>
</footer>
</div>
</body>
</html>
`;
  return [head, sections.figures, `\n${renderFiles(ctx)}\n`, sections.about, end];
}
