// The data card of a version, in three languages: README.md (English), README.fr.md, README.ar.md (right to
// left), written for a person deciding whether and how to use the data. Every sentence that depends on the
// data is generated from it; every text from the data is escaped for markdown and HTML.
import { webLink } from "./data-card/markdown.ts";
import { citeSection, filesSection, indicatorsSection, limitsSection, sourcesSection, whatSection } from "./data-card/about.ts";
import { cardContext, type CardContext, type DataCardInput } from "./data-card/context.ts";
import { byPeriodSection, derivedSection, keyFiguresSection } from "./data-card/figures.ts";
import { escapeMarkdown } from "./data-card/markdown.ts";
import { cardFile, type Lang, languageName, languages } from "./i18n/languages.ts";
import { dateLabel } from "./i18n/periods.ts";

export type { DataCardInput } from "./data-card/context.ts";

function languageLinks(ctx: CardContext): string {
  return languages.map((lang) => (lang === ctx.lang ? `**${languageName[lang]}**` : `[${languageName[lang]}](${cardFile[lang]})`)).join(" · ");
}

function header(ctx: CardContext): string {
  const { stamp, catalogue } = ctx.input;
  const licence = catalogue.dataset.licence;
  const version = stamp.date
    ? ctx.t("card.version_dated", { version: stamp.version, date: dateLabel(ctx.lang, stamp.date) })
    : ctx.t("card.version", { version: stamp.version });
  return `# ${escapeMarkdown(catalogue.dataset.title[ctx.lang])}\n\n${languageLinks(ctx)}\n\n${version} ${ctx.t("card.licence", { licence: { trusted: webLink(licence.title, licence.path) } })}`;
}

function chartSection(ctx: CardContext): string {
  const path = ctx.input.chartPath;
  return path === null ? "" : `## ${ctx.t("chart.title")}\n\n![${ctx.t("chart.alt")}](${path.split("/").map(encodeURIComponent).join("/")})`;
}

export function renderDataCard(input: DataCardInput, lang: Lang = "en"): string {
  const ctx = cardContext(lang, input);
  const sections = [
    header(ctx),
    keyFiguresSection(ctx),
    whatSection(ctx),
    byPeriodSection(ctx),
    derivedSection(ctx),
    chartSection(ctx),
    indicatorsSection(ctx),
    sourcesSection(ctx),
    filesSection(ctx),
    citeSection(ctx),
    limitsSection(ctx),
  ].filter((section) => section !== "");
  const body = sections.join("\n\n");
  // GitHub and most viewers render a markdown file left to right: the Arabic card sets its direction on a
  // wrapping element, with blank lines around its content so that the markdown inside is still rendered.
  return lang === "ar" ? `<div dir="rtl" lang="ar">\n\n${body}\n\n</div>\n` : `${body}\n`;
}

/** The three data cards of a version, by file name. */
export function renderDataCards(input: DataCardInput): Map<string, string> {
  return new Map(languages.map((lang) => [cardFile[lang], renderDataCard(input, lang)]));
}

export { escapeMarkdown };
