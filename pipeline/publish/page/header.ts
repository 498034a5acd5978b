// The first screen: the language switch, the title, what the figures cover, and one obvious download (the
// workbook), before the key figures.
import { compareFiles, fileKindOf } from "../file-kinds.ts";
import { languageName, languages, pageFile } from "../i18n/languages.ts";
import { dateLabel, periodLabel } from "../i18n/periods.ts";
import { latestPeriod } from "../reader/figures.ts";
import { type Context, escapeHtml, formatBytes, relativeHref, timeHtml, trusted } from "./html.ts";
import type { PageFile, PageVersion } from "./input.ts";

export function languageSwitch(ctx: Context): string {
  const items = languages.map((lang) =>
    lang === ctx.lang
      ? `<li><a href="${pageFile[lang]}" aria-current="page" lang="${lang}">${escapeHtml(languageName[lang])}</a></li>`
      : `<li><a href="${pageFile[lang]}" hreflang="${lang}" lang="${lang}">${escapeHtml(languageName[lang])}</a></li>`,
  );
  return `<nav class="languages" aria-label="${ctx.t("nav.languages")}">\n<ul>\n${items.join("\n")}\n</ul>\n</nav>`;
}

/** The workbook of a version, or null when it has none. */
export function workbookOf(version: PageVersion): PageFile | null {
  return version.files.find((f) => fileKindOf(f.path.slice(version.version.length + 1))?.id === "workbook") ?? null;
}

function lede(ctx: Context, latest: PageVersion): string {
  const period = latestPeriod(ctx.data);
  // The sources of the latest figures, not of all figures.
  const sources = new Set(ctx.data.observations.filter((o) => o.period === period).map((o) => o.source_id)).size;
  const figures = period === null ? ctx.t("lede.no_figures") : ctx.t("lede.figures", { period: periodLabel(ctx.lang, period), count: sources });
  const version = ctx.t("lede.version", { version: latest.version, date: trusted(timeHtml(ctx, latest.date, (d) => dateLabel(ctx.lang, d))) });
  return `<p class="lede">${figures} ${version}</p>`;
}

function downloads(ctx: Context, latest: PageVersion): string {
  const workbook = workbookOf(latest);
  const inVersion = (file: PageFile) => file.path.slice(latest.version.length + 1);
  const first = workbook ?? [...latest.files].sort((a, b) => compareFiles(inVersion(a), inVersion(b)))[0];
  if (first === undefined) return "";
  const main = workbook
    ? ctx.t("download.workbook", { size: trusted(formatBytes(ctx, workbook.bytes)) })
    : ctx.t("download.first", { size: trusted(formatBytes(ctx, first.bytes)) });
  return `<p class="actions"><a class="button" href="${relativeHref(first.path)}" download>${main}</a> <a class="more" href="#files">${ctx.t("download.all")}</a></p>`;
}

export function renderHeader(ctx: Context, latest: PageVersion): string {
  return `<header class="intro">
${languageSwitch(ctx)}
<h1>${escapeHtml(ctx.input.title[ctx.lang])}</h1>
${lede(ctx, latest)}
${downloads(ctx, latest)}
</header>`;
}
